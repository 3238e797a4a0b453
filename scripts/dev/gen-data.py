#!/usr/bin/env python3
"""Writes the toolkit's generated data (toolkit/src/main/resources/dev/awsjshell/data) from botocore's and boto3's
models and the SDK bundle, keyed by boto3's service name, one folder per kind:

  services.properties          boto3's name of every service in the SDK bundle (the SDK's package name where botocore
                               has no such service) = its SDK client interface; every other file is keyed by these names
  required/<service>.json      the members botocore marks as required, which the SDK mostly does not: per operation
                               (its input's members) and per nested structure shape (by shape name, as the SDK names
                               its classes): {"operations": {"PutItem": ["TableName", "Item"]}, "shapes": {...}}
  limits/<service>.json        botocore's validator's minimums, which the SDK does not check: per operation (its input's
                               members) and per nested structure shape, each member's min length (strings, lists, maps)
                               or min value (numbers), with botocore's implicit 1 for members bound to the host:
                               {"operations": {"GetObject": {"Key": 1}}, "shapes": {...}}
  paginators/<service>.json    each paginated operation by boto3's snake_case name: tokens, limit key, more-results flag,
                               result keys
  docs/<service>.json          botocore's documentation strings as plain text, cut to their first paragraph (at most
                               about 300 characters, ending at a sentence): each operation's, and each member's of its
                               input and output (by operation name) and of every structure they hold (by shape name)
  resources/<service>.json     the nine boto3 resource services' types under boto3's final names (its collision renames
                               settled), operations and waiters named as our clients name them
  event-streams.json           the operations whose output is an event stream: {service: {snake_op: member}}, the
                               member of the output that holds the stream (boto3's EventStream), as boto3 names it
  waiters.properties           each service's waiter names (boto3's snake_case of the SDK's waitUntil... methods, read
                               from the bundle's waiter interface), so that waiter_names needs no reflection over
                               the SDK client; empty for a service without waiters
  source.json                  the versions read: botocore, boto3, the SDK bundle, and the Python used

Needs Python 3.11 with boto3 and botocore 1.43.11 (the machine image's python3.11; not Debian's python3-botocore):

  python3.11 scripts/dev/gen-data.py                     # every kind, into the repository
  python3.11 scripts/dev/gen-data.py paginators          # one kind (the others must be from the same botocore)
  python3.11 scripts/dev/gen-data.py --out /tmp/data     # elsewhere (GeneratedDataTest does this)

It refuses another botocore or boto3 unless given --allow-other-botocore (the stamp then names what it read).
"""
import argparse
import html.parser
import json
import os
import re
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import botodata  # noqa: E402

KINDS = ("services", "required", "limits", "paginators", "docs", "resources", "eventstreams", "waiters")


# ---- services.properties ---------------------------------------------------------------------------------------------

def gen_services(out, bundle):
    """The SDK names a service's package after the model's serviceId (lowercased, without spaces and dashes), which is
    how the two are matched."""
    names = set(zipfile.ZipFile(bundle).namelist())
    clients = {}
    for n in names:
        m = re.fullmatch(r"software/amazon/awssdk/services/([a-z0-9]+(?:/[a-z0-9]+)?)/([A-Za-z0-9]+)Client\.class", n)
        if m and not m.group(2).endswith("Async") and not m.group(2).startswith("Default") \
                and n.replace("Client.class", "ClientBuilder.class") in names:
            package = m.group(1).replace("/", "")
            clients[package] = "%s%s.%sClient" % (botodata.SDK_PREFIX, m.group(1).replace("/", "."), m.group(2))

    services = botodata.botocore_services()
    boto3_by_package = {}
    for service in services:
        model = botodata.load_model(service, "service-2.json")
        sid = model["metadata"].get("serviceId", "") if model else ""
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
    keys = [line.split("=")[0] for line in lines]
    duplicates = sorted({k for k in keys if keys.count(k) > 1})
    if duplicates:
        raise SystemExit("gen-data.py: two SDK clients under one name: %s" % duplicates)
    missing = sorted(s for s in services if s not in boto3_by_package.values())
    botodata.write_text(os.path.join(out, "services.properties"), [
        "# boto3's service name (the SDK's package where botocore has no such service) = SDK client interface.",
        "# Written by scripts/dev/gen-data.py from the versions in source.json. boto3 services the SDK bundle lacks: %s"
        % ", ".join(missing)] + lines)
    print("services: %d, %d matched to boto3; boto3 services without an SDK client: %s"
          % (len(lines), len(boto3_by_package), missing), file=sys.stderr)


