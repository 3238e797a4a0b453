package dev.awsjshell.resource;

import dev.awsjshell.client.AwsClient;
import dev.awsjshell.response.AwsMap;

import java.util.List;
import java.util.Map;

/** boto3's {@code resource.meta}: kept apart from the resource so its names never clash with the model's. */
public final class ResourceMeta {
    private final Resource resource;

    ResourceMeta(Resource resource) { this.resource = resource; }

    public String serviceName() { return resource.context.model().service(); }

    /** The resource type: {@code Bucket}; the service resource's is the service name. */
    public String resourceModel() { return resource.typeName; }

    /** The low-level client behind the resource, as in boto3's {@code meta.client}. */
    public AwsClient client() { return resource.context.client(); }

    public Map<String, String> identifiers() { return resource.identifiers(); }

    /** The loaded data, or null when nothing is loaded yet; reading it never sends a request. */
    public AwsMap data() { return resource.data(); }

    public List<String> identifierNames() { return resource.type.identifierNames(); }
    public List<String> attributes() { return names().get("attributes"); }
    public List<String> actions() { return names().get("actions"); }
    public List<String> batchActions() { return names().get("batch_actions"); }
    public List<String> references() { return names().get("references"); }
    public List<String> subresources() { return names().get("subresources"); }
    public List<String> collections() { return names().get("collections"); }
    public List<String> waiters() { return names().get("waiters"); }

    /** This type's names by kind: identifiers, attributes, actions, batch_actions, references, subresources, collections, waiters. */
    public Map<String, List<String>> names() { return resource.context.names(resource.typeName); }

    /** The same for every resource type of the service, the service resource under the service's name. */
    public Map<String, Map<String, List<String>>> describe() { return resource.context.describe(); }

    @Override public String toString() {
        return "ResourceMeta(" + serviceName() + "." + resource.typeName + ", identifiers=" + identifiers()
                + ", data=" + (data() == null ? "not loaded" : data().keySet()) + ")";
    }
}
