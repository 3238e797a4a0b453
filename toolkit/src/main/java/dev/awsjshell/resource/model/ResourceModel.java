package dev.awsjshell.resource.model;

import dev.awsjshell.errors.ResourceNotExistsError;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One service's resource model, read once from {@code data/resources/<service>.json} into immutable records and
 * checked as it is read. Names are boto3's final names (collisions already settled), operations and waiters are named
 * as {@link dev.awsjshell.client.AwsClient} names them.
 */
public record ResourceModel(String service, String apiVersion, String javaPrefix, Map<String, Type> resources) {
    public static final List<String> SERVICES =
            List.of("cloudformation", "cloudwatch", "dynamodb", "ec2", "glacier", "iam", "s3", "sns", "sqs");
    static final Set<String> SOURCES =
            Set.of("identifier", "data", "request_parameter", "response", "input", "string", "integer", "boolean");

    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    private static final Map<String, ResourceModel> LOADED = new ConcurrentHashMap<>();

    /** A resource type; the service resource is the one named after the service. */
    public record Type(List<Identifier> identifiers, String shape, List<Attribute> attributes, Load load,
                       List<Action> actions, List<Action> batchActions, List<WaiterRef> waiters,
                       List<Related> references, List<Related> subresources, List<CollectionModel> collections) {
        public Type {
            identifiers = list(identifiers);
            attributes = list(attributes);
            actions = list(actions);
            batchActions = list(batchActions);
            waiters = list(waiters);
            references = list(references);
            subresources = list(subresources);
            collections = list(collections);
        }

        public List<String> identifierNames() { return identifiers.stream().map(Identifier::name).toList(); }
    }

    /** {@code alias}: the attribute that also answers with this identifier (ec2 Instance's {@code instance_id}). */
    public record Identifier(String name, String alias) {}

    /** {@code member}: the key in the resource's data; {@code type}: botocore's shape type. */
    public record Attribute(String name, String member, String type) {}

    public record Load(Request request, String path) {}

    public record Request(String operation, List<Param> params) {
        public Request { params = list(params); }
    }

    /**
     * Where a value comes from ({@code source}: identifier {@code name}, data or response or request_parameter
     * {@code path}, a constant {@code value}, or the caller's input) and where it goes ({@code target}: a request
     * path such as {@code Delete.Objects[*].Key}, or an identifier of the resource being built).
     */
    public record Param(String target, String source, String name, String path, Object value) {}

    /** The resource(s) an action, reference, sub-resource or collection returns; {@code path}: its data in the response. */
    public record ResponseResource(String type, List<Param> identifiers, String path) {
        public ResponseResource { identifiers = list(identifiers); }

        /** Plural when an identifier comes from a list ({@code Contents[].Key}). */
        public boolean plural() {
            return identifiers.stream().anyMatch(p -> p.path() != null && p.path().contains("[]"));
        }

        public List<Param> inputs() { return identifiers.stream().filter(p -> p.source().equals("input")).toList(); }
    }

    public record Action(String name, Request request, ResponseResource resource, String path) {}

    public record WaiterRef(String name, String waiter, List<Param> params) {
        public WaiterRef { params = list(params); }
    }

    public record Related(String name, ResponseResource resource) {}

    public record CollectionModel(String name, Request request, ResponseResource resource) {}

    public Type serviceResource() { return resources.get(service); }

    public Type type(String name) {
        Type t = resources.get(name);
        if (t == null) throw new IllegalArgumentException(service + " has no resource type " + name);
        return t;
    }

    public static ResourceModel of(String service) {
        if (service == null) throw new ResourceNotExistsError("null", SERVICES);
        if (service.equals("opsworks")) throw ResourceNotExistsError.retired(service, SERVICES);
        if (!SERVICES.contains(service)) throw new ResourceNotExistsError(service, SERVICES);
        return LOADED.computeIfAbsent(service, ResourceModel::read);
    }

    private static ResourceModel read(String service) {
        String path = "/dev/awsjshell/data/resources/" + service + ".json";
        try (InputStream in = ResourceModel.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing " + path);
            return parse(in, path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /**
     * A model read from {@code in} (our JSON format) and checked as {@link #of} checks it, not cached: the view
     * generator's tests read small fixture models this way. {@code source} names the input in errors.
     */
    public static ResourceModel parse(InputStream in, String source) {
        ResourceModel model;
        try {
            model = JSON.readValue(in, ResourceModel.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        List<String> problems = model.problems();
        if (!problems.isEmpty()) throw new IllegalStateException(source + ": " + String.join("; ", problems));
        return model;
    }

    /** What is wrong with the model: unknown sources or types, identifiers that name nothing. Empty when it is sound. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (serviceResource() == null) problems.add("no service resource named " + service);
        resources.forEach((typeName, type) -> {
            List<String> ids = type.identifierNames();
            List<Param> params = new ArrayList<>();
            List<ResponseResource> returned = new ArrayList<>();
            if (type.load() != null) params.addAll(type.load().request().params());
            for (Action a : concat(type.actions(), type.batchActions())) {
                params.addAll(a.request().params());
                if (a.resource() != null) returned.add(a.resource());
            }
            type.waiters().forEach(w -> params.addAll(w.params()));
            concat(type.references(), type.subresources()).forEach(r -> returned.add(r.resource()));
            for (CollectionModel c : type.collections()) {
                params.addAll(c.request().params());
                returned.add(c.resource());
            }
            returned.forEach(r -> params.addAll(r.identifiers()));
            for (Param p : params) {
                if (!SOURCES.contains(p.source())) problems.add(typeName + ": unknown source " + p.source());
                if (p.source().equals("identifier") && !ids.contains(p.name())) problems.add(typeName + ": no identifier " + p.name());
            }
            for (ResponseResource r : returned) {
                Type target = resources.get(r.type());
                if (target == null) {
                    problems.add(typeName + ": unknown resource type " + r.type());
                } else {
                    for (Param p : r.identifiers()) {
                        if (!target.identifierNames().contains(p.target())) problems.add(typeName + ": " + r.type() + " has no identifier " + p.target());
                    }
                }
            }
        });
        return problems;
    }

    /** boto3's {@code describe}-style listing of the model's names, per resource type and for the service resource. */
    public Map<String, Map<String, List<String>>> describe() {
        Map<String, Map<String, List<String>>> all = new LinkedHashMap<>();
        resources.keySet().forEach(name -> all.put(name, names(name)));
        return all;
    }

    /** The model's names of one type by kind (hand-written actions are the engine's to add). */
    public Map<String, List<String>> names(String typeName) {
        Type t = type(typeName);
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("identifiers", t.identifierNames());
        m.put("attributes", t.attributes().stream().map(Attribute::name).toList());
        m.put("actions", t.actions().stream().map(Action::name).toList());
        m.put("batch_actions", t.batchActions().stream().map(Action::name).toList());
        m.put("references", t.references().stream().map(Related::name).toList());
        m.put("subresources", t.subresources().stream().map(Related::name).toList());
        m.put("collections", t.collections().stream().map(CollectionModel::name).toList());
        m.put("waiters", t.waiters().stream().map(WaiterRef::name).toList());
        return m;
    }

    private static <T> List<T> list(List<T> l) { return l == null ? List.of() : List.copyOf(l); }

    private static <T> List<T> concat(List<? extends T> a, List<? extends T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
