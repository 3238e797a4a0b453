package dev.awsjshell.client;

import dev.awsjshell.model.Docs;
import dev.awsjshell.model.OperationModel;
import dev.awsjshell.model.Required;
import dev.awsjshell.shape.MemberIndex;
import dev.awsjshell.util.Names;

import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.traits.RequiredTrait;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An operation's help, as boto3's {@code help(client.put_object)} gives it: the description, an example call, each
 * parameter's description, type, required flag and allowed values with the structures it holds, and the response's
 * structure. Descriptions are botocore's (first paragraph, as text); types and structure are the SDK's. It prints itself
 * whole ({@code toString()} is the text).
 */
public record Doc(String operation, String text) {
    private static final int WIDTH = 100;
    private static final int INPUT_DEPTH = 4;
    private static final int OUTPUT_DEPTH = 3;

    static Doc of(OperationModel op) {
        Docs docs = Docs.of(op.service().name());
        StringBuilder b = new StringBuilder();
        String service = op.service().name();
        b.append(service).append('.').append(op.snakeName()).append("(params)   [").append(op.name()).append("]\n\n");
        String description = docs.operation(op.name());
        if (!description.isEmpty()) wrap(b, description, "");
        b.append('\n');

        Map<String, SdkField<?>> in = MemberIndex.fields(op.requestClass());
        List<String> required = required(op.requestClass(), in);
        b.append("Example:\n");
        String var = Names.javaIdentifier(service);
        String args = example(op, in, required);
        b.append("  var ").append(var).append(" = Aws.client(\"").append(service).append("\");\n");
        b.append("  var response = ").append(var).append(".call(\"").append(op.snakeName()).append('"').append(args).append(");\n");
        b.append("  // typed, Tab completes it: Clients.").append(var).append("().").append(Names.camelCase(op.snakeName())).append('(')
                .append(args.isEmpty() ? "" : args.substring(2)).append(")\n\n");

        b.append("Parameters:\n");
        if (op.kind() == OperationModel.Kind.STREAMING_INPUT) b.append("  Body (String, byte[], Path or InputStream) -- the payload\n");
        if (in.isEmpty() && op.kind() != OperationModel.Kind.STREAMING_INPUT) b.append("  (none)\n");
        members(b, docs, op, true, op.requestClass(), in, "  ", INPUT_DEPTH, new HashSet<>());

        b.append("\nReturns: a map (AwsMap) with keys\n");
        if (op.kind() == OperationModel.Kind.STREAMING_OUTPUT) b.append("  Body (StreamingBody) -- read(), text() or stream()\n");
        members(b, docs, op, false, op.responseClass(), MemberIndex.fields(op.responseClass()), "  ", OUTPUT_DEPTH, new HashSet<>());
        if (op.kind() == OperationModel.Kind.EVENT_STREAM) {
            b.append("  ").append(op.eventStreamMember()).append(" (EventStream) -- iterate it: each event is a map of one key, ")
                    .append(String.join(", ", EventStreamCall.eventNames(op))).append('\n');
        }
        b.append("  ResponseMetadata (map) -- RequestId, HTTPStatusCode, HTTPHeaders, RetryAttempts\n");
        return new Doc(op.snakeName(), b.toString());
    }

    private static List<String> required(Class<?> pojo, Map<String, SdkField<?>> fields) {
        List<String> names = new ArrayList<>(Required.of(pojo));
        fields.forEach((name, f) -> {
            if (f.containsTrait(RequiredTrait.class) && !names.contains(name)) names.add(name);
        });
        return names;
    }

