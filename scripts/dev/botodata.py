"""What the data generators share: the pinned boto3 and botocore, where the repository and botocore's models are, the
latest API version of a service, the service list, and how every file is written (deterministic: sorted keys, indent 1,
a trailing newline) with one stamp, data/source.json, naming the versions read.

Every output is keyed by boto3's service name (the SDK's package name where botocore has no such service), one folder
per kind: data/paginators/<service>.json, data/required/<service>.json, data/resources/<service>.json, and the
index data/services.properties (boto3's name = the SDK's client interface). data/member-aliases.properties is
hand-written; no generator touches it.
"""
import gzip
import json
import os
import platform
import re
import sys

# The versions the committed data is read from. Change them only together with the data (run gen-data.py with the new
# botocore and --allow-other-botocore once, then update these and GeneratedDataTest.PINNED).
PINNED_BOTOCORE = "1.43.11"
PINNED_BOTO3 = "1.43.11"

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = os.path.join(REPO, "toolkit/src/main/resources/dev/awsjshell/data")
STAMP = "source.json"
SDK_PREFIX = "software.amazon.awssdk.services."


class VersionError(SystemExit):
    pass


def check_versions(allow_other):
    """The installed botocore and boto3; refuses others than the pinned ones unless allow_other."""
    try:
        import botocore
        import boto3
    except ImportError as e:
        raise VersionError("%s: this Python (%s) lacks %s; the generators need boto3 and botocore %s (python3.11 on the "
                           "project's machine image)" % (os.path.basename(sys.argv[0]), sys.executable, e.name, PINNED_BOTOCORE))
    found = {"botocore": botocore.__version__, "boto3": boto3.__version__}
    pinned = {"botocore": PINNED_BOTOCORE, "boto3": PINNED_BOTO3}
    if found != pinned and not allow_other:
        raise VersionError("%s: %s has botocore %s and boto3 %s; the committed data is pinned to botocore %s and boto3 %s. "
                           "Run it with the pinned ones (python3.11), or pass --allow-other-botocore to write data read "
                           "from these (the stamp then names them)." % (os.path.basename(sys.argv[0]), sys.executable,
                                                                        found["botocore"], found["boto3"], PINNED_BOTOCORE, PINNED_BOTO3))
    return found


def botocore_data():
    import botocore
    return os.path.join(os.path.dirname(botocore.__file__), "data")


def boto3_data():
    import boto3
    return os.path.join(os.path.dirname(boto3.__file__), "data")


def botocore_services():
    """Every service botocore has a model folder for, sorted."""
    d = botocore_data()
    return sorted(s for s in os.listdir(d) if os.path.isdir(os.path.join(d, s)))


def latest_version(folder):
    """The newest API version folder (they are dates, so the greatest name) under a service's folder, or None."""
    if not os.path.isdir(folder):
        return None
    versions = sorted(v for v in os.listdir(folder) if os.path.isdir(os.path.join(folder, v)))
    return versions[-1] if versions else None


def load_model(service, name, data=None):
    """botocore's model file `name` (service-2.json, paginators-1.json, ...) of a service's latest API version, or None."""
    d = os.path.join(data or botocore_data(), service)
    version = latest_version(d)
    if version is None:
        return None
    for f in (name + ".gz", name):
        p = os.path.join(d, version, f)
        if os.path.exists(p):
            with (gzip.open if f.endswith(".gz") else open)(p, "rt", encoding="utf-8") as fh:
                return json.load(fh)
    return None


def read_services(out):
    """The index gen-data.py's `services` step wrote: boto3's service name -> the SDK's client interface, sorted."""
    entries = {}
    with open(os.path.join(out, "services.properties"), encoding="utf-8") as f:
        for line in f:
            if "=" in line and not line.startswith("#"):
                name, client = line.strip().split("=", 1)
                entries[name] = client
    return dict(sorted(entries.items()))


def write_json(path, value):
    """The one way every JSON file is written: UTF-8, sorted keys, indent 1, a trailing newline."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(value, f, indent=1, sort_keys=True, ensure_ascii=False)
        f.write("\n")


def write_compact_json(path, value):
    """For the bulky kinds (docs): sorted keys, one line, a trailing newline; read only by the toolkit, never diffed."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(value, f, separators=(",", ":"), sort_keys=True, ensure_ascii=False)
        f.write("\n")


def write_text(path, lines):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(line + "\n" for line in lines))


def clear_kind(out, kind):
    """Removes a kind's folder so that a service that disappeared leaves no stale file."""
    d = os.path.join(out, kind)
    if os.path.isdir(d):
        for f in os.listdir(d):
            os.remove(os.path.join(d, f))
    os.makedirs(d, exist_ok=True)
    return d


def stamp(versions, sdk_bundle):
    """What the data was read from: botocore's, boto3's and the SDK bundle's versions, and the Python used."""
    return {"boto3": versions["boto3"], "botocore": versions["botocore"], "aws_sdk_bundle": sdk_bundle,
            "python": "%s %s" % (platform.python_implementation(), platform.python_version()),
            "written_by": "scripts/dev/gen-data.py"}


def sdk_version_from_pom():
    with open(os.path.join(REPO, "pom.xml"), encoding="utf-8") as f:
        m = re.search(r"<awssdk\.version>([^<]+)</awssdk\.version>", f.read())
    return m.group(1) if m else None