# ---- required/ -------------------------------------------------------------------------------------------------------

def by_input_structure(model, facts):
    """facts(structure) for each operation's input (by operation name) and for every structure the inputs hold (by
    shape name, as the SDK names its classes), each left out where it is empty."""
    shapes = model["shapes"]
    inputs = {op["input"]["shape"] for op in model["operations"].values() if "input" in op}
    operations, nested, seen = {}, {}, set()

    def walk(shape_name):
        if shape_name in seen:
            return
        seen.add(shape_name)
        shape = shapes[shape_name]
        if shape["type"] == "structure":
            found = facts(shape)
            if found and shape_name not in inputs:
                nested[shape_name] = found
            for m in shape.get("members", {}).values():
                walk(m["shape"])
        elif shape["type"] == "list":
            walk(shape["member"]["shape"])
        elif shape["type"] == "map":
            walk(shape["value"]["shape"])

    for op_name, op in sorted(model["operations"].items()):
        if "input" not in op:
            continue
        found = facts(shapes[op["input"]["shape"]])
        if found:
            operations[op_name] = found
        walk(op["input"]["shape"])
    return {"operations": operations, "shapes": nested}


def required(model):
    return by_input_structure(model, lambda shape: shape.get("required", []))


def gen_per_model(out, kind, build, write=botodata.write_json):
    """One file per service with a botocore model: kind/<service>.json holding build(model), left out when that is None."""
    d = botodata.clear_kind(out, kind)
    written = 0
    for service in botodata.read_services(out):
        model = botodata.load_model(service, "service-2.json")
        if model is None:
            continue
        data = build(model)
        if data is not None:
            write(os.path.join(d, service + ".json"), data)
            written += 1
    print("%s: %d files" % (kind, written), file=sys.stderr)


def by_operation_or_shape(r):
    return r if r["operations"] or r["shapes"] else None


def gen_required(out):
    gen_per_model(out, "required", lambda model: by_operation_or_shape(required(model)))


# ---- limits/ ---------------------------------------------------------------------------------------------------------

RANGED = {"string", "list", "map", "integer", "long", "double", "float"}


def limits(model):
    """botocore's range_check: a shape's min, else 1 for a member bound to the host (hostLabel)."""
    shapes = model["shapes"]

    def members_min(shape):
        found = {}
        for name, m in shape.get("members", {}).items():
            target = shapes[m["shape"]]
            if target["type"] not in RANGED:
                continue
            if "min" in target:
                found[name] = target["min"]
            elif m.get("hostLabel"):
                found[name] = 1
        return found

    return by_input_structure(model, members_min)


def gen_limits(out):
    gen_per_model(out, "limits", lambda model: by_operation_or_shape(limits(model)))


# ---- paginators/ -----------------------------------------------------------------------------------------------------

def as_list(v):
    return v if isinstance(v, list) else ([v] if v else [])


def gen_paginators(out):
    from botocore import xform_name
    d = botodata.clear_kind(out, "paginators")
    written = 0
    for service in botodata.read_services(out):
        model = botodata.load_model(service, "paginators-1.json")
        if model is None:
            continue
        ops = {}
        for op, cfg in sorted(model["pagination"].items()):
            entry = {"operation": op, "input_token": as_list(cfg.get("input_token")),
                     "output_token": as_list(cfg.get("output_token")), "result_key": as_list(cfg.get("result_key"))}
            if cfg.get("limit_key"):
                entry["limit_key"] = cfg["limit_key"]
            if cfg.get("more_results"):
                entry["more_results"] = cfg["more_results"]
            if cfg.get("non_aggregate_keys"):
                entry["non_aggregate_keys"] = as_list(cfg["non_aggregate_keys"])
            ops[xform_name(op)] = entry
        botodata.write_json(os.path.join(d, service + ".json"), ops)
        written += 1
    print("paginators: %d files" % written, file=sys.stderr)


