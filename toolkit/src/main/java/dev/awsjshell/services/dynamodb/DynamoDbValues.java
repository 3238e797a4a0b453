package dev.awsjshell.services.dynamodb;

import dev.awsjshell.client.AwsClient;
import dev.awsjshell.errors.ParamValidationError;
import dev.awsjshell.response.AwsMap;

import software.amazon.awssdk.core.SdkBytes;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What boto3's DynamoDB resource does with its TypeSerializer and TypeDeserializer: items are plain values
 * ({@code Map.of("id", "1", "age", 42)}) on the way in and out of the item operations, not {@code {"S": "1"}}.
 * Numbers come back as BigDecimal (boto3's Decimal), sets as Sets, binary as byte[].
 */
final class DynamoDbValues {
    static final Set<String> ITEM_OPERATIONS = Set.of("put_item", "get_item", "delete_item", "update_item", "query", "scan",
            "batch_get_item", "batch_write_item");
    private static final Set<String> VALUE_MAPS = Set.of("Item", "Key", "ExclusiveStartKey", "ExpressionAttributeValues",
            "LastEvaluatedKey", "Attributes");
    private static final Set<String> VALUE_MAP_LISTS = Set.of("Items", "Keys");
    private static final Set<String> CONDITION_MAPS = Set.of("Expected", "AttributeUpdates", "KeyConditions", "QueryFilter", "ScanFilter");
    private static final Set<String> TYPE_KEYS = Set.of("S", "N", "B", "SS", "NS", "BS", "M", "L", "NULL", "BOOL");

    private DynamoDbValues() {}

    /** A call with plain values in and out, for the item operations; any other operation as it is. */
    static AwsMap call(AwsClient client, String operation, Map<String, Object> params) {
        if (!ITEM_OPERATIONS.contains(operation)) return client.call(operation, params);
        return deserializeResponse(client.call(operation, serializeRequest(operation, params)));
    }

    static Map<String, Object> serializeRequest(String operation, Map<String, ?> params) {
        return cast(walk(params, true, operation));
    }

    static AwsMap deserializeResponse(AwsMap response) {
        return new AwsMap(cast(walk(response, false, null)));
    }

    /** Finds the item maps by their member names, everywhere in the request or response, and converts their values. */
    private static Object walk(Object value, boolean serialize, String operation) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> {
                String key = String.valueOf(k);
                if (VALUE_MAPS.contains(key) && v instanceof Map<?, ?> item) out.put(key, values(item, serialize, operation));
                else if (VALUE_MAP_LISTS.contains(key) && v instanceof List<?> items) out.put(key, items.stream().map(i -> values((Map<?, ?>) i, serialize, operation)).toList());
                else if (CONDITION_MAPS.contains(key) && v instanceof Map<?, ?> conditions) out.put(key, conditions(conditions, serialize, operation));
                else out.put(key, walk(v, serialize, operation));
            });
            return out;
        }
        if (value instanceof List<?> l) return l.stream().map(v -> walk(v, serialize, operation)).toList();
        return value;
    }

    private static Map<String, Object> values(Map<?, ?> item, boolean serialize, String operation) {
        Map<String, Object> out = new LinkedHashMap<>();
        item.forEach((k, v) -> out.put(String.valueOf(k), serialize ? serialize(v, operation, String.valueOf(k)) : deserialize(v)));
        return out;
    }

    /** Legacy conditions: {@code {attr: {Value: v, AttributeValueList: [v...], ...}}}. */
    private static Map<String, Object> conditions(Map<?, ?> conditions, boolean serialize, String operation) {
        Map<String, Object> out = new LinkedHashMap<>();
        conditions.forEach((attr, c) -> {
            Map<String, Object> condition = new LinkedHashMap<>(cast(c));
            condition.computeIfPresent("Value", (k, v) -> serialize ? serialize(v, operation, (String) attr) : deserialize(v));
            condition.computeIfPresent("AttributeValueList", (k, v) -> ((List<?>) v).stream()
                    .map(x -> serialize ? serialize(x, operation, (String) attr) : deserialize(x)).toList());
            out.put(String.valueOf(attr), condition);
        });
        return out;
    }

    static Map<String, Object> serialize(Object v, String operation, String name) {
        if (v == null) return Map.of("NULL", true);
        if (v instanceof Boolean b) return Map.of("BOOL", b);
        if (v instanceof Float || v instanceof Double) {
            throw new ParamValidationError(operation, List.of("Float types are not supported. Use BigDecimal types instead (" + name + "=" + v + ")"));
        }
        if (v instanceof Number n) return Map.of("N", n instanceof BigDecimal d ? d.toPlainString() : n.toString());
        if (v instanceof String s) return Map.of("S", s);
        if (v instanceof byte[] || v instanceof SdkBytes || v instanceof ByteBuffer) return Map.of("B", v);
        if (v instanceof Set<?> set) {
            if (set.stream().allMatch(x -> x instanceof String)) return Map.of("SS", List.copyOf(set));
            if (set.stream().allMatch(x -> x instanceof Number && !(x instanceof Float || x instanceof Double))) {
                return Map.of("NS", set.stream().map(x -> x instanceof BigDecimal d ? d.toPlainString() : x.toString()).toList());
            }
            if (set.stream().allMatch(x -> x instanceof byte[] || x instanceof SdkBytes)) return Map.of("BS", List.copyOf(set));
        }
        if (v instanceof List<?> list) return Map.of("L", list.stream().map(x -> serialize(x, operation, name)).toList());
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> fields = new LinkedHashMap<>();
            m.forEach((k, x) -> fields.put(String.valueOf(k), serialize(x, operation, String.valueOf(k))));
            return Map.of("M", fields);
        }
        throw new ParamValidationError(operation, List.of("Unsupported type " + v.getClass().getSimpleName() + " for " + name
                + "; supported: String, Number (not float or double), Boolean, null, byte[], Set, List, Map"));
    }

    static Object deserialize(Object attributeValue) {
        if (!(attributeValue instanceof Map<?, ?> av)) return attributeValue;
        for (Map.Entry<?, ?> e : av.entrySet()) {
            Object v = e.getValue();
            if (v == null || !TYPE_KEYS.contains(String.valueOf(e.getKey()))) continue;
            switch (String.valueOf(e.getKey())) {
                case "S", "BOOL" -> { return v; }
                case "NULL" -> { if (Boolean.TRUE.equals(v)) return null; }
                case "N" -> { return new BigDecimal(String.valueOf(v)); }
                case "B" -> { return bytes(v); }
                case "SS" -> { if (!((List<?>) v).isEmpty()) return new LinkedHashSet<>((List<?>) v); }
                case "NS" -> { if (!((List<?>) v).isEmpty()) return new LinkedHashSet<>(((List<?>) v).stream().map(x -> new BigDecimal(String.valueOf(x))).toList()); }
                case "BS" -> { if (!((List<?>) v).isEmpty()) return new LinkedHashSet<>(((List<?>) v).stream().map(DynamoDbValues::bytes).toList()); }
                case "L" -> { if (!av.containsKey("M") || av.get("M") == null || ((Map<?, ?>) av.get("M")).isEmpty()) return new ArrayList<>(((List<?>) v).stream().map(DynamoDbValues::deserialize).toList()); }
                case "M" -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    ((Map<?, ?>) v).forEach((k, x) -> m.put(String.valueOf(k), deserialize(x)));
                    return m;
                }
                default -> { }
            }
        }
        return av.containsKey("M") ? Map.of() : av.containsKey("L") ? List.of() : null;
    }

    private static byte[] bytes(Object v) {
        if (v instanceof byte[] b) return b;
        if (v instanceof SdkBytes b) return b.asByteArray();
        if (v instanceof ByteBuffer b) return SdkBytes.fromByteBuffer(b).asByteArray();
        return Base64.getDecoder().decode(String.valueOf(v));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object m) { return (Map<String, Object>) m; }
}
