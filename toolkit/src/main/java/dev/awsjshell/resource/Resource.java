package dev.awsjshell.resource;

import dev.awsjshell.display.Tabular;
import dev.awsjshell.errors.ParamValidationError;
import dev.awsjshell.errors.ResourceLoadError;
import dev.awsjshell.errors.UnknownNameError;
import dev.awsjshell.resource.model.ResourceModel.Action;
import dev.awsjshell.resource.model.ResourceModel.Attribute;
import dev.awsjshell.resource.model.ResourceModel.CollectionModel;
import dev.awsjshell.resource.model.ResourceModel.Identifier;
import dev.awsjshell.resource.model.ResourceModel.Related;
import dev.awsjshell.resource.model.ResourceModel.Type;
import dev.awsjshell.resource.model.ResourceModel.WaiterRef;
import dev.awsjshell.resource.model.ResourceModel;
import dev.awsjshell.response.AwsMap;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * boto3's resource: identifiers fixed at creation, attributes loaded on first read (or filled by the listing that
 * returned it), actions, references, sub-resources, collections and waiters, all driven by the service's
 * {@link ResourceModel}. The typed views ({@code S3Bucket}, ...) only delegate here; the dynamic form takes boto3's
 * names: {@code get("creation_date")}, {@code action("put_object", params)}, {@code collection("objects")}.
 * Safe to share between threads: identifiers never change and the data is replaced whole.
 */
public class Resource implements Tabular {
    final ResourceContext context;
    final String typeName;
    final Type type;
    private final Map<String, String> identifiers;
    private volatile AwsMap data;

    /** What the engine hands a typed view's constructor. */
    public static final class Init {
        final ResourceContext context;
        final String typeName;
        final Map<String, String> identifiers;
        final AwsMap data;

        Init(ResourceContext context, String typeName, Map<String, String> identifiers, AwsMap data) {
            this.context = context;
            this.typeName = typeName;
            this.identifiers = identifiers;
            this.data = data;
        }
    }

