#!/usr/bin/env python3
"""Writes toolkit/src/main/resources/dev/awsjshell/data/resources/<service>.json: for each of the nine live boto3
resource services, every resource type with its identifiers, attributes (with botocore's member type), load, actions,
batch actions, waiters, references, sub-resources and collections, under the final names boto3 gives them (collisions
settled as boto3's ResourceModel settles them). Operations and waiters are named as our client names them (snake_case),
identifiers in parameters by their final snake_case names. The facts come from boto3's and botocore's models.
Run with a python3 that has boto3: python3 scripts/dev/gen-resources.py
"""
import json, os
import boto3, botocore.session
from boto3.resources.model import ResourceModel
from botocore import xform_name

repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
out_dir = os.path.join(repo, "toolkit/src/main/resources/dev/awsjshell/data/resources")
JAVA_PREFIX = {"s3": "S3", "ec2": "Ec2", "iam": "Iam", "dynamodb": "DynamoDb", "sqs": "Sqs", "sns": "Sns",
               "cloudformation": "CloudFormation", "cloudwatch": "CloudWatch", "glacier": "Glacier"}
botocore_session = botocore.session.get_session()
loader = botocore_session.get_component("data_loader")
boto3_data = os.path.join(os.path.dirname(boto3.__file__), "data")


def param(p, own_ids, target=None):
    """A value's source as our format writes it: identifiers by their final snake_case names, request_parameter."""
    out = {"target": target or p.target, "source": "request_parameter" if p.source == "requestParameter" else p.source}
    if p.source == "identifier":
        out["name"] = own_ids[xform_name(p.name)]
    elif p.source in ("data", "response", "requestParameter"):
        out["path"] = p.path
    elif p.source in ("string", "integer", "boolean"):
        out["value"] = p.value
    return out


def request(req, own_ids):
    return {"operation": xform_name(req.operation), "params": [param(p, own_ids) for p in req.params]}


def response_resource(res, own_ids, models):
    target_names = [i.name for i in models[res.type].identifiers]
    ids = []
    for position, i in enumerate(res.identifiers):
        # a few of boto3's inputs name the target differently from its identifier (iam Policy: PolicyArn for Arn);
        # boto3 fills inputs by position, so do we
        target = xform_name(i.target)
        ids.append(param(i, own_ids, target if target in target_names else target_names[position]))
    out = {"type": res.type, "identifiers": ids}
    if res.path:
        out["path"] = res.path
    return out


def action(a, own_ids, models):
    out = {"name": a.name, "request": request(a.request, own_ids)}
    if a.resource:
        out["resource"] = response_resource(a.resource, own_ids, models)
    if a.path:
        out["path"] = a.path
    return out


def convert(service):
    version = sorted(os.listdir(os.path.join(boto3_data, service)))[-1]
    definition = json.load(open(os.path.join(boto3_data, service, version, "resources-1.json")))
    service_model = botocore_session.get_service_model(service, version)
    defs = definition["resources"]
    models = {name: ResourceModel(name, d, defs) for name, d in defs.items()}
    models[service] = ResourceModel(service, definition["service"], defs)
    for name, m in models.items():
        shape = service_model.shape_for(m.shape) if m.shape else None
        m.load_rename_map(shape)
    resources = {}
    for name in [service] + sorted(defs):
        m = models[name]
        own_ids = {xform_name(i.name): i.name for i in m.identifiers}
        shape = service_model.shape_for(m.shape) if m.shape else None
        entry = {"identifiers": [dict(name=i.name, **({"alias": i.member_name} if i.member_name else {})) for i in m.identifiers]}
        if m.shape:
            entry["shape"] = m.shape
            entry["attributes"] = [{"name": n, "member": member, "type": s.type_name}
                                   for n, (member, s) in m.get_attributes(shape).items()]
        if m.load:
            entry["load"] = {"request": request(m.load.request, own_ids), "path": m.load.path or "$"}
        entry["actions"] = [action(a, own_ids, models) for a in m.actions]
        entry["batch_actions"] = [action(a, own_ids, models) for a in m.batch_actions]
        entry["waiters"] = [{"name": w.name, "waiter": xform_name(w.waiter_name), "params": [param(p, own_ids) for p in w.params]}
                            for w in m.waiters]
        entry["references"] = [dict(name=r.name, resource=response_resource(r.resource, own_ids, models)) for r in m.references]
        entry["subresources"] = [dict(name=r.name, resource=response_resource(r.resource, own_ids, models)) for r in m.subresources]
        entry["collections"] = [dict(name=c.name, request=request(c.request, own_ids),
                                     resource=response_resource(c.resource, own_ids, models)) for c in m.collections]
        resources[name] = {k: v for k, v in entry.items() if v or k == "identifiers"}
    return {"service": service, "api_version": version, "java_prefix": JAVA_PREFIX[service], "resources": resources}


os.makedirs(out_dir, exist_ok=True)
for service in JAVA_PREFIX:
    with open(os.path.join(out_dir, service + ".json"), "w") as f:
        json.dump(convert(service), f, indent=1)
        f.write("\n")
print("wrote", len(JAVA_PREFIX), "resource models to", out_dir)
