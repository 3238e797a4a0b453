package dev.awsjshell.resource;

import dev.awsjshell.resource.model.ResourceModel.Action;
import dev.awsjshell.resource.model.ResourceModel.Attribute;
import dev.awsjshell.resource.model.ResourceModel.CollectionModel;
import dev.awsjshell.resource.model.ResourceModel.Param;
import dev.awsjshell.resource.model.ResourceModel.Related;
import dev.awsjshell.resource.model.ResourceModel.ResponseResource;
import dev.awsjshell.resource.model.ResourceModel.Type;
import dev.awsjshell.resource.model.ResourceModel.WaiterRef;
import dev.awsjshell.resource.model.ResourceModel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes the typed views ({@code dev.awsjshell.views.S3Bucket}, ...) from the resource models, during the build of the
 * {@code views} module, so that JShell can complete every identifier, attribute, action, reference, sub-resource,
 * collection and waiter. Each view only delegates to the engine by boto3's name. Run: {@code ViewGenerator OUT_DIR}.
 */
public final class ViewGenerator {
    private static final String PACKAGE = ResourceContext.VIEWS_PACKAGE.substring(0, ResourceContext.VIEWS_PACKAGE.length() - 1);
    /** Signatures of what Resource, ServiceResource, ResourceCollection and Object already have: {@code ""} no argument, {@code "M"} a Map, {@code "S"} a String. */
    private static final Map<String, Set<String>> TAKEN_BY_BASE = Map.ofEntries(
            Map.entry("meta", Set.of("")), Map.entry("load", Set.of("")), Map.entry("reload", Set.of("")), Map.entry("row", Set.of("")),
            Map.entry("hashCode", Set.of("")), Map.entry("toString", Set.of("")), Map.entry("getClass", Set.of("")),
            Map.entry("notify", Set.of("")), Map.entry("notifyAll", Set.of("")), Map.entry("wait", Set.of("")),
            Map.entry("clone", Set.of("")), Map.entry("finalize", Set.of("")), Map.entry("availableSubresources", Set.of("")),
            Map.entry("all", Set.of("")), Map.entry("pages", Set.of("")), Map.entry("iterator", Set.of("")),
            Map.entry("stream", Set.of("")), Map.entry("toList", Set.of("")), Map.entry("spliterator", Set.of("")),
            Map.entry("filter", Set.of("M")), Map.entry("get", Set.of("S")), Map.entry("action", Set.of("S")),
            Map.entry("reference", Set.of("S")), Map.entry("collection", Set.of("S")), Map.entry("identifier", Set.of("S")),
            Map.entry("typedCollection", Set.of("S")), Map.entry("batch", Set.of("S")), Map.entry("equals", Set.of("S")),
            Map.entry("subresource", Set.of("S", "SS", "SSS")), Map.entry("custom", Set.of("S")));
    private static final Set<String> KEYWORDS = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const", "continue",
            "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if",
            "implements", "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private",
            "protected", "public", "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this",
            "throw", "throws", "transient", "try", "void", "volatile", "while", "true", "false", "null");
    private static final Map<String, String> JAVA_TYPES = Map.of(
            "string", "String", "integer", "Integer", "long", "Long", "boolean", "Boolean", "timestamp", "java.time.Instant",
            "float", "Float", "double", "Double", "list", "java.util.List<Object>", "map", "java.util.Map<String, Object>",
            "structure", "java.util.Map<String, Object>");

    private ViewGenerator() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]).resolve(PACKAGE.replace('.', '/'));
        Files.createDirectories(dir);
        int written = 0;
        for (String service : ResourceModel.SERVICES) {
            ResourceModel model = ResourceModel.of(service);
            for (Map.Entry<String, Type> e : model.resources().entrySet()) {
                String name = className(model, e.getKey());
                Files.writeString(dir.resolve(name + ".java"), resourceView(model, e.getKey(), e.getValue()));
                written++;
                if (!e.getValue().batchActions().isEmpty()) {
                    Files.writeString(dir.resolve(name + "Collection.java"), collectionView(model, e.getKey(), e.getValue()));
                    written++;
                }
            }
        }
        System.out.println("ViewGenerator: " + written + " typed views in " + dir);
    }

    static String className(ResourceModel model, String type) {
        return model.javaPrefix() + (type.equals(model.service()) ? "Resource" : type);
    }

    private static String resourceView(ResourceModel model, String typeName, Type type) {
        boolean service = typeName.equals(model.service());
        String cls = className(model, typeName);
        Members m = new Members();
        StringBuilder b = header(model, typeName)
                .append("public class ").append(cls).append(" extends dev.awsjshell.resource.").append(service ? "ServiceResource" : "Resource").append(" {\n")
                .append("    public ").append(cls).append("(Init init) { super(init); }\n");
        for (String id : type.identifierNames()) {
            b.append(doc("identifier " + id)).append("    public String ").append(m.name(id, "identifier", "")).append("() { return identifier(\"").append(id).append("\"); }\n");
        }
        for (Action a : type.actions()) {
            String returns = returnType(model, a);
            String method = m.name(a.name(), "action", "", "M");
            String body = a.resource() == null ? "return (" + returns + ") action(\"" + a.name() + "\", params);"
                    : a.resource().plural() ? "return actionList(\"" + a.name() + "\", params);"
                    : "return action(\"" + a.name() + "\", params, " + returns + ".class);";
            b.append(doc("action " + a.name() + ": " + a.request().operation()))
                    .append("    public ").append(returns).append(' ').append(method).append("(java.util.Map<String, ?> params) { ").append(body).append(" }\n")
                    .append("    public ").append(returns).append(' ').append(method).append("() { return ").append(method).append("(java.util.Map.of()); }\n");
        }
        for (ResourceCustomization.Action c : Customizations.actions(model.service(), typeName)) {
            String signature = c.params().stream().map(p -> String.valueOf(p.signature())).collect(Collectors.joining());
            String method = m.name(c.name(), "custom", signature, signature + c.optional().signature());
            if (!method.equals(camel(c.name()))) throw new IllegalStateException(cls + ": hand-written " + c.name() + " clashes with the model");
            List<String> params = c.params().stream().map(p -> p.javaType() + " " + p.name()).toList();
            List<String> withOptional = new ArrayList<>(params);
            withOptional.add(c.optional().javaType() + " " + c.optional().name());
            String returns = c.returns() == void.class ? "void" : c.returns().getName();
            String call = (c.returns() == void.class ? "" : "return (" + returns + ") ") + "custom(\"" + c.name() + "\""
                    + c.params().stream().map(p -> ", " + p.name()).collect(Collectors.joining());
            b.append(doc("action " + c.name() + " (hand-written in boto3, and here)"))
                    .append("    public ").append(returns).append(' ').append(method).append('(').append(String.join(", ", params)).append(") { ")
                    .append(call).append("); }\n")
                    .append("    public ").append(returns).append(' ').append(method).append('(').append(String.join(", ", withOptional)).append(") { ")
                    .append(call).append(", ").append(c.optional().name()).append("); }\n");
        }
        for (Related s : type.subresources()) {
            List<Param> inputs = s.resource().inputs();
            String method = m.name(lowerFirst(s.name()), "subresource", "S".repeat(inputs.size()));
            StringBuilder params = new StringBuilder();
            StringBuilder args = new StringBuilder();
            for (Param p : inputs) {
                params.append(params.length() == 0 ? "" : ", ").append("String ").append(camel(p.target()));
                args.append(", ").append(camel(p.target()));
            }
            String returns = className(model, s.resource().type());
            b.append(doc("sub-resource " + s.name()))
                    .append("    public ").append(returns).append(' ').append(method).append('(').append(params).append(") { return (")
                    .append(returns).append(") subresource(\"").append(s.name()).append('"').append(args).append("); }\n");
        }
        for (Related r : type.references()) {
            String returns = related(model, r.resource());
            b.append(doc("reference " + r.name() + ", or null when the data names none"))
                    .append("    @SuppressWarnings(\"unchecked\") public ").append(returns).append(' ').append(m.name(r.name(), "reference", ""))
                    .append("() { return (").append(returns).append(") reference(\"").append(r.name()).append("\"); }\n");
        }
        for (CollectionModel c : type.collections()) {
            String item = className(model, c.resource().type());
            String returns = model.type(c.resource().type()).batchActions().isEmpty() ? "dev.awsjshell.resource.ResourceCollection<" + item + ">" : item + "Collection";
            b.append(doc("collection " + c.name() + ": " + c.request().operation()))
                    .append("    public ").append(returns).append(' ').append(m.name(c.name(), "collection", ""))
                    .append("() { return (").append(returns).append(") (Object) typedCollection(\"").append(c.name()).append("\"); }\n");
        }
        for (WaiterRef w : type.waiters()) {
            String method = m.name(w.name(), "waiter", "", "M");
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
                    .append(m.name(a.name(), "attribute", "")).append("() { return ").append(generic ? "(" + javaType + ") " : "")
                    .append("attribute(\"").append(a.name()).append("\", ").append(raw).append(".class); }\n");
        }
        return b.append("}\n").toString();
    }

    private static String collectionView(ResourceModel model, String typeName, Type type) {
        String item = className(model, typeName);
        String cls = item + "Collection";
        Members m = new Members();
        StringBuilder b = header(model, typeName + " collections")
                .append("public class ").append(cls).append(" extends dev.awsjshell.resource.ResourceCollection<").append(item).append("> {\n")
                .append("    public ").append(cls).append("(Init init) { super(init); }\n")
                .append("    @Override public ").append(cls).append(" all() { return (").append(cls).append(") super.all(); }\n")
                .append("    @Override public ").append(cls).append(" filter(java.util.Map<String, ?> params) { return (").append(cls).append(") super.filter(params); }\n")
                .append("    @Override public ").append(cls).append(" limit(int n) { return (").append(cls).append(") super.limit(n); }\n")
                .append("    @Override public ").append(cls).append(" pageSize(int n) { return (").append(cls).append(") super.pageSize(n); }\n");
        for (Action a : type.batchActions()) {
            String method = m.name(a.name(), "batch_action", "", "M");
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
                .append("@javax.annotation.processing.Generated(\"dev.awsjshell.resource.ViewGenerator\")\n");
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

    private static String lowerFirst(String s) { return Character.toLowerCase(s.charAt(0)) + s.substring(1); }

    /**
     * Java method names in one view. A name whose signature is taken (by the base classes, a Java keyword, or an
     * earlier member) gets its boto3 category as a suffix, as boto3 renames: {@code idAttribute}.
     */
    private static final class Members {
        private final Set<String> taken = new HashSet<>();

        String name(String boto3Name, String category, String... signatures) {
            String name = camel(boto3Name);
            if (clashes(name, signatures)) name = name + Character.toUpperCase(category.charAt(0)) + camel(category).substring(1);
            if (clashes(name, signatures)) throw new IllegalStateException("two members named " + name);
            for (String signature : signatures) taken.add(name + "(" + signature + ")");
            return name;
        }

        private boolean clashes(String name, String... signatures) {
            if (KEYWORDS.contains(name)) return true;
            for (String signature : signatures) {
                if (taken.contains(name + "(" + signature + ")") || TAKEN_BY_BASE.getOrDefault(name, Set.of()).contains(signature)) return true;
            }
            return false;
        }
    }
}
