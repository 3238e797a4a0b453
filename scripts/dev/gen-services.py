#!/usr/bin/env python3
"""Writes toolkit/src/main/resources/dev/awsjshell/data/services.properties: boto3's name of every service in the
SDK bundle (or the SDK's package name where botocore has no such service) = its SDK client interface.

The SDK names a service's package after the model's serviceId (lowercased, without spaces and dashes), which is how
the two are matched. Run with a python3 that has botocore: python3 scripts/dev/gen-services.py BUNDLE.jar
"""
import gzip, json, os, re, sys, zipfile
import botocore

bundle = sys.argv[1]
repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
out = os.path.join(repo, "toolkit/src/main/resources/dev/awsjshell/data/services.properties")
data = os.path.join(os.path.dirname(botocore.__file__), "data")

names = set(zipfile.ZipFile(bundle).namelist())
clients = {}
for n in names:
    m = re.fullmatch(r"software/amazon/awssdk/services/([a-z0-9]+(?:/[a-z0-9]+)?)/([A-Za-z0-9]+)Client\.class", n)
    if m and not m.group(2).endswith("Async") and not m.group(2).startswith("Default") \
            and n.replace("Client.class", "ClientBuilder.class") in names:
        package = m.group(1).replace("/", "")
        clients[package] = "software.amazon.awssdk.services.%s.%sClient" % (m.group(1).replace("/", "."), m.group(2))

def service_id(service):
    d = os.path.join(data, service)
    version = sorted(v for v in os.listdir(d) if os.path.isdir(os.path.join(d, v)))[-1]
    for f in ("service-2.json.gz", "service-2.json"):
        p = os.path.join(d, version, f)
        if os.path.exists(p):
            with (gzip.open if f.endswith(".gz") else open)(p, "rt") as fh:
                return json.load(fh)["metadata"].get("serviceId", "")
    return ""

boto3_by_package = {}
for service in sorted(os.listdir(data)):
    if not os.path.isdir(os.path.join(data, service)):
        continue
    sid = service_id(service)
    package = re.sub(r"[\s\-]", "", sid).lower()
    for candidate in (package, re.sub(r"services?$", "", package), "pinpoint" + package, service.replace("-", "")):
        if candidate in clients:
            package = candidate
            break
    if package in clients:
        boto3_by_package.setdefault(package, service)
    elif service.replace("-", "") in clients:
        boto3_by_package.setdefault(service.replace("-", ""), service)

lines = sorted("%s=%s" % (boto3_by_package.get(p, p), c) for p, c in clients.items())
missing = sorted(s for s in os.listdir(data) if os.path.isdir(os.path.join(data, s)) and s not in boto3_by_package.values())
with open(out, "w") as f:
    f.write("# boto3's service name (the SDK's package where botocore %s has no such service) = SDK client interface.\n" % botocore.__version__)
    f.write("# Written by scripts/dev/gen-services.py. boto3 services the SDK bundle lacks: %s\n" % ", ".join(missing))
    f.write("\n".join(lines) + "\n")
print(len(lines), "services;", len(boto3_by_package), "matched to boto3; boto3 services without an SDK client:", missing, file=sys.stderr)
