package dev.awsjshell.services.dynamodb;

import dev.awsjshell.client.AwsClient;
import dev.awsjshell.errors.ParamValidationError;
import dev.awsjshell.response.AwsMap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What boto3's DynamoDB resource does (boto3's {@code dynamodb/transform.py}): items are plain values
 * ({@code Map.of("id", "1", "age", 42)}) on the way in and out of the item operations, not {@code {"S": "1"}}, through
 * {@link TypeSerializer} and {@link TypeDeserializer}; and a {@link Condition} in {@code KeyConditionExpression},
 * {@code FilterExpression} or {@code ConditionExpression} becomes its expression string, its placeholders merged into
 * {@code ExpressionAttributeNames} and {@code ExpressionAttributeValues}.
 * Numbers come back as BigDecimal (boto3's Decimal), sets as Sets, binary as {@link Binary}.
 */
final class DynamoDbValues {
    static final Set<String> ITEM_OPERATIONS = Set.of("put_item", "get_item", "delete_item", "update_item", "query", "scan",
            "batch_get_item", "batch_write_item");
    private static final Set<String> VALUE_MAPS = Set.of("Item", "Key", "ExclusiveStartKey", "ExpressionAttributeValues",
            "LastEvaluatedKey", "Attributes");
    private static final Set<String> VALUE_MAP_LISTS = Set.of("Items", "Keys");
    private static final Set<String> CONDITION_MAPS = Set.of("Expected", "AttributeUpdates", "KeyConditions", "QueryFilter", "ScanFilter");
    /** The members of botocore's ConditionExpression shape, then of its KeyExpression shape: boto3 builds them in that order. */
    private static final List<String> CONDITION_EXPRESSIONS = List.of("ConditionExpression", "FilterExpression");
    private static final String KEY_EXPRESSION = "KeyConditionExpression";
    private static final TypeSerializer SERIALIZER = new TypeSerializer();
    private static final TypeDeserializer DESERIALIZER = new TypeDeserializer();

    private DynamoDbValues() {}

    /** A call with plain values in and out, for the item operations; any other operation as it is. */
    static AwsMap call(AwsClient client, String operation, Map<String, Object> params) {
        if (!ITEM_OPERATIONS.contains(operation)) return client.call(operation, params);
        return deserializeResponse(client.call(operation, serializeRequest(operation, injectConditions(params))));
    }

    /** boto3's {@code inject_condition_expressions}: one builder per request, so placeholders never repeat. */
    static Map<String, Object> injectConditions(Map<String, ?> params) {
        Map<String, Object> out = new LinkedHashMap<>(params);
        ConditionExpressionBuilder builder = new ConditionExpressionBuilder();
        Map<String, Object> names = new LinkedHashMap<>();
        Map<String, Object> values = new LinkedHashMap<>();
        List<String> members = new ArrayList<>(CONDITION_EXPRESSIONS);
        members.add(KEY_EXPRESSION);
        for (String member : members) {
            if (!(out.get(member) instanceof Condition condition)) continue;
            BuiltConditionExpression built = builder.buildExpression(condition, member.equals(KEY_EXPRESSION));
            out.put(member, built.conditionExpression());
            names.putAll(built.attributeNamePlaceholders());
            values.putAll(built.attributeValuePlaceholders());
        }
        merge(out, "ExpressionAttributeNames", names);
        merge(out, "ExpressionAttributeValues", values);
        return out;
    }

    private static void merge(Map<String, Object> params, String member, Map<String, Object> generated) {
        if (params.get(member) instanceof Map<?, ?> given) {
            Map<String, Object> merged = new LinkedHashMap<>(cast(given));
            merged.putAll(generated);
            params.put(member, merged);
        } else if (!generated.isEmpty()) {
            params.put(member, generated);
        }
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
        try {
            return SERIALIZER.serialize(v);
        } catch (ParamValidationError e) {
            throw new ParamValidationError(operation, e.problems().stream().map(p -> p + " (" + name + ")").toList());
        }
    }

    static Object deserialize(Object attributeValue) {
        return attributeValue instanceof Map<?, ?> av ? DESERIALIZER.deserialize(cast(av)) : attributeValue;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object m) { return (Map<String, Object>) m; }
}
