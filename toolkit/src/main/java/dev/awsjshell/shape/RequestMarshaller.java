package dev.awsjshell.shape;

import dev.awsjshell.model.Required;
import dev.awsjshell.util.Names;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.traits.RequiredTrait;
import software.amazon.awssdk.utils.builder.SdkBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps keyed by boto3's member names to the SDK's request objects, through the SDK's own {@link SdkField} metadata.
 * Every problem is collected before anything is built, as botocore's validator does.
 */
public final class RequestMarshaller {
    private RequestMarshaller() {}

    /** A request object built from a map; every problem found goes into {@code problems}, and then null is returned. */
    public static Object toRequest(Class<?> requestClass, Map<String, ?> params, List<String> problems) {
        return toRequest(requestClass, params, problems, true);
    }

    /**
     * The same; with {@code checkRequired} false (botocore's {@code parameter_validation=False}), missing required
     * members are left for the service to refuse. Unknown members and wrong types are problems still: the SDK's
     * request objects cannot hold them.
     */
    public static Object toRequest(Class<?> requestClass, Map<String, ?> params, List<String> problems, boolean checkRequired) {
        SdkPojo builder = MemberIndex.newBuilder(requestClass);
        fill(builder, requestClass, params, "", problems);
        if (!checkRequired) problems.removeIf(p -> p.startsWith("Missing required parameter"));
        if (checkRequired) for (String member : Required.of(requestClass)) {
            String problem = "Missing required parameter in input: \"" + member + "\"";
            if (params.get(member) == null && !problems.contains(problem)) problems.add(problem);
        }
        return problems.isEmpty() ? ((SdkBuilder<?, ?>) builder).build() : null;
    }

    private static void fill(SdkPojo builder, Class<?> pojoClass, Map<String, ?> params, String path, List<String> problems) {
        Map<String, SdkField<?>> fields = MemberIndex.fields(pojoClass, () -> builder);
        for (Map.Entry<String, ?> e : params.entrySet()) {
            SdkField<?> field = fields.get(e.getKey());
            if (field == null) {
                List<String> close = Names.closest(e.getKey(), fields.keySet(), 2);
                problems.add("Unknown parameter in " + where(path) + ": \"" + e.getKey() + "\", must be one of: "
                        + String.join(", ", fields.keySet()) + (close.isEmpty() ? "" : " (did you mean " + String.join(" or ", close) + "?)"));
                continue;
            }
            if (e.getValue() == null) continue;
            Object value = toSdk(field, e.getValue(), join(path, e.getKey()), problems);
            if (value != null) field.set(builder, value);
        }
        for (Map.Entry<String, SdkField<?>> f : fields.entrySet()) {
            boolean required = f.getValue().containsTrait(RequiredTrait.class) || (!path.isEmpty() && Required.of(pojoClass).contains(f.getKey()));
            if (required && params.get(f.getKey()) == null) {
                problems.add("Missing required parameter in " + where(path) + ": \"" + f.getKey() + "\"");
            }
        }
    }

