# boto3's own names for every resource type of the given services, as its resource factory settles them (renames of
# colliding names included): run offline, no request is sent. Prints JSON: service -> type -> kind -> [names].
import json, sys
import boto3
from boto3.resources.model import ResourceModel

session = boto3.session.Session(region_name="us-east-1", aws_access_key_id="x", aws_secret_access_key="x")
out = {}
for service in sys.argv[1:]:
    definitions = session._loader.load_service_model(service, "resources-1", None)
    service_model = session._session.get_service_model(service)

    def names(name, definition):
        model = ResourceModel(name, definition, definitions["resources"])
        shape = service_model.shape_for(definition["shape"]) if definition.get("shape") else None
        model.load_rename_map(shape)
        return {
            "identifiers": [i.name for i in model.identifiers],
            "attributes": sorted(model.get_attributes(shape)) if shape else [],
            "actions": [a.name for a in model.actions],
            "batch_actions": [a.name for a in model.batch_actions],
            "references": [r.name for r in model.references],
            "subresources": [s.name for s in model.subresources],
            "collections": [c.name for c in model.collections],
            "waiters": [w.name for w in model.waiters],
        }

    types = {service: names(service, definitions["service"])}
    for name, definition in definitions["resources"].items():
        types[name] = names(name, definition)
    out[service] = types
json.dump(out, sys.stdout)
