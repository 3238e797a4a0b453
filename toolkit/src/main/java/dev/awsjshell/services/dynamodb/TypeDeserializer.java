package dev.awsjshell.services.dynamodb;

import dev.awsjshell.errors.ParamValidationError;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * boto3's {@code TypeDeserializer}: the client's form to a plain value, {@code deserialize(Map.of("N", "42"))} is
 * {@code BigDecimal 42}. N is BigDecimal, B is {@link Binary}, NS/SS/BS are Sets (in the order given), L a List, M a Map,
 * NULL null.
 */
public final class TypeDeserializer {
    @Override public String toString() { return "TypeDeserializer (DynamoDB's {\"S\": ...} form to plain values)"; }

    public Object deserialize(Map<String, ?> value) {
        Map.Entry<String, ?> typed = null;
        if (value != null) for (Map.Entry<String, ?> e : value.entrySet()) if (e.getValue() != null) { typed = e; break; }
        if (typed == null) {
            throw new ParamValidationError("TypeDeserializer.deserialize", List.of("Value must be a nonempty dictionary whose key is a valid dynamodb type."));
        }
        Object v = typed.getValue();
        return switch (typed.getKey()) {
            case "NULL" -> null;
            case "BOOL", "S" -> v;
            case "N" -> new BigDecimal(String.valueOf(v));
            case "B" -> binary(v);
            case "NS" -> set(v, x -> new BigDecimal(String.valueOf(x)));
            case "SS" -> set(v, String::valueOf);
            case "BS" -> set(v, TypeDeserializer::binary);
            case "L" -> {
                List<Object> l = new ArrayList<>();
                for (Object x : (List<?>) v) l.add(deserialize(cast(x)));
                yield l;
            }
            case "M" -> {
                Map<String, Object> m = new LinkedHashMap<>();
                ((Map<?, ?>) v).forEach((k, x) -> m.put(String.valueOf(k), deserialize(cast(x))));
                yield m;
            }
            default -> throw new ParamValidationError("TypeDeserializer.deserialize", List.of("Dynamodb type " + typed.getKey() + " is not supported"));
        };
    }

    private static Binary binary(Object v) {
        return v instanceof String s ? new Binary(java.util.Base64.getDecoder().decode(s)) : Binary.of(v);
    }

    private static <T> Set<T> set(Object v, java.util.function.Function<Object, T> each) {
        Set<T> out = new LinkedHashSet<>();
        for (Object x : (List<?>) v) out.add(each.apply(x));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> cast(Object m) {
        if (m instanceof Map<?, ?> map) return (Map<String, ?>) map;
        throw new ParamValidationError("TypeDeserializer.deserialize", List.of("Value must be a nonempty dictionary whose key is a valid dynamodb type; got " + m));
    }
}
