package dev.awsjshell.resource;

import dev.awsjshell.client.AwsClient;
import dev.awsjshell.errors.ParamValidationError;
import dev.awsjshell.resource.model.ResourceModel.Action;
import dev.awsjshell.resource.model.ResourceModel.CollectionModel;
import dev.awsjshell.resource.model.ResourceModel.Param;
import dev.awsjshell.resource.model.ResourceModel.ResponseResource;
import dev.awsjshell.resource.model.ResourceModel;
import dev.awsjshell.response.AwsMap;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The engine for one service resource: its model, its client, and how resources and collections are made, as typed
 * views ({@code dev.awsjshell.views.S3Bucket}) when the views are on the class path, else as plain {@link Resource}s.
 */
public final class ResourceContext {
    static final String VIEWS_PACKAGE = "dev.awsjshell.views.";
    private static final Map<String, MethodHandle> CONSTRUCTORS = new ConcurrentHashMap<>();

    private final ResourceModel model;
    private final AwsClient client;

    private ResourceContext(ResourceModel model, AwsClient client) {
        this.model = model;
        this.client = client;
    }

    /** The service resource over {@code client}: what {@code Session.resource(name)} returns. */
    public static ServiceResource serviceResource(String service, AwsClient client) {
        ResourceModel model = ResourceModel.of(service);
        return (ServiceResource) new ResourceContext(model, client).resource(service, Map.of(), null);
    }

    ResourceModel model() { return model; }

    AwsClient client() { return client; }

    /** A call made on a resource's behalf: DynamoDB's item operations take and give plain values, as in boto3. */
    AwsMap call(String operation, Map<String, Object> params) {
        return Customizations.call(model.service(), client, operation, params);
    }

    /** The names of one type by kind; actions include the hand-written ones (S3's upload_file) after the model's. */
    Map<String, List<String>> names(String typeName) {
        Map<String, List<String>> m = new LinkedHashMap<>(model.names(typeName));
        List<String> actions = new ArrayList<>(m.get("actions"));
        Customizations.actions(model.service(), typeName).forEach(c -> actions.add(c.name()));
        m.put("actions", List.copyOf(actions));
        return m;
    }

    /** The same for every resource type of the service, the service resource under the service's name. */
    Map<String, Map<String, List<String>>> describe() {
        Map<String, Map<String, List<String>>> all = new LinkedHashMap<>();
        model.describe().keySet().forEach(name -> all.put(name, names(name)));
        return all;
    }

    Resource resource(String typeName, Map<String, String> identifiers, AwsMap data) {
        Resource.Init init = new Resource.Init(this, typeName, identifiers, data);
        boolean service = typeName.equals(model.service());
        String view = VIEWS_PACKAGE + model.javaPrefix() + (service ? "Resource" : typeName);
        return (Resource) construct(view, Resource.Init.class, init, service ? ServiceResource.class : Resource.class);
    }

    <T extends Resource> ResourceCollection<T> collection(CollectionModel c, Resource parent) {
        return collection(new ResourceCollection.Init(this, c, parent, Map.of(), null, null));
    }

    /** A collection as its typed view ({@code S3ObjectSummaryCollection}) where its items have batch actions. */
    @SuppressWarnings("unchecked")
    <T extends Resource> ResourceCollection<T> collection(ResourceCollection.Init init) {
        String view = VIEWS_PACKAGE + model.javaPrefix() + init.model.resource().type() + "Collection";
        return (ResourceCollection<T>) construct(view, ResourceCollection.Init.class, init, ResourceCollection.class);
    }

    private static Object construct(String viewClass, Class<?> initType, Object init, Class<?> fallback) {
        MethodHandle constructor = CONSTRUCTORS.computeIfAbsent(viewClass, name -> {
            Class<?> type;
            try {
                type = Class.forName(name, true, ResourceContext.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                type = fallback;
            }
            try {
                return MethodHandles.publicLookup().findConstructor(type, MethodType.methodType(void.class, initType));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(name + " has no public constructor taking " + initType.getSimpleName(), e);
            }
        });
        try {
            return constructor.invoke(init);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** What an action returns: the resource(s) its model names, else the response (or the part its path selects). */
    Object response(Action action, Resource parent, Map<String, Object> request, AwsMap response) {
        if (action.resource() == null) {
            return action.path() == null ? response : Params.search(action.path(), response);
        }
        return build(action.resource(), parent, request, response, List.of());
    }

    /**
     * A reference or sub-resource: identifiers from the parent, its data (loaded first if need be, and searched for the
     * reference's own data, as boto3 does with {@code meta.data}), or the caller's values in order.
     */
    Object related(ResponseResource r, Resource parent, List<String> inputs) {
        if (inputs.size() != r.inputs().size()) {
            throw new ParamValidationError(r.type(), List.of(r.type() + " takes " + r.inputs().size() + " identifier(s) "
                    + r.inputs().stream().map(Param::target).toList() + ", got " + inputs.size()));
        }
        for (int i = 0; i < inputs.size(); i++) {
            // boto3: "Required parameter name not set"
            if (inputs.get(i) == null) throw new ParamValidationError(r.type(), List.of("Required parameter " + r.inputs().get(i).target() + " not set: got null"));
        }
        boolean fromData = r.identifiers().stream().anyMatch(p -> p.source().equals("data"));
        return build(r, parent, Map.of(), fromData ? parent.loadedData() : null, inputs);
    }

    /** boto3's ResourceHandler: one resource, a list of them (an identifier came from a list), or null when one is missing. */
    Object build(ResponseResource r, Resource parent, Map<String, Object> request, Object response, List<String> inputs) {
        Object data = r.path() == null || response == null ? null : Params.search(r.path(), response);
        Map<String, Object> values = new LinkedHashMap<>();
        int input = 0;
        List<?> plural = null;
        for (Param p : r.identifiers()) {
            Object v = p.source().equals("input") ? inputs.get(input++) : Params.value(p, parent, request, response);
            if (v instanceof List<?> l) plural = l;
            values.put(p.target(), v);
        }
        if (plural != null) {
            List<Resource> out = new ArrayList<>(plural.size());
            List<?> items = data instanceof List<?> l ? l : List.of();
            for (int i = 0; i < plural.size(); i++) {
                Map<String, String> ids = new LinkedHashMap<>();
                for (Map.Entry<String, Object> e : values.entrySet()) {
                    Object v = e.getValue() instanceof List<?> l ? (i < l.size() ? l.get(i) : null) : e.getValue();
                    ids.put(e.getKey(), v == null ? null : String.valueOf(v));
                }
                out.add(resource(r.type(), ids, i < items.size() ? Resource.asData(items.get(i)) : null));
            }
            return out;
        }
        Map<String, String> ids = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : values.entrySet()) {
            if (e.getValue() == null) return null;
            ids.put(e.getKey(), String.valueOf(e.getValue()));
        }
        return resource(r.type(), ids, Resource.asData(data));
    }
}
