package dev.awsjshell.codegen;

import dev.awsjshell.resource.Customizations;
import dev.awsjshell.resource.Resource;
import dev.awsjshell.resource.ResourceCollection;
import dev.awsjshell.resource.ResourceCustomization;
import dev.awsjshell.resource.ServiceResource;
import dev.awsjshell.resource.model.ResourceModel.Action;
import dev.awsjshell.resource.model.ResourceModel.Attribute;
import dev.awsjshell.resource.model.ResourceModel.CollectionModel;
import dev.awsjshell.resource.model.ResourceModel.Param;
import dev.awsjshell.resource.model.ResourceModel.Related;
import dev.awsjshell.resource.model.ResourceModel.ResponseResource;
import dev.awsjshell.resource.model.ResourceModel.Type;
import dev.awsjshell.resource.model.ResourceModel;

import javax.lang.model.SourceVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes the typed views ({@code dev.awsjshell.views.S3Bucket}, ...) from the resource models and the hand-written
 * actions, during the build of the {@code views} module, so that JShell can complete every identifier, attribute,
 * action, reference, sub-resource, collection and waiter. Each view only delegates to the engine by boto3's name.
 * Run: {@code ViewGenerator OUT_DIR}; {@link #generate} gives one model's views as text (the golden tests).
 */
public final class ViewGenerator {
    /** Where the engine looks for the views ({@code ResourceContext.VIEWS_PACKAGE}, which a test checks). */
    static final String PACKAGE = "dev.awsjshell.views";
    static final BaseMethods RESOURCE = BaseMethods.of(Resource.class);
    static final BaseMethods SERVICE_RESOURCE = BaseMethods.of(ServiceResource.class);
    static final BaseMethods COLLECTION = BaseMethods.of(ResourceCollection.class);

    private static final Map<String, String> JAVA_TYPES = Map.of(
            "string", "String", "integer", "Integer", "long", "Long", "boolean", "Boolean", "timestamp", "java.time.Instant",
            "float", "Float", "double", "Double", "list", "java.util.List<Object>", "map", "java.util.Map<String, Object>",
            "structure", "java.util.Map<String, Object>");
    private static final List<Class<?>> NONE = List.of();
    private static final List<Class<?>> MAP = List.of(Map.class);

    private ViewGenerator() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]).resolve(PACKAGE.replace('.', '/'));
        SortedMap<String, String> all = new TreeMap<>();
        for (String service : ResourceModel.SERVICES) {
            ResourceModel model = ResourceModel.of(service);
            all.putAll(generate(model, type -> Customizations.actions(service, type)));
        }
        int resourceViews = all.size();
        all.putAll(ClientViewGenerator.generate(ClientViewGenerator.services(), ClientViewGenerator.resourceViews()));
        write(all, dir);
        System.out.println("ViewGenerator: " + resourceViews + " typed resource views, " + (all.size() - resourceViews)
                + " typed client views and entry points in " + dir);
    }

    /**
     * The views of one model, by file name ({@code S3Bucket.java}), sorted: a view for every resource type, and a
     * collection view for every type with batch actions. {@code handWritten} gives a type's hand-written actions.
     */
    public static SortedMap<String, String> generate(ResourceModel model, Function<String, List<ResourceCustomization.Action>> handWritten) {
        SortedMap<String, String> files = new TreeMap<>();
        for (Map.Entry<String, Type> e : model.resources().entrySet()) {
            String name = className(model, e.getKey());
            put(files, name, resourceView(model, e.getKey(), e.getValue(), handWritten.apply(e.getKey())));
            if (!e.getValue().batchActions().isEmpty()) put(files, name + "Collection", collectionView(model, e.getKey(), e.getValue()));
        }
        return Collections.unmodifiableSortedMap(files);
    }

    /** Writes {@code files} into {@code dir} and removes the other {@code .java} files there (views of types no longer in a model). */
    public static void write(Map<String, String> files, Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> old = Files.list(dir)) {
            for (Path p : old.filter(p -> p.toString().endsWith(".java") && !files.containsKey(p.getFileName().toString())).toList()) Files.delete(p);
        }
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path p = dir.resolve(f.getKey());
            // unchanged views keep their time stamp, so that javac's incremental build sees nothing to do
            if (!Files.exists(p) || !Files.readString(p).equals(f.getValue())) Files.writeString(p, f.getValue());
        }
    }

    private static void put(Map<String, String> files, String className, String source) {
        if (files.put(className + ".java", source) != null) throw new IllegalStateException("two views named " + className);
    }

    static String className(ResourceModel model, String type) {
        return model.javaPrefix() + (type.equals(model.service()) ? "Resource" : type);
    }

    private static String resourceView(ResourceModel model, String typeName, Type type, List<ResourceCustomization.Action> handWritten) {
        boolean service = typeName.equals(model.service());
        String cls = className(model, typeName);
        BaseMethods base = service ? SERVICE_RESOURCE : RESOURCE;
        Members m = new Members(cls, base);
        StringBuilder b = header(model, typeName)
                .append("public class ").append(cls).append(" extends ").append(base.base().getName()).append(" {\n")
                .append("    public ").append(cls).append("(Init init) { super(init); }\n");
        for (String id : type.identifierNames()) {
            b.append(doc("identifier " + id)).append("    public String ").append(m.name(id, "identifier", NONE)).append("() { return identifier(\"").append(id).append("\"); }\n");
        }
        for (Action a : type.actions()) {
            String returns = returnType(model, a);
            String method = m.name(a.name(), "action", NONE, MAP);
            String body = a.resource() == null ? "return " + (returns.equals("Object") ? "" : "(" + returns + ") ") + "action(\"" + a.name() + "\", params);"
                    : a.resource().plural() ? "return actionList(\"" + a.name() + "\", params);"
                    : "return action(\"" + a.name() + "\", params, " + returns + ".class);";
            b.append(doc("action " + a.name() + ": " + a.request().operation()))
                    .append("    public ").append(returns).append(' ').append(method).append("(java.util.Map<String, ?> params) { ").append(body).append(" }\n")
                    .append("    public ").append(returns).append(' ').append(method).append("() { return ").append(method).append("(java.util.Map.of()); }\n");
        }
        for (ResourceCustomization.Action c : handWritten) {
            if (c.optional() == null) throw new IllegalStateException(cls + ": hand-written " + c.name() + " has no optional argument");
            List<Class<?>> signature = c.params().stream().<Class<?>>map(ResourceCustomization.Arg::type).toList();
            List<Class<?>> withOptional = Stream.concat(signature.stream(), Stream.of(c.optional().type())).toList();
            String method = m.name(c.name(), "custom", signature, withOptional);
            if (!method.equals(camel(c.name()))) throw new IllegalStateException(cls + ": hand-written " + c.name() + " clashes with the model or the base class");
            List<String> params = c.params().stream().map(p -> p.javaType() + " " + p.name()).toList();
            List<String> paramsWithOptional = new ArrayList<>(params);
            paramsWithOptional.add(c.optional().javaType() + " " + c.optional().name());
            String returns = c.returns() == void.class ? "void" : c.returns().getName();
            String call = (c.returns() == void.class ? "" : "return (" + returns + ") ") + "custom(\"" + c.name() + "\""
                    + c.params().stream().map(p -> ", " + p.name()).collect(Collectors.joining());
            b.append(doc("action " + c.name() + " (hand-written in boto3, and here)"))
                    .append("    public ").append(returns).append(' ').append(method).append('(').append(String.join(", ", params)).append(") { ")
                    .append(call).append("); }\n")
                    .append("    public ").append(returns).append(' ').append(method).append('(').append(String.join(", ", paramsWithOptional)).append(") { ")
                    .append(call).append(", ").append(c.optional().name()).append("); }\n");
        }
        for (Related s : type.subresources()) {
            List<Param> inputs = s.resource().inputs();
            String method = m.name(lowerFirst(s.name()), "subresource", Collections.nCopies(inputs.size(), String.class));
            StringBuilder params = new StringBuilder();
            StringBuilder args = new StringBuilder();
            for (Param p : inputs) {
                params.append(params.length() == 0 ? "" : ", ").append("String ").append(javaName(camel(p.target())));
                args.append(", ").append(javaName(camel(p.target())));
            }
            String returns = className(model, s.resource().type());
            b.append(doc("sub-resource " + s.name()))
                    .append("    public ").append(returns).append(' ').append(method).append('(').append(params).append(") { return (")
                    .append(returns).append(") subresource(\"").append(s.name()).append('"').append(args).append("); }\n");
        }
        for (Related r : type.references()) {
            String returns = related(model, r.resource());
            b.append(doc("reference " + r.name() + ", or null when the data names none"))
                    .append("    ").append(r.resource().plural() ? "@SuppressWarnings(\"unchecked\") " : "").append("public ").append(returns).append(' ').append(m.name(r.name(), "reference", NONE))
                    .append("() { return (").append(returns).append(") reference(\"").append(r.name()).append("\"); }\n");
        }
        for (CollectionModel c : type.collections()) {
            String item = className(model, c.resource().type());
            boolean typed = !model.type(c.resource().type()).batchActions().isEmpty();
            String returns = typed ? item + "Collection" : "dev.awsjshell.resource.ResourceCollection<" + item + ">";
            b.append(doc("collection " + c.name() + ": " + c.request().operation()))
                    .append("    public ").append(returns).append(' ').append(m.name(c.name(), "collection", NONE))
                    .append("() { return ").append(typed ? "(" + returns + ") this.<" + item + ">" : "").append("typedCollection(\"").append(c.name()).append("\"); }\n");
        }
        for (var w : type.waiters()) {
            String method = m.name(w.name(), "waiter", NONE, MAP);
            b.append(doc("waiter " + w.name() + ": the client's " + w.waiter() + "; params may hold WaiterConfig"))
                    .append("    public void ").append(method).append("(java.util.Map<String, ?> params) { waitUntil(\"").append(w.name()).append("\", params); }\n")
                    .append("    public void ").append(method).append("() { ").append(method).append("(java.util.Map.of()); }\n");
        }
        for (Attribute a : type.attributes()) {
            String javaType = JAVA_TYPES.getOrDefault(a.type(), "Object");
            boolean generic = javaType.contains("<");
            String raw = generic ? javaType.substring(0, javaType.indexOf('<')) : javaType;
            b.append(doc("attribute " + a.name() + " (" + a.member() + "), loaded on first read"))
                    .append("    ").append(generic ? "@SuppressWarnings(\"unchecked\") " : "").append("public ").append(javaType).append(' ')
                    .append(m.name(a.name(), "attribute", NONE)).append("() { return ").append(generic ? "(" + javaType + ") " : "")
                    .append("attribute(\"").append(a.name()).append("\", ").append(raw).append(".class); }\n");
        }
        return b.append("}\n").toString();
    }

    private static String collectionView(ResourceModel model, String typeName, Type type) {
        String item = className(model, typeName);
        String cls = item + "Collection";
        Members m = new Members(cls, COLLECTION);
        StringBuilder b = header(model, typeName + " collections")
                .append("public class ").append(cls).append(" extends dev.awsjshell.resource.ResourceCollection<").append(item).append("> {\n")
                .append("    public ").append(cls).append("(Init init) { super(init); }\n")
                .append("    @Override public ").append(cls).append(" all() { return (").append(cls).append(") super.all(); }\n")
                .append("    @Override public ").append(cls).append(" filter(java.util.Map<String, ?> params) { return (").append(cls).append(") super.filter(params); }\n")
                .append("    @Override public ").append(cls).append(" limit(int n) { return (").append(cls).append(") super.limit(n); }\n")
                .append("    @Override public ").append(cls).append(" pageSize(int n) { return (").append(cls).append(") super.pageSize(n); }\n");
        for (Action a : type.batchActions()) {
            String method = m.name(a.name(), "batch_action", NONE, MAP);
            b.append(doc("batch action " + a.name() + ": " + a.request().operation() + ", one request per page"))
                    .append("    public java.util.List<dev.awsjshell.response.AwsMap> ").append(method).append("(java.util.Map<String, ?> params) { return batch(\"").append(a.name()).append("\", params); }\n")
                    .append("    public java.util.List<dev.awsjshell.response.AwsMap> ").append(method).append("() { return ").append(method).append("(java.util.Map.of()); }\n");
        }
        return b.append("}\n").toString();
    }

    private static StringBuilder header(ResourceModel model, String what) {
        return new StringBuilder("package ").append(PACKAGE).append(";\n\n")
                .append("/** boto3's ").append(model.service()).append('.').append(what)
                .append(". Generated from data/resources/").append(model.service()).append(".json by ViewGenerator: do not edit. */\n")
                .append("@javax.annotation.processing.Generated(\"").append(ViewGenerator.class.getName()).append("\")\n");
    }

    private static String returnType(ResourceModel model, Action a) {
        if (a.resource() == null) return a.path() == null ? "dev.awsjshell.response.AwsMap" : "Object";
        return related(model, a.resource());
    }

    private static String related(ResourceModel model, ResponseResource r) {
        String cls = className(model, r.type());
        return r.plural() ? "java.util.List<" + cls + ">" : cls;
    }

    private static String doc(String text) { return "    /** " + text + " */\n"; }

    static String camel(String snake) {
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                up = b.length() > 0;
            } else {
                b.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return b.toString();
    }

    /** A parameter name that is a keyword gets an underscore: {@code default_}. */
    private static String javaName(String name) { return SourceVersion.isKeyword(name, SourceVersion.RELEASE_17) ? name + "_" : name; }

    private static String lowerFirst(String s) { return Character.toLowerCase(s.charAt(0)) + s.substring(1); }

    /**
     * Java method names in one view. A name that is a Java keyword, or whose signature would clash with an inherited
     * method ({@link BaseMethods}) or an earlier member, gets its boto3 category as a suffix, as boto3 renames:
     * {@code metaAttribute}, {@code classAttribute}.
     */
    static final class Members {
        private final String view;
        private final BaseMethods base;
        private final List<BaseMethods.Signature> declared = new ArrayList<>();

        Members(String view, BaseMethods base) {
            this.view = view;
            this.base = base;
        }

        @SafeVarargs
        final String name(String boto3Name, String category, List<Class<?>>... signatures) {
            String name = camel(boto3Name);
            if (clashes(name, signatures)) name = name + Character.toUpperCase(category.charAt(0)) + camel(category).substring(1);
            if (clashes(name, signatures)) throw new IllegalStateException(view + ": two members named " + name);
            for (List<Class<?>> s : signatures) declared.add(new BaseMethods.Signature(name, s, false));
            return name;
        }

        @SafeVarargs
        private boolean clashes(String name, List<Class<?>>... signatures) {
            if (SourceVersion.isKeyword(name, SourceVersion.RELEASE_17)) return true;
            for (List<Class<?>> s : signatures) {
                if (base.takes(name, s)) return true;
                for (BaseMethods.Signature d : declared) if (d.name().equals(name) && BaseMethods.overlap(d, s)) return true;
            }
            return false;
        }
    }
}
