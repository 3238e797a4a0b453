#!/usr/bin/env python3
"""Writes toolkit/src/main/resources/dev/awsjshell/data/required/<sdk-package>.properties from botocore's models.

The SDK marks few members as required (its RequiredTrait is on S3 mostly), while botocore knows them all. One line per
operation (its input members) and per nested structure shape (by shape name, as the SDK names its classes):
    op.PutItem=TableName,Item
    shape.AttributeDefinition=AttributeName,AttributeType
Run with a python3 that has botocore: python3 scripts/dev/gen-required.py
"""
import gzip, json, os, sys
import botocore

root = os.path.dirname(os.path.abspath(__file__))
repo = os.path.dirname(os.path.dirname(root))
out_dir = os.path.join(repo, "toolkit/src/main/resources/dev/awsjshell/data/required")
services_file = os.path.join(repo, "toolkit/src/main/resources/dev/awsjshell/data/services.properties")
data = os.path.join(os.path.dirname(botocore.__file__), "data")

def load(service):
    d = os.path.join(data, service)
    if not os.path.isdir(d):
        return None
    version = sorted(os.listdir(d))[-1]
    for name in ("service-2.json.gz", "service-2.json"):
        p = os.path.join(d, version, name)
        if os.path.exists(p):
            opener = gzip.open if p.endswith(".gz") else open
            with opener(p, "rt") as f:
                return json.load(f)
    return None

entries = [l.strip().split("=") for l in open(services_file) if "=" in l and not l.startswith("#")]
packages = {name: client[len("software.amazon.awssdk.services."):].rsplit(".", 1)[0] for name, client in entries}
os.makedirs(out_dir, exist_ok=True)
written = 0
for service, package in sorted(packages.items()):
    model = load(service)
    if model is None:
        continue
    shapes = model["shapes"]
    lines, seen = [], set()

    def walk(shape_name):
        if shape_name in seen:
            return
        seen.add(shape_name)
        shape = shapes[shape_name]
        if shape["type"] == "structure":
            if shape.get("required") and shape_name not in inputs:
                lines.append("shape.%s=%s" % (shape_name, ",".join(shape["required"])))
            for m in shape.get("members", {}).values():
                walk(m["shape"])
        elif shape["type"] == "list":
            walk(shape["member"]["shape"])
        elif shape["type"] == "map":
            walk(shape["value"]["shape"])

    inputs = {op["input"]["shape"] for op in model["operations"].values() if "input" in op}
    for op_name, op in sorted(model["operations"].items()):
        if "input" not in op:
            continue
        required = shapes[op["input"]["shape"]].get("required", [])
        if required:
            lines.append("op.%s=%s" % (op_name, ",".join(required)))
        walk(op["input"]["shape"])
    if lines:
        with open(os.path.join(out_dir, package + ".properties"), "w") as f:
            f.write("# required members, from botocore %s's model (scripts/dev/gen-required.py)\n" % botocore.__version__)
            f.write("\n".join(sorted(lines)) + "\n")
        written += 1
print("wrote", written, "files to", out_dir, file=sys.stderr)