    private static Object toSdk(SdkField<?> field, Object value, String path, List<String> problems) {
        MarshallingType<?> type = field.marshallingType();
        if (type == MarshallingType.SDK_POJO) {
            if (!(value instanceof Map<?, ?> m)) return wrongType(path, value, "Map", problems);
            SdkPojo nested = field.constructor().get();
            fill(nested, MemberIndex.builtClass(nested), cast(m), path, problems);
            return problems.isEmpty() ? ((SdkBuilder<?, ?>) nested).build() : null;
        }
        if (type == MarshallingType.LIST) {
            Collection<?> items = value instanceof Collection<?> c ? c : value instanceof Object[] a ? List.of(a) : null;
            if (items == null) return wrongType(path, value, "List", problems);
            SdkField<?> member = field.getTrait(ListTrait.class).memberFieldInfo();
            List<Object> out = new ArrayList<>();
            int i = 0;
            for (Object item : items) out.add(toSdk(member, item, path + "[" + i++ + "]", problems));
            return out;
        }
        if (type == MarshallingType.MAP) {
            if (!(value instanceof Map<?, ?> m)) return wrongType(path, value, "Map", problems);
            SdkField<?> member = field.getTrait(MapTrait.class).valueFieldInfo();
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), toSdk(member, v, path + "." + k, problems)));
            return out;
        }
        return scalar(type, value, path, problems);
    }

    private static Object scalar(MarshallingType<?> type, Object value, String path, List<String> problems) {
        if (type == MarshallingType.STRING) {
            return value instanceof CharSequence || value instanceof Enum<?> ? value.toString() : wrongType(path, value, "String", problems);
        }
        if (type == MarshallingType.INTEGER) {
            return isIntegral(value) && fitsInt(((Number) value).longValue()) ? ((Number) value).intValue() : wrongType(path, value, "Integer", problems);
        }
        if (type == MarshallingType.LONG) return isIntegral(value) ? ((Number) value).longValue() : wrongType(path, value, "Long", problems);
        if (type == MarshallingType.SHORT) return isIntegral(value) ? ((Number) value).shortValue() : wrongType(path, value, "Short", problems);
        if (type == MarshallingType.BYTE) return isIntegral(value) ? ((Number) value).byteValue() : wrongType(path, value, "Byte", problems);
        if (type == MarshallingType.DOUBLE) return value instanceof Number n ? n.doubleValue() : wrongType(path, value, "Double", problems);
        if (type == MarshallingType.FLOAT) return value instanceof Number n ? n.floatValue() : wrongType(path, value, "Float", problems);
        if (type == MarshallingType.BIG_DECIMAL) return value instanceof Number n ? new BigDecimal(n.toString()) : wrongType(path, value, "BigDecimal", problems);
        if (type == MarshallingType.BOOLEAN) return value instanceof Boolean ? value : wrongType(path, value, "Boolean", problems);
        if (type == MarshallingType.INSTANT) return instant(value, path, problems);
        if (type == MarshallingType.SDK_BYTES) return bytes(value, path, problems);
        if (type == MarshallingType.DOCUMENT) return document(value);
        return wrongType(path, value, type.toString(), problems);
    }

    private static Object instant(Object value, String path, List<String> problems) {
        if (value instanceof Instant i) return i;
        if (value instanceof Date d) return d.toInstant();
        if (value instanceof ZonedDateTime z) return z.toInstant();
        if (value instanceof OffsetDateTime o) return o.toInstant();
        if (value instanceof Number n) return Instant.ofEpochMilli(Math.round(n.doubleValue() * 1000));
        if (value instanceof String s) {
            try {
                return Instant.parse(s);
            } catch (DateTimeParseException e) {
                problems.add("Invalid timestamp for parameter " + path + ", value: " + s + ", valid formats: ISO-8601 (2026-01-31T12:00:00Z) or epoch seconds");
                return null;
            }
        }
        return wrongType(path, value, "Instant, ISO-8601 String or epoch seconds", problems);
    }

    private static Object bytes(Object value, String path, List<String> problems) {
        if (value instanceof SdkBytes b) return b;
        if (value instanceof byte[] b) return SdkBytes.fromByteArray(b);
        if (value instanceof String s) return SdkBytes.fromString(s, StandardCharsets.UTF_8);
        if (value instanceof ByteBuffer b) return SdkBytes.fromByteBuffer(b);
        if (value instanceof InputStream in) {
            try (in) {
                return SdkBytes.fromByteArray(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return wrongType(path, value, "byte[], String, ByteBuffer or InputStream", problems);
    }

    private static Document document(Object value) {
        if (value == null) return Document.fromNull();
        if (value instanceof Map<?, ?> m) {
            Map<String, Document> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), document(v)));
            return Document.fromMap(out);
        }
        if (value instanceof Collection<?> c) return Document.fromList(c.stream().map(RequestMarshaller::document).toList());
        if (value instanceof Boolean b) return Document.fromBoolean(b);
        if (value instanceof Number n) return Document.fromNumber(n.toString());
        return Document.fromString(value.toString());
    }

    private static Object wrongType(String path, Object value, String valid, List<String> problems) {
        problems.add("Invalid type for parameter " + path + ", value: " + value + ", type: " + value.getClass().getSimpleName()
                + ", valid types: " + valid);
        return null;
    }

    private static boolean isIntegral(Object v) {
        return v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte || v instanceof BigInteger;
    }

    private static boolean fitsInt(long v) { return v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE; }

    private static String where(String path) { return path.isEmpty() ? "input" : path; }

    private static String join(String path, String key) { return path.isEmpty() ? key : path + "." + key; }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> cast(Map<?, ?> m) { return (Map<String, ?>) m; }
}
