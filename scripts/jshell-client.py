"""scripts/jshell's side of the resident JVM (dev.awsjshell.shell.ScriptDaemon), run by /usr/bin/python3 -I -S:
    jshell-client.py SOCKET KEY SCRIPT NARGS [ARGS...] COLD_COMMAND...
    jshell-client.py --stop SOCKET
hands SCRIPT and its arguments, this process's environment and working directory to the daemon at SOCKET, relays
stdin, stdout and stderr, and exits with the script's status. Where the daemon cannot serve (none there, another build
or folder, busy), it runs COLD_COMMAND in its place instead, so the caller sees the same either way."""
import os
import select
import socket
import struct
import sys

MAGIC = "aws-jshell-daemon 1"


def string(s):
    b = s.encode("utf-8", "surrogateescape")
    return struct.pack(">i", len(b)) + b


def read_exactly(sock, n):
    data = b""
    while len(data) < n:
        chunk = sock.recv(n - len(data))
        if not chunk:
            raise EOFError
        data += chunk
    return data


def frame(sock):
    kind, length = struct.unpack(">ci", read_exactly(sock, 5))
    return kind, read_exactly(sock, length) if length else b""


def stop(sock_path):
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        sock.connect(sock_path)
        sock.sendall(string(MAGIC) + string("stop"))
        sock.recv(1)
    except OSError:
        pass


def main():
    if sys.argv[1] == "--stop":
        return stop(sys.argv[2])
    sock_path, key, script, nargs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    args = sys.argv[5:5 + nargs]
    cold = sys.argv[5 + nargs:]
    try:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            sock.connect(sock_path)
        except ConnectionRefusedError:
            os.unlink(sock_path)   # a resident JVM that ended without removing it: the next run starts a new one
            raise
        env = dict(os.environb)
        header = string(MAGIC) + string(key) + string(os.getcwd()) + string(script) + struct.pack(">i", len(args))
        header += b"".join(string(a) for a in args) + struct.pack(">i", len(env))
        header += b"".join(struct.pack(">i", len(k)) + k + struct.pack(">i", len(v)) + v for k, v in env.items())
        sock.sendall(header)
        kind, _ = frame(sock)
        if kind != b"S":
            raise EOFError
    except (OSError, EOFError):
        os.execvp(cold[0], cold)
    stdin_open = True
    out, err = sys.stdout.buffer, sys.stderr.buffer
    while True:
        readable, _, _ = select.select([sock] + ([0] if stdin_open else []), [], [])
        if 0 in readable:
            data = os.read(0, 65536)
            sock.sendall(struct.pack(">ci", b"I" if data else b"E", len(data)) + data)
            stdin_open = bool(data)
        if sock in readable:
            try:
                kind, data = frame(sock)
            except EOFError:
                err.write(b"aws-jshell: the resident JVM ended while running the script\n")
                sys.exit(1)
            if kind == b"O":
                out.write(data)
                out.flush()
            elif kind == b"R":
                err.write(data)
                err.flush()
            elif kind == b"X":
                sys.exit(struct.unpack(">i", data)[0])


if __name__ == "__main__":
    main()
