"""Cuts the AWS SDK bundle jar into the SDK's core and one jar per service (run by scripts/classpath.sh, once per bundle):
    split-sdk.py BUNDLE.jar OUT_DIR
writes OUT_DIR/core.jar (everything outside software/amazon/awssdk/services/<name>/: the core, its shaded third-party
libraries, the transfer manager, the enhanced clients, META-INF) and OUT_DIR/services/<name>.jar. A JVM that opens the
bundle reads its 405,000-entry directory (about 100 ms and 56 MiB of heap); these jars are opened only when a class in
them is looked up. Entries are copied as they are stored (still compressed, same CRC), so the cut takes seconds.
Written to a new folder that replaces OUT_DIR when complete."""
import os
import re
import shutil
import struct
import sys

SERVICE = re.compile(rb"software/amazon/awssdk/services/([a-z0-9]+)/")


def central_directory(f):
    """(offset, count) of the central directory, through the zip64 end record when the bundle has one."""
    f.seek(0, 2)
    size = f.tell()
    f.seek(max(0, size - 65557))
    tail = f.read()
    end = tail.rfind(b"PK\x05\x06")
    count, cd_size, cd_offset = struct.unpack("<HII", tail[end + 10:end + 20])
    locator = tail.rfind(b"PK\x06\x07", 0, end)
    if locator >= 0:
        (zip64_end,) = struct.unpack("<Q", tail[locator + 8:locator + 16])
        f.seek(zip64_end)
        record = f.read(56)
        count, cd_size, cd_offset = struct.unpack("<QQQ", record[32:56])
    return cd_offset, cd_size, count


def entries(f):
    cd_offset, cd_size, count = central_directory(f)
    f.seek(cd_offset)
    cd = f.read(cd_size)
    pos = 0
    for _ in range(count):
        if cd[pos:pos + 4] != b"PK\x01\x02":
            raise SystemExit("split-sdk.py: unexpected central directory record at %d" % pos)
        flags, compressed = struct.unpack("<H", cd[pos + 8:pos + 10])[0], struct.unpack("<I", cd[pos + 20:pos + 24])[0]
        name_len, extra_len, comment_len = struct.unpack("<HHH", cd[pos + 28:pos + 34])
        (local,) = struct.unpack("<I", cd[pos + 42:pos + 46])
        if compressed == 0xFFFFFFFF or local == 0xFFFFFFFF:
            raise SystemExit("split-sdk.py: zip64 entries are not expected in the SDK bundle")
        record = cd[pos:pos + 46 + name_len + extra_len + comment_len]
        yield record[46:46 + name_len], record, local, compressed, flags
        pos += len(record)


def split(bundle, out):
    work = out + ".%d" % os.getpid()
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(os.path.join(work, "services"))
    groups = {}
    with open(bundle, "rb") as f:
        for name, record, local, compressed, flags in entries(f):
            m = SERVICE.match(name)
            groups.setdefault(m.group(1).decode() if m else None, []).append((record, local, compressed, flags))
        for group, members in groups.items():
            path = os.path.join(work, "core.jar" if group is None else os.path.join("services", group + ".jar"))
            with open(path, "wb") as o:
                directory = []
                for record, local, compressed, flags in members:
                    f.seek(local)
                    header = f.read(30)
                    name_len, extra_len = struct.unpack("<HH", header[26:30])
                    length = 30 + name_len + extra_len + compressed
                    if flags & 0x08:   # a data descriptor follows: crc and sizes, with or without its signature
                        f.seek(local + length)
                        length += 16 if f.read(4) == b"PK\x07\x08" else 12
                    f.seek(local)
                    directory.append(record[:42] + struct.pack("<I", o.tell()) + record[46:])
                    o.write(f.read(length))
                start = o.tell()
                for d in directory:
                    o.write(d)
                o.write(b"PK\x05\x06" + struct.pack("<HHHHIIH", 0, 0, len(directory), len(directory), o.tell() - start, start, 0))
    st = os.stat(bundle)
    with open(os.path.join(work, ".source"), "w") as s:
        s.write("%s %d %d\n" % (bundle, st.st_size, int(st.st_mtime)))
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.rename(work, out)


if __name__ == "__main__":
    split(sys.argv[1], sys.argv[2])