    public Resource(Init init) {
        this.context = init.context;
        this.typeName = init.typeName;
        this.type = init.context.model().type(init.typeName);
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String name : type.identifierNames()) ordered.put(name, init.identifiers.get(name));
        this.identifiers = Collections.unmodifiableMap(ordered);
        this.data = init.data;
    }

    /** The client, identifiers, loaded data and the names of everything this resource offers. */
    public ResourceMeta meta() { return new ResourceMeta(this); }

    /** boto3's {@code help(bucket)}: identifiers, attributes, actions and what they call, references, collections, waiters. */
    public void help() { System.out.print(ResourceHelp.of(this)); }

    /** An action's help by boto3's or the Java name: what it calls, what this resource fills, the operation's help. */
    public void help(String action) { System.out.print(ResourceHelp.action(this, action)); }

    /** Sends the model's load request (or the registered customization) and keeps its answer as this resource's data. */
    public void load() {
        Function<Resource, AwsMap> custom = Customizations.load(context.model().service(), typeName);
        if (type.load() == null && custom == null) {
            throw new ResourceLoadError(context.model().service() + "." + typeName + " has no load method");
        }
        if (custom != null) {
            data = custom.apply(this);
            return;
        }
        AwsMap response = context.call(type.load().request().operation(), Params.forRequest(type.load().request(), this));
        data = asData(Params.search(type.load().path(), response.withoutMetadata()));
    }

    /** boto3's {@code reload}: the same as {@link #load()}. */
    public void reload() { load(); }

    /** An identifier or attribute by boto3's name: {@code get("name")}, {@code get("creation_date")}; loads if needed. */
    public Object get(String name) {
        if (identifiers.containsKey(name)) return identifiers.get(name);
        for (Identifier id : type.identifiers()) if (name != null && name.equals(id.alias())) return identifiers.get(id.name());
        Attribute attribute = find(type.attributes(), Attribute::name, name, "attribute");
        return loadedData().get(attribute.member());
    }

    /** An action by boto3's name: {@code action("put_object", Map.of("Key", "a", "Body", "hi"))}. */
    public Object action(String name, Map<String, ?> params) {
        Action action = find(type.actions(), Action::name, name, "action");
        Map<String, Object> request = Params.forRequest(action.request(), this);
        if (params != null) request.putAll(params);
        AwsMap response = context.call(action.request().operation(), request);
        if (type.load() != null || Customizations.load(context.model().service(), typeName) != null) data = null;
        return context.response(action, this, request, response);
    }

    public Object action(String name) { return action(name, Map.of()); }

    /**
     * An action boto3 adds by hand: S3's {@code upload_file} and {@code download_file} on buckets and objects (String
     * arguments in order, optionally a TransferListener such as {@link dev.awsjshell.services.s3.Progress}), DynamoDB's
     * {@code batch_writer} on tables (optionally the key names to overwrite by). Returns what the action returns.
     */
    public Object custom(String name, Object... args) {
        ResourceCustomization.Action m = find(Customizations.actions(context.model().service(), typeName), ResourceCustomization.Action::name, name, "hand-written action");
        int required = m.params().size();
        boolean fits = args.length == required || args.length == required + 1 && (args[required] == null || m.optional().type().isInstance(args[required]));
        for (int i = 0; fits && i < required; i++) fits = m.params().get(i).type().isInstance(args[i]);
        if (!fits) {
            List<String> params = m.params().stream().map(p -> p.type().getSimpleName() + " " + p.name()).toList();
            throw new ParamValidationError(name, List.of(name + " takes " + (required == 0 ? "no argument" : params)
                    + " and optionally a " + m.optional().type().getSimpleName() + " " + m.optional().name() + ", got " + args.length + " argument(s)"));
        }
        return m.body().apply(this, Arrays.copyOf(args, required + 1));
    }

    /** A reference by boto3's name ({@code vpc}): a resource, a list of them, or null when the data names none. */
    public Object reference(String name) {
        Related ref = find(type.references(), Related::name, name, "reference");
        return context.related(ref.resource(), this, List.of());
    }

    /** A sub-resource by boto3's name ({@code Object}), its remaining identifiers given in order: {@code subresource("Object", "key")}. */
    public Resource subresource(String name, String... identifierValues) {
        Related sub = find(type.subresources(), Related::name, name, "sub-resource");
        return (Resource) context.related(sub.resource(), this, identifierValues == null ? List.of() : java.util.Arrays.asList(identifierValues));
    }

    /** A collection by boto3's name: {@code collection("objects")}. */
    public ResourceCollection<Resource> collection(String name) {
        CollectionModel c = find(type.collections(), CollectionModel::name, name, "collection");
        return context.collection(c, this);
    }

    /** A resource waiter by boto3's name: {@code waitUntil("wait_until_exists", Map.of())}; params may hold WaiterConfig. */
    public void waitUntil(String name, Map<String, ?> params) {
        WaiterRef w = find(type.waiters(), WaiterRef::name, name, "waiter");
        Map<String, Object> request = new LinkedHashMap<>();
        for (ResourceModel.Param p : w.params()) Params.set(request, p.target(), Params.value(p, this, null, null), 0);
        request.putAll(params);
        context.client().getWaiter(w.waiter()).wait(request);
    }

    /** Identifiers, and the data already loaded; never sends a request. */
    /** Identifiers, then the attributes already loaded, by boto3's names; a row never loads. */
    @Override public Map<String, ?> row() {
        Map<String, Object> row = new LinkedHashMap<>(identifiers);
        AwsMap d = data;
        if (d != null) {
            for (Attribute a : type.attributes()) {
                Object value = d.get(a.member());
                if (value != null) row.put(a.name(), value);
            }
        }
        return row;
    }

    @Override public boolean equals(Object o) {
        return o instanceof Resource r && r.context.model().service().equals(context.model().service())
                && r.typeName.equals(typeName) && r.identifiers.equals(identifiers);
    }

    @Override public int hashCode() { return Objects.hash(context.model().service(), typeName, identifiers); }

    /** As boto3 shows it: {@code s3.Bucket(name='demo')}, {@code s3.ServiceResource()}. */
    @Override public String toString() {
        String shown = identifiers.entrySet().stream().map(e -> e.getKey() + "='" + e.getValue() + "'").collect(Collectors.joining(", "));
        return context.model().service() + "." + (isServiceResource() ? "ServiceResource" : typeName) + "(" + shown + ")";
    }

    // ---- for the typed views and the engine ----

    protected String identifier(String name) { return identifiers.get(name); }

    protected <T> T attribute(String name, Class<T> as) { return convert(get(name), as); }

    protected <T> T action(String name, Map<String, ?> params, Class<T> as) { return as.cast(action(name, params)); }

    @SuppressWarnings("unchecked")
    protected <T> List<T> actionList(String name, Map<String, ?> params) { return (List<T>) action(name, params); }

    @SuppressWarnings("unchecked")
    protected <T extends Resource> ResourceCollection<T> typedCollection(String name) { return (ResourceCollection<T>) collection(name); }

    Map<String, String> identifiers() { return identifiers; }

    AwsMap data() { return data; }

    /** The data, loading it first when nothing is loaded yet. */
    AwsMap loadedData() {
        AwsMap d = data;
        if (d == null) {
            synchronized (this) {
                if (data == null) load();
                d = data;
            }
        }
        return d == null ? new AwsMap(Map.of()) : d;
    }

    boolean isServiceResource() { return typeName.equals(context.model().service()); }

    static AwsMap asData(Object value) {
        if (value instanceof AwsMap m) return m;
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> copy = new LinkedHashMap<>();
            m.forEach((k, v) -> copy.put(String.valueOf(k), v));
            return new AwsMap(copy);
        }
        return null;
    }

    private <T> T find(List<T> items, Function<T, String> name, String wanted, String kind) {
        for (T item : items) if (name.apply(item).equals(wanted)) return item;
        List<String> names = new ArrayList<>();
        items.forEach(i -> names.add(name.apply(i)));
        throw new UnknownNameError(kind + " of " + context.model().service() + "." + typeName, wanted, names);
    }

    private static <T> T convert(Object v, Class<T> as) {
        if (v == null || as.isInstance(v)) return as.cast(v);
        if (v instanceof Number n) {
            if (as == Long.class) return as.cast(n.longValue());
            if (as == Integer.class) return as.cast(n.intValue());
            if (as == Double.class) return as.cast(n.doubleValue());
            if (as == Float.class) return as.cast(n.floatValue());
            if (as == BigDecimal.class) return as.cast(new BigDecimal(n.toString()));
        }
        if (as == Instant.class && v instanceof String s) return as.cast(Instant.parse(s));
        if (as == String.class) return as.cast(String.valueOf(v));
        throw new ClassCastException(v.getClass().getSimpleName() + " is not " + as.getSimpleName());
    }
}
