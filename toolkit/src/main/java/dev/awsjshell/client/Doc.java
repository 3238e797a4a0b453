package dev.awsjshell.client;

import dev.awsjshell.model.OperationModel;
import dev.awsjshell.shape.MemberIndex;

import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.traits.RequiredTrait;

import java.util.Map;

/** An operation's documentation, from the SDK's model metadata: parameters (required marked), types, response keys. */
public record Doc(String operation, String text) {
    static Doc of(OperationModel op) {
        StringBuilder b = new StringBuilder();
        b.append(op.service().name()).append('.').append(op.snakeName()).append("(params)   [").append(op.name()).append("]\n");
        b.append("Parameters:\n");
        Map<String, SdkField<?>> in = MemberIndex.fields(op.requestClass());
        if (op.kind() == OperationModel.Kind.STREAMING_INPUT) b.append("  Body (String, byte[], Path or InputStream) -- the payload\n");
        if (in.isEmpty() && op.kind() != OperationModel.Kind.STREAMING_INPUT) b.append("  (none)\n");
        fields(b, in, "  ", 2, true);
        b.append("Returns: a map with keys\n");
        if (op.kind() == OperationModel.Kind.STREAMING_OUTPUT) b.append("  Body (StreamingBody) -- read(), text() or stream()\n");
        fields(b, MemberIndex.fields(op.responseClass()), "  ", 1, false);
        if (op.kind() == OperationModel.Kind.EVENT_STREAM) {
            b.append("  ").append(op.eventStreamMember()).append(" (EventStream) -- iterate it: each event is a map of one key, ")
                    .append(String.join(", ", EventStreamCall.eventNames(op))).append('\n');
        }
        b.append("  ResponseMetadata (map)\n");
        return new Doc(op.snakeName(), b.toString());
    }

    private static void fields(StringBuilder b, Map<String, SdkField<?>> fields, String indent, int depth, boolean markRequired) {
        for (Map.Entry<String, SdkField<?>> e : fields.entrySet()) {
            SdkField<?> f = e.getValue();
            b.append(indent).append(e.getKey()).append(" (").append(MemberIndex.typeName(f)).append(')');
            if (markRequired && f.containsTrait(RequiredTrait.class)) b.append(" -- [REQUIRED]");
            Map<String, SdkField<?>> nested = MemberIndex.nestedFields(f);
            if (!nested.isEmpty() && depth <= 1) b.append(": ").append(String.join(", ", nested.keySet()));
            b.append('\n');
            if (!nested.isEmpty() && depth > 1) fields(b, nested, indent + "    ", depth - 1, markRequired);
        }
    }

    @Override public String toString() { return text; }
}
