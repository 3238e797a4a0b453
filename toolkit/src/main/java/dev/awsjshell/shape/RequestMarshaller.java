package dev.awsjshell.shape;

import dev.awsjshell.model.Limits;
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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Maps keyed by boto3's member names to the SDK's request objects, through the SDK's own {@link SdkField} metadata.
 * Every problem is collected before anything is built, as botocore's validator does: unknown names, missing required
 * members, wrong types, nulls (boto3 refuses None, in a member as in a list or map), botocore's minimums ({@link Limits}), and what botocore would send
 * but the SDK cannot (a number beyond the member's Java type).
 */
public final class RequestMarshaller {
    /** How much of a bad value a message quotes. */
    private static final int SHOWN = 200;
    /** botocore takes a number as epoch seconds and refuses one past Python's last datetime, 9999-12-31T23:59:59Z. */
    private static final long LAST_EPOCH_SECOND = 253402300799L;

    private RequestMarshaller() {}

    /** A request object built from a map; every problem found goes into {@code problems}, and then null is returned. */
    public static Object toRequest(Class<?> requestClass, Map<String, ?> params, List<String> problems) {
        return toRequest(requestClass, params, problems, true);
    }

    /**
     * The same; with {@code checkRequired} false (botocore's {@code parameter_validation=False}), missing required
     * members are left for the service to refuse, and a null member is left out. Unknown members and wrong types are
     * problems still: the SDK's request objects cannot hold them.
     */
    public static Object toRequest(Class<?> requestClass, Map<String, ?> params, List<String> problems, boolean checkRequired) {
        SdkPojo builder = MemberIndex.newBuilder(requestClass);
        fill(builder, requestClass, params, "", problems);
        // Without validation boto3 sends a None as null; the SDK's request objects leave it out.
        if (!checkRequired) problems.removeIf(p -> p.startsWith("Missing required parameter") || p.contains(A_NULL));
        if (checkRequired) for (String member : Required.of(requestClass)) {
            String problem = "Missing required parameter in input: \"" + member + "\"";
            if (!params.containsKey(member) && !problems.contains(problem)) problems.add(problem);
        }
        return problems.isEmpty() ? ((SdkBuilder<?, ?>) builder).build() : null;
    }

    private static void fill(SdkPojo builder, Class<?> pojoClass, Map<String, ?> params, String path, List<String> problems) {
        Map<String, SdkField<?>> fields = MemberIndex.fields(pojoClass, () -> builder);
        Map<String, BigDecimal> minimums = Limits.of(pojoClass);
        for (Map.Entry<String, ?> e : params.entrySet()) {
            SdkField<?> field = fields.get(e.getKey());
            if (field == null) {
                List<String> close = Names.closest(e.getKey(), fields.keySet(), 2);
                problems.add("Unknown parameter in " + where(path) + ": \"" + e.getKey() + "\", must be one of: "
                        + String.join(", ", fields.keySet()) + (close.isEmpty() ? "" : " (did you mean " + String.join(" or ", close) + "?)"));
                continue;
            }
            if (e.getValue() == null && field.marshallingType() != MarshallingType.DOCUMENT) {   // boto3 refuses None
                wrongType(join(path, e.getKey()), null, validTypes(field), problems);
                continue;
            }
            if (e.getValue() == null) continue;
            int before = problems.size();
            Object value = toSdk(field, e.getValue(), join(path, e.getKey()), problems);
            BigDecimal min = minimums.get(e.getKey());
            if (min != null && problems.size() == before) checkMin(value, min, join(path, e.getKey()), problems);
            if (value != null) field.set(builder, value);
        }
        for (Map.Entry<String, SdkField<?>> f : fields.entrySet()) {
            boolean required = f.getValue().containsTrait(RequiredTrait.class) || (!path.isEmpty() && Required.of(pojoClass).contains(f.getKey()));
            if (required && !params.containsKey(f.getKey())) {
                problems.add("Missing required parameter in " + where(path) + ": \"" + f.getKey() + "\"");
            }
        }
    }

    /** botocore's range_check: the length of a string, list or map, or the value of a number. */
    private static void checkMin(Object value, BigDecimal min, String path, List<String> problems) {
        Integer length = value instanceof String s ? Integer.valueOf(s.length()) : value instanceof Collection<?> c ? Integer.valueOf(c.size())
                : value instanceof Map<?, ?> m ? Integer.valueOf(m.size()) : null;
        if (length != null && min.compareTo(BigDecimal.valueOf(length)) > 0) {
            problems.add("Invalid length for parameter " + path + ", value: " + length + ", valid min length: " + min.toPlainString());
        } else if (value instanceof Number n && !(value instanceof Double d && d.isNaN()) && new BigDecimal(n.toString()).compareTo(min) < 0) {
            problems.add("Invalid value for parameter " + path + ", value: " + n + ", valid min value: " + min.toPlainString());
        }
    }

    private static Object toSdk(SdkField<?> field, Object value, String path, List<String> problems) {
        MarshallingType<?> type = field.marshallingType();
        if (value == null && type != MarshallingType.DOCUMENT) return wrongType(path, null, validTypes(field), problems);
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
            m.forEach((k, v) -> {
                if (!(k instanceof CharSequence) && !(k instanceof Enum<?>)) wrongType(path + " (key: " + k + ")", k, "String", problems);
                else out.put(k.toString(), toSdk(member, v, path + "." + k, problems));
            });
            return out;
        }
        return scalar(type, value, path, problems);
    }

    private static Object scalar(MarshallingType<?> type, Object value, String path, List<String> problems) {
        if (type == MarshallingType.STRING) {
            return value instanceof CharSequence || value instanceof Enum<?> ? value.toString() : wrongType(path, value, "String", problems);
        }
        if (type == MarshallingType.INTEGER) return integral(value, Integer.MIN_VALUE, Integer.MAX_VALUE, "Integer", path, problems, Number::intValue);
        if (type == MarshallingType.LONG) return integral(value, Long.MIN_VALUE, Long.MAX_VALUE, "Long", path, problems, Number::longValue);
        if (type == MarshallingType.SHORT) return integral(value, Short.MIN_VALUE, Short.MAX_VALUE, "Short", path, problems, Number::shortValue);
        if (type == MarshallingType.BYTE) return integral(value, Byte.MIN_VALUE, Byte.MAX_VALUE, "Byte", path, problems, Number::byteValue);
        if (type == MarshallingType.DOUBLE) return floating(value, Double.MAX_VALUE, "Double", path, problems, Number::doubleValue);
        if (type == MarshallingType.FLOAT) return floating(value, Float.MAX_VALUE, "Float", path, problems, Number::floatValue);
        if (type == MarshallingType.BIG_DECIMAL) return value instanceof Number n ? new BigDecimal(n.toString()) : wrongType(path, value, "BigDecimal", problems);
        if (type == MarshallingType.BOOLEAN) return value instanceof Boolean ? value : wrongType(path, value, "Boolean", problems);
        if (type == MarshallingType.INSTANT) return instant(value, path, problems);
        if (type == MarshallingType.SDK_BYTES) return bytes(value, path, problems);
        if (type == MarshallingType.DOCUMENT) return document(value);
        return wrongType(path, value, type.toString(), problems);
    }

    /**
     * A whole number that fits the member's Java type. botocore sends any Python int; a larger one cannot be sent by
     * the SDK, which would wrap it (2^70 as 0), so it is refused with the range.
     */
    private static Object integral(Object value, long min, long max, String javaType, String path, List<String> problems,
                                   Function<Number, Object> convert) {
        if (!isIntegral(value)) return wrongType(path, value, "Integer, Long or BigInteger (a whole number)", problems);
        BigInteger v = value instanceof BigInteger b ? b : BigInteger.valueOf(((Number) value).longValue());
        if (v.compareTo(BigInteger.valueOf(min)) < 0 || v.compareTo(BigInteger.valueOf(max)) > 0) {
            problems.add("Invalid range for parameter " + path + ", value: " + show(v) + ", valid range: " + min + " to " + max
                    + " (the member is a " + javaType + " in the SDK, which cannot send a number outside it)");
            return null;
        }
        return convert.apply(v);
    }

    private static Object floating(Object value, double max, String javaType, String path, List<String> problems,
                                   Function<Number, Object> convert) {
        if (!(value instanceof Number n)) return wrongType(path, value, "Double, Float, BigDecimal or a whole number", problems);
        boolean infiniteAlready = (n instanceof Double d && d.isInfinite()) || (n instanceof Float f && f.isInfinite());
        if (!infiniteAlready && Math.abs(n.doubleValue()) > max) {
            problems.add("Invalid range for parameter " + path + ", value: " + show(n) + ", valid range: -" + max + " to " + max
                    + " (the member is a " + javaType + " in the SDK)");
            return null;
        }
        return convert.apply(n);
    }

    private static Object instant(Object value, String path, List<String> problems) {
        if (value instanceof Instant i) return i;
        if (value instanceof Date d) return d.toInstant();
        if (value instanceof ZonedDateTime z) return z.toInstant();
        if (value instanceof OffsetDateTime o) return o.toInstant();
        if (value instanceof Number n) return epochSeconds(n, path, problems);
        if (value instanceof String s) {
            Instant parsed = parseTimestamp(s.trim());
            if (parsed != null) return parsed;
            problems.add("Invalid timestamp for parameter " + path + ", value: " + show(s)
                    + ", valid formats: ISO-8601 (2026-01-31T12:00:00Z, 2026-01-31) or epoch seconds");
            return null;
        }
        return wrongType(path, value, "Instant, ISO-8601 String or epoch seconds", problems);
    }

    /** A number is epoch seconds, as in botocore; one past the year 9999 is refused, naming milliseconds when it reads as such. */
    private static Object epochSeconds(Number n, String path, List<String> problems) {
        double seconds = n.doubleValue();
        if (Double.isFinite(seconds) && Math.abs(seconds) <= LAST_EPOCH_SECOND) return Instant.ofEpochMilli(Math.round(seconds * 1000));
        String asMillis = Double.isFinite(seconds) && Math.abs(seconds / 1000) <= LAST_EPOCH_SECOND
                ? "; as epoch milliseconds it would be " + Instant.ofEpochMilli(Math.round(seconds)) + ": give seconds (Instant.ofEpochMilli(v) or v / 1000)"
                : "";
        problems.add("Invalid timestamp for parameter " + path + ", value: " + show(n) + ": a number is epoch seconds, and this is after the year 9999"
                + asMillis + "; valid types: Instant, Date, ZonedDateTime, OffsetDateTime, ISO-8601 String, epoch seconds");
        return null;
    }

    /** The strings botocore's parse_timestamp takes: ISO-8601 with or without an offset (UTC when none), a date, epoch seconds. */
    private static Instant parseTimestamp(String s) {
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            // try the next form
        }
        if (s.matches("-?[0-9]+(\\.[0-9]+)?")) {
            BigDecimal seconds = new BigDecimal(s);
            if (seconds.abs().compareTo(BigDecimal.valueOf(LAST_EPOCH_SECOND)) <= 0) return Instant.ofEpochMilli(seconds.movePointRight(3).longValue());
        }
        return null;
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

    private static final String A_NULL = ", value: null, type: null, ";

    private static Object wrongType(String path, Object value, String valid, List<String> problems) {
        problems.add("Invalid type for parameter " + path + (value == null ? A_NULL : ", value: " + show(value) + ", type: "
                + value.getClass().getSimpleName() + ", ") + "valid types: " + valid);
        return null;
    }

    /** The valid Java types of a member, for a message. */
    private static String validTypes(SdkField<?> field) {
        MarshallingType<?> type = field.marshallingType();
        if (type == MarshallingType.SDK_POJO || type == MarshallingType.MAP) return "Map";
        if (type == MarshallingType.LIST) return "List";
        if (type == MarshallingType.STRING) return "String";
        if (type == MarshallingType.BOOLEAN) return "Boolean";
        if (type == MarshallingType.INSTANT) return "Instant, ISO-8601 String or epoch seconds";
        if (type == MarshallingType.SDK_BYTES) return "byte[], String, ByteBuffer or InputStream";
        if (type == MarshallingType.DOCUMENT) return "a document value";
        return "Number";
    }

    /** A value as a message quotes it: cut to a few hundred characters. */
    public static String show(Object value) {
        String s = String.valueOf(value);
        return s.length() <= SHOWN ? s : s.substring(0, SHOWN) + "... (" + s.length() + " characters)";
    }

    private static boolean isIntegral(Object v) {
        return v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte || v instanceof BigInteger;
    }

    private static String where(String path) { return path.isEmpty() ? "input" : path; }

    private static String join(String path, String key) { return path.isEmpty() ? key : path + "." + key; }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> cast(Map<?, ?> m) { return (Map<String, ?>) m; }
}
