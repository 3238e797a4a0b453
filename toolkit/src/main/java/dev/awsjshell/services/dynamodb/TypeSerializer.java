package dev.awsjshell.services.dynamodb;

import dev.awsjshell.errors.ParamValidationError;

import software.amazon.awssdk.core.SdkBytes;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * boto3's {@code TypeSerializer}: a plain value to the client's form, {@code serialize("a")} is {@code {"S": "a"}}.
 * <pre>
 * null                           {"NULL": true}        Boolean        {"BOOL": b}
 * Integer, Long, BigDecimal, ... {"N": "42"}           String         {"S": s}
 * byte[], Binary, SdkBytes       {"B": bytes}          Set of numbers {"NS": [...]} (also the empty set, as boto3)
 * Set of strings                 {"SS": [...]}         Set of binary  {"BS": [...]}
 * Map                            {"M": {...}}          List           {"L": [...]}
 * </pre>
 * Float and Double are refused as boto3 refuses float (they do not round-trip: use BigDecimal), and so is a number
 * DynamoDB cannot hold exactly (more than 38 digits); any other type is a ParamValidationError naming it.
 */
public final class TypeSerializer {
    @Override public String toString() { return "TypeSerializer (plain values to DynamoDB's {\"S\": ...} form)"; }

    public Map<String, Object> serialize(Object value) {
        String type = dynamodbType(value);
        Object serialized = switch (type) {
            case "NULL" -> true;
            case "BOOL", "S" -> value;
            case "N" -> number(value);
            case "B" -> Binary.of(value).value();
            case "NS" -> ((Set<?>) value).stream().map(TypeSerializer::number).toList();
            case "SS" -> List.copyOf((Set<?>) value);
            case "BS" -> ((Set<?>) value).stream().map(b -> (Object) Binary.of(b).value()).toList();
            case "M" -> {
                Map<String, Object> m = new LinkedHashMap<>();
                ((Map<?, ?>) value).forEach((k, v) -> m.put(String.valueOf(k), serialize(v)));
                yield m;
            }
            default -> {
                List<Object> l = new ArrayList<>();
                for (Object v : (List<?>) value) l.add(serialize(v));
                yield l;
            }
        };
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(type, serialized);
        return out;
    }

    private static String dynamodbType(Object value) {
        if (value == null) return "NULL";
        if (value instanceof Boolean) return "BOOL";
        if (isNumber(value)) return "N";
        if (value instanceof String) return "S";
        if (isBinary(value)) return "B";
        if (value instanceof Set<?> set) {
            if (set.stream().allMatch(TypeSerializer::isNumber)) return "NS";
            if (set.stream().allMatch(v -> v instanceof String)) return "SS";
            if (set.stream().allMatch(TypeSerializer::isBinary)) return "BS";
        }
        if (value instanceof Map<?, ?>) return "M";
        if (value instanceof List<?>) return "L";
        throw new ParamValidationError("TypeSerializer.serialize", List.of("Unsupported type \"" + value.getClass().getName() + "\" for value \"" + value + "\""));
    }

    private static boolean isNumber(Object value) {
        if (value instanceof Float || value instanceof Double) {
            throw new ParamValidationError("TypeSerializer.serialize", List.of("Float types are not supported. Use BigDecimal types instead (got " + value + ")"));
        }
        return value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger || value instanceof BigDecimal;
    }

    private static boolean isBinary(Object value) {
        return value instanceof byte[] || value instanceof Binary || value instanceof SdkBytes || value instanceof ByteBuffer;
    }

    /** As boto3's DYNAMODB_CONTEXT: 38 digits, exponents -128..126, nothing rounded. */
    private static String number(Object value) {
        BigDecimal d = value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
        if (d.precision() > 38) {
            throw new ParamValidationError("TypeSerializer.serialize", List.of("Number " + value + " has more than the 38 digits DynamoDB holds (boto3: decimal.Rounded)"));
        }
        if (d.signum() != 0 && (d.precision() - d.scale() - 1 > 126 || d.scale() > 165)) {
            throw new ParamValidationError("TypeSerializer.serialize", List.of("Number " + value + " is out of DynamoDB's range (boto3: decimal.Overflow or Underflow)"));
        }
        return d.toString();
    }
}