    private static void members(StringBuilder b, Docs docs, OperationModel op, boolean input, Class<?> pojo,
                                Map<String, SdkField<?>> fields, String indent, int depth, Set<Class<?>> open) {
        boolean top = pojo == op.requestClass() || pojo == op.responseClass();
        List<String> required = input ? required(pojo, fields) : List.of();
        for (Map.Entry<String, SdkField<?>> e : fields.entrySet()) {
            String name = e.getKey();
            SdkField<?> f = e.getValue();
            b.append(indent).append(name).append(" (").append(MemberIndex.typeName(f)).append(')');
            if (required.contains(name)) b.append(" -- [REQUIRED]");
            b.append('\n');
            String text = top ? (input ? docs.input(op.name(), f.memberName()) : docs.output(op.name(), f.memberName()))
                    : docs.shape(pojo.getSimpleName(), f.memberName());
            if (text.isEmpty() && !top) text = docs.shape(pojo.getSimpleName(), name);
            if (!text.isEmpty()) wrap(b, text, indent + "    ");
            List<String> allowed = MemberIndex.allowedValues(pojo, f);
            if (!allowed.isEmpty()) wrap(b, "Allowed values: '" + String.join("' | '", allowed) + "'", indent + "    ");
            Class<?> nested = MemberIndex.nestedClass(f);
            if (nested == null) continue;
            if (depth <= 1 || open.contains(nested)) {
                b.append(indent).append("    keys: ").append(String.join(", ", MemberIndex.nestedFields(f).keySet())).append('\n');
            } else {
                open.add(nested);
                members(b, docs, op, input, nested, MemberIndex.nestedFields(f), indent + "    ", depth - 1, open);
                open.remove(nested);
            }
        }
    }

    /** The required parameters, each with a value of its type: {@code , Map.of("Bucket", "string", "Key", "string")}. */
    private static String example(OperationModel op, Map<String, SdkField<?>> in, List<String> required) {
        List<String> pairs = new ArrayList<>();
        if (op.kind() == OperationModel.Kind.STREAMING_INPUT) pairs.add("\"Body\", \"hello\"");
        for (String name : required) {
            SdkField<?> f = in.get(name);
            if (f != null) pairs.add('"' + name + "\", " + sample(op.requestClass(), f, 2));
        }
        return pairs.isEmpty() ? "" : ", Map.of(" + String.join(", ", pairs) + ")";
    }

    private static String sample(Class<?> pojo, SdkField<?> f, int depth) {
        MarshallingType<?> t = f.marshallingType();
        if (t == MarshallingType.STRING) {
            List<String> allowed = MemberIndex.allowedValues(pojo, f);
            return '"' + (allowed.isEmpty() ? "string" : allowed.get(0)) + '"';
        }
        if (t == MarshallingType.INTEGER || t == MarshallingType.LONG || t == MarshallingType.SHORT) return "123";
        if (t == MarshallingType.DOUBLE || t == MarshallingType.FLOAT || t == MarshallingType.BIG_DECIMAL) return "1.5";
        if (t == MarshallingType.BOOLEAN) return "true";
        if (t == MarshallingType.INSTANT) return "Instant.parse(\"2026-01-01T00:00:00Z\")";
        if (t == MarshallingType.SDK_BYTES) return "\"bytes\".getBytes()";
        if (t == MarshallingType.LIST) return "List.of(" + sample(pojo, f.getTrait(ListTrait.class).memberFieldInfo(), depth) + ")";
        if (t == MarshallingType.MAP) return "Map.of(\"string\", " + sample(pojo, f.getTrait(MapTrait.class).valueFieldInfo(), depth) + ")";
        if (t == MarshallingType.SDK_POJO) {
            Class<?> nested = MemberIndex.nestedClass(f);
            Map<String, SdkField<?>> fields = MemberIndex.nestedFields(f);
            if (depth <= 0 || fields.isEmpty()) return "Map.of(...)";
            List<String> names = required(nested, fields);
            if (names.isEmpty()) names = List.of(fields.keySet().iterator().next());
            List<String> pairs = new ArrayList<>();
            for (String name : names) pairs.add('"' + name + "\", " + sample(nested, fields.get(name), depth - 1));
            return "Map.of(" + String.join(", ", pairs) + ")";
        }
        return "...";
    }

    private static void wrap(StringBuilder b, String text, String indent) {
        int width = Math.max(40, WIDTH - indent.length());
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                b.append(indent).append(line).append('\n');
                line.setLength(0);
            }
            if (line.length() > 0) line.append(' ');
            line.append(word);
        }
        if (line.length() > 0) b.append(indent).append(line).append('\n');
    }

    @Override public String toString() { return text; }
}