# ---- docs/ -----------------------------------------------------------------------------------------------------------

DOC_LIMIT = 300


class _Text(html.parser.HTMLParser):
    """botocore's documentation HTML as plain text, by paragraph; what <important>, <note> and <ul> hold is left out,
    since the first paragraph of prose is what help prints."""
    SKIP = {"important", "note", "ul", "ol", "table", "pre", "code_block", "examples", "example"}
    BREAK = {"p", "li", "br", "dt", "dd", "h1", "h2", "h3", "h4"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paragraphs, self.current, self.skipping = [], [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BREAK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self.BREAK:
            self.flush()

    def handle_data(self, data):
        if not self.skipping:
            self.current.append(data)

    def flush(self):
        text = re.sub(r"\s+", " ", "".join(self.current)).strip()
        if text:
            self.paragraphs.append(text)
        self.current = []


def doc_text(documentation):
    """The first paragraph of botocore's HTML as plain text, cut at the last sentence end within DOC_LIMIT."""
    if not documentation:
        return ""
    parser = _Text()
    parser.feed(documentation)
    parser.close()
    parser.flush()
    if not parser.paragraphs:
        return ""
    text = parser.paragraphs[0]
    if text.endswith(":") and len(parser.paragraphs) > 1:
        text += " " + parser.paragraphs[1]  # "For example:" and the example
    if len(text) <= DOC_LIMIT:
        return text
    cut = max(text.rfind(". ", 0, DOC_LIMIT), text.rfind(".) ", 0, DOC_LIMIT))
    return text[:cut + 1] if cut > 40 else text[:DOC_LIMIT].rsplit(" ", 1)[0] + " ..."


def docs(model):
    shapes = model["shapes"]
    out = {"operations": {}, "inputs": {}, "outputs": {}, "shapes": {}}
    seen = set()

    def members(shape_name):
        return {name: doc_text(m.get("documentation")) for name, m in sorted(shapes[shape_name].get("members", {}).items())
                if doc_text(m.get("documentation"))}

    def walk(shape_name, top):
        shape = shapes[shape_name]
        if shape["type"] == "structure":
            if not top:
                if shape_name in seen:
                    return
                seen.add(shape_name)
                documented = members(shape_name)
                if documented:
                    out["shapes"][shape_name] = documented
            for m in shape.get("members", {}).values():
                walk(m["shape"], False)
        elif shape["type"] == "list":
            walk(shape["member"]["shape"], False)
        elif shape["type"] == "map":
            walk(shape["value"]["shape"], False)

    for op_name, op in sorted(model["operations"].items()):
        text = doc_text(op.get("documentation"))
        if text:
            out["operations"][op_name] = text
        for key, kind in (("input", "inputs"), ("output", "outputs")):
            if key in op:
                documented = members(op[key]["shape"])
                if documented:
                    out[kind][op_name] = documented
                walk(op[key]["shape"], True)
    return {k: v for k, v in out.items() if v}


def gen_docs(out):
    gen_per_model(out, "docs", docs, botodata.write_compact_json)


# ---- resources/ ------------------------------------------------------------------------------------------------------

JAVA_PREFIX = {"s3": "S3", "ec2": "Ec2", "iam": "Iam", "dynamodb": "DynamoDb", "sqs": "Sqs", "sns": "Sns",
               "cloudformation": "CloudFormation", "cloudwatch": "CloudWatch", "glacier": "Glacier"}


def gen_resources(out):
    """For each of the nine live boto3 resource services, every resource type with its identifiers, attributes (with
    botocore's member type), load, actions, batch actions, waiters, references, sub-resources and collections, under the
    final names boto3 gives them (collisions settled as boto3's ResourceModel settles them). Operations and waiters are
    named as our client names them (snake_case), identifiers in parameters by their final snake_case names."""
    import botocore.session
    from boto3.resources.model import ResourceModel
    from botocore import xform_name

    botocore_session = botocore.session.get_session()

    def param(p, own_ids, target=None):
        """A value's source as our format writes it: identifiers by their final snake_case names, request_parameter."""
        o = {"target": target or p.target, "source": "request_parameter" if p.source == "requestParameter" else p.source}
        if p.source == "identifier":
            o["name"] = own_ids[xform_name(p.name)]
        elif p.source in ("data", "response", "requestParameter"):
            o["path"] = p.path
        elif p.source in ("string", "integer", "boolean"):
            o["value"] = p.value
        return o

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
        o = {"type": res.type, "identifiers": ids}
        if res.path:
            o["path"] = res.path
        return o

    def action(a, own_ids, models):
        o = {"name": a.name, "request": request(a.request, own_ids)}
        if a.resource:
            o["resource"] = response_resource(a.resource, own_ids, models)
        if a.path:
            o["path"] = a.path
        return o

    def convert(service):
        version = botodata.latest_version(os.path.join(botodata.boto3_data(), service))
        with open(os.path.join(botodata.boto3_data(), service, version, "resources-1.json"), encoding="utf-8") as f:
            definition = json.load(f)
        service_model = botocore_session.get_service_model(service, version)
        defs = definition["resources"]
        models = {name: ResourceModel(name, d, defs) for name, d in defs.items()}
        models[service] = ResourceModel(service, definition["service"], defs)
        for name, m in models.items():
            m.load_rename_map(service_model.shape_for(m.shape) if m.shape else None)
        resources = {}
        for name in [service] + sorted(defs):
            m = models[name]
            own_ids = {xform_name(i.name): i.name for i in m.identifiers}
            shape = service_model.shape_for(m.shape) if m.shape else None
            entry = {"identifiers": [dict(name=i.name, **({"alias": i.member_name} if i.member_name else {}))
                                     for i in m.identifiers]}
            if m.shape:
                entry["shape"] = m.shape
                entry["attributes"] = [{"name": n, "member": member, "type": s.type_name}
                                       for n, (member, s) in m.get_attributes(shape).items()]
            if m.load:
                entry["load"] = {"request": request(m.load.request, own_ids), "path": m.load.path or "$"}
            entry["actions"] = [action(a, own_ids, models) for a in m.actions]
            entry["batch_actions"] = [action(a, own_ids, models) for a in m.batch_actions]
            entry["waiters"] = [{"name": w.name, "waiter": xform_name(w.waiter_name),
                                 "params": [param(p, own_ids) for p in w.params]} for w in m.waiters]
            entry["references"] = [dict(name=r.name, resource=response_resource(r.resource, own_ids, models))
                                   for r in m.references]
            entry["subresources"] = [dict(name=r.name, resource=response_resource(r.resource, own_ids, models))
                                     for r in m.subresources]
            entry["collections"] = [dict(name=c.name, request=request(c.request, own_ids),
                                         resource=response_resource(c.resource, own_ids, models)) for c in m.collections]
            resources[name] = {k: v for k, v in entry.items() if v or k == "identifiers"}
        return {"service": service, "api_version": version, "java_prefix": JAVA_PREFIX[service], "resources": resources}

    d = botodata.clear_kind(out, "resources")
    for service in JAVA_PREFIX:
        botodata.write_json(os.path.join(d, service + ".json"), convert(service))
    print("resources: %d files" % len(JAVA_PREFIX), file=sys.stderr)


# ---- event-streams.json ----------------------------------------------------------------------------------------------

def gen_eventstreams(out):
    """Output event streams only: an operation that also sends one (transcribe streaming, bidirectional streams) is left
    out, as the toolkit does not send event streams."""
    from botocore import xform_name
    streams = {}
    for service in botodata.read_services(out):
        model = botodata.load_model(service, "service-2.json")
        if model is None:
            continue
        shapes = model["shapes"]

        def stream_member(shape_name):
            for name, member in shapes[shape_name].get("members", {}).items():
                if shapes[member["shape"]].get("eventstream"):
                    return name
            return None

        ops = {}
        for op_name, op in sorted(model["operations"].items()):
            if "output" not in op or ("input" in op and stream_member(op["input"]["shape"])):
                continue
            member = stream_member(op["output"]["shape"])
            if member:
                ops[xform_name(op_name)] = member
        if ops:
            streams[service] = ops
    botodata.write_json(os.path.join(out, "event-streams.json"), streams)
    print("eventstreams: %d services" % len(streams), file=sys.stderr)


# ---- main ------------------------------------------------------------------------------------------------------------

# ---- waiters.properties ----------------------------------------------------------------------------------------------

def gen_waiters(out, bundle):
    """A waiter interface's methods are in its class file's constant pool as UTF-8 names: waitUntilBucketExists."""
    from botocore import xform_name
    jar = zipfile.ZipFile(bundle)
    names = set(jar.namelist())
    lines = ["# boto3's service name = its waiters, as the SDK's waiter interface names them (boto3's snake_case).",
             "# Written by scripts/dev/gen-data.py from the SDK bundle in source.json."]
    for service, client in botodata.read_services(out).items():
        package = client[:client.rindex(".")].replace(".", "/") + "/waiters/"
        interface = package + client[client.rindex(".") + 1:-len("Client")] + "Waiter.class"
        waiters = set()
        if interface in names:
            waiters = {xform_name(m.decode()[len("waitUntil"):])
                       for m in re.findall(rb"waitUntil[A-Za-z0-9]+", jar.read(interface))}
        lines.append("%s=%s" % (service, ",".join(sorted(waiters))))
    botodata.write_text(os.path.join(out, "waiters.properties"), lines)
    print("waiters: %d services" % (len(lines) - 2), file=sys.stderr)


def default_bundle():
    version = botodata.sdk_version_from_pom()
    return os.path.expanduser("~/.m2/repository/software/amazon/awssdk/bundle/%s/bundle-%s.jar" % (version, version))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("kinds", nargs="*", metavar="KIND",
                        help="what to write: %s (default: all)" % ", ".join(KINDS))
    parser.add_argument("--out", default=botodata.DATA, help="the data folder to write (default: the repository's)")
    parser.add_argument("--bundle", help="the AWS SDK bundle jar (default: the pom's version in ~/.m2)")
    parser.add_argument("--allow-other-botocore", action="store_true",
                        help="read a botocore and boto3 other than the pinned %s" % botodata.PINNED_BOTOCORE)
    args = parser.parse_args()
    unknown = sorted(set(args.kinds) - set(KINDS))
    if unknown:
        parser.error("unknown kind %s; the kinds are %s" % (", ".join(unknown), ", ".join(KINDS)))
    kinds = [k for k in KINDS if k in args.kinds] or list(KINDS)
    versions = botodata.check_versions(args.allow_other_botocore)
    out = os.path.abspath(args.out)
    os.makedirs(out, exist_ok=True)

    stamp_path = os.path.join(out, botodata.STAMP)
    previous = {}
    if os.path.exists(stamp_path):
        with open(stamp_path, encoding="utf-8") as f:
            previous = json.load(f)
    if len(kinds) < len(KINDS) and {k: previous.get(k) for k in versions} != versions:
        raise SystemExit("gen-data.py: %s was written from botocore %s and boto3 %s, this Python has %s and %s: write "
                         "every kind, not only %s" % (stamp_path, previous.get("botocore"), previous.get("boto3"),
                                                      versions["botocore"], versions["boto3"], ", ".join(kinds)))

    sdk_bundle = previous.get("aws_sdk_bundle")
    bundle = args.bundle or default_bundle()
    if "services" in kinds or "waiters" in kinds:
        if not os.path.isfile(bundle):
            raise SystemExit("gen-data.py: no SDK bundle at %s (build once with Maven, or pass --bundle)" % bundle)
    if "services" in kinds:
        m = re.fullmatch(r"bundle-(.+)\.jar", os.path.basename(bundle))
        sdk_bundle = m.group(1) if m else os.path.basename(bundle)
        gen_services(out, bundle)
    if "required" in kinds:
        gen_required(out)
    if "limits" in kinds:
        gen_limits(out)
    if "paginators" in kinds:
        gen_paginators(out)
    if "docs" in kinds:
        gen_docs(out)
    if "resources" in kinds:
        gen_resources(out)
    if "eventstreams" in kinds:
        gen_eventstreams(out)
    if "waiters" in kinds:
        gen_waiters(out, bundle)
    botodata.write_json(stamp_path, botodata.stamp(versions, sdk_bundle))
    print("wrote %s to %s, from botocore %s and boto3 %s" % (", ".join(kinds), out, versions["botocore"], versions["boto3"]),
          file=sys.stderr)


if __name__ == "__main__":
    main()
