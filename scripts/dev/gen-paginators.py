#!/usr/bin/env python3
"""Writes toolkit/src/main/resources/dev/awsjshell/data/paginators/<boto3-service>.json from botocore's facts:
for each paginated operation, keyed by boto3's snake_case name, the tokens, limit key, more-results flag and result keys.
Run with a python3 that has botocore: python3 scripts/dev/gen-paginators.py
"""
import json, os, sys
import botocore
from botocore import xform_name

repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
out_dir = os.path.join(repo, "toolkit/src/main/resources/dev/awsjshell/data/paginators")
services = [l.split("=")[0] for l in open(os.path.join(repo, "toolkit/src/main/resources/dev/awsjshell/data/services.properties")) if "=" in l and not l.startswith("#")]
data = os.path.join(os.path.dirname(botocore.__file__), "data")

def as_list(v):
    return v if isinstance(v, list) else ([v] if v else [])

os.makedirs(out_dir, exist_ok=True)
written = 0
for service in services:
    d = os.path.join(data, service)
    if not os.path.isdir(d):
        continue
    version = sorted(v for v in os.listdir(d) if os.path.isdir(os.path.join(d, v)))[-1]
    p = os.path.join(d, version, "paginators-1.json")
    if not os.path.exists(p):
        continue
    ops = {}
    for op, cfg in sorted(json.load(open(p))["pagination"].items()):
        entry = {"operation": op, "input_token": as_list(cfg.get("input_token")), "output_token": as_list(cfg.get("output_token")),
                 "result_key": as_list(cfg.get("result_key"))}
        if cfg.get("limit_key"):
            entry["limit_key"] = cfg["limit_key"]
        if cfg.get("more_results"):
            entry["more_results"] = cfg["more_results"]
        if cfg.get("non_aggregate_keys"):
            entry["non_aggregate_keys"] = as_list(cfg["non_aggregate_keys"])
        ops[xform_name(op)] = entry
    with open(os.path.join(out_dir, service + ".json"), "w") as f:
        json.dump(ops, f, indent=1, sort_keys=True)
    written += 1
print("wrote", written, "paginator files", file=sys.stderr)
