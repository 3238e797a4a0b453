package dev.awsjshell.services.dynamodb;

import dev.awsjshell.client.AwsClient;
import dev.awsjshell.errors.ParamValidationError;
import dev.awsjshell.response.AwsMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * boto3's {@code table.batch_writer()}: puts and deletes are buffered and sent 25 at a time through
 * {@code batch_write_item}; what DynamoDB leaves unprocessed is sent again; closing sends the rest.
 * <pre>{@code
 * try (var batch = table.batchWriter()) {
 *     for (int i = 0; i < 100; i++) batch.putItem(Map.of("Item", Map.of("id", "" + i)));
 * }                                                   // 4 requests
 * }</pre>
 * With {@code overwriteByPkeys} (the table's key names), a request for a key already in the buffer replaces the
 * earlier one, as DynamoDB refuses a batch that names one key twice. Safe to share between threads.
 */
public final class BatchWriter implements AutoCloseable {
    static final int FLUSH_AMOUNT = 25;
    private final AwsClient client;
    private final String table;
    private final List<String> overwriteByPkeys;
    private final List<Map<String, Object>> buffer = new ArrayList<>();

    BatchWriter(AwsClient client, String table, List<String> overwriteByPkeys) {
        this.client = client;
        this.table = table;
        this.overwriteByPkeys = overwriteByPkeys == null ? List.of() : List.copyOf(overwriteByPkeys);
    }

    /** {@code putItem(Map.of("Item", Map.of("id", "1", "n", 2)))}, as boto3's {@code put_item(Item=...)}. */
    public synchronized void putItem(Map<String, ?> params) { add("put_item", "PutRequest", "Item", params); }

    /** {@code deleteItem(Map.of("Key", Map.of("id", "1")))}, as boto3's {@code delete_item(Key=...)}. */
    public synchronized void deleteItem(Map<String, ?> params) { add("delete_item", "DeleteRequest", "Key", params); }

    /** Sends everything still buffered. */
    @Override public synchronized void close() {
        while (!buffer.isEmpty()) flush();
    }

    @Override public synchronized String toString() {
        return "dynamodb.Table(name='" + table + "').batch_writer(" + buffer.size() + " buffered)";
    }

    private void add(String operation, String kind, String member, Map<String, ?> params) {
        if (!(params.get(member) instanceof Map<?, ?> value) || params.size() != 1) {
            throw new ParamValidationError("batch_writer." + operation, List.of(operation + " takes one parameter, " + member
                    + ", a map of attribute names to values; got " + params.keySet()));
        }
        Map<String, Object> request = Map.of(kind, Map.of(member, value));
        if (!overwriteByPkeys.isEmpty()) buffer.removeIf(buffered -> samePkeys(buffered, value));
        buffer.add(request);
        if (buffer.size() >= FLUSH_AMOUNT) flush();
    }

    private boolean samePkeys(Map<String, Object> buffered, Map<?, ?> value) {
        Map<?, ?> other = buffered.containsKey("PutRequest") ? (Map<?, ?>) ((Map<?, ?>) buffered.get("PutRequest")).get("Item")
                : (Map<?, ?>) ((Map<?, ?>) buffered.get("DeleteRequest")).get("Key");
        for (String key : overwriteByPkeys) if (!Objects.equals(other.get(key), value.get(key))) return false;
        return true;
    }

    private void flush() {
        List<Map<String, Object>> sending = new ArrayList<>(buffer.subList(0, Math.min(FLUSH_AMOUNT, buffer.size())));
        buffer.subList(0, sending.size()).clear();
        AwsMap response = DynamoDbValues.call(client, "batch_write_item", Map.of("RequestItems", Map.of(table, sending)));
        if (response.get("UnprocessedItems") instanceof Map<?, ?> unprocessed && unprocessed.get(table) instanceof List<?> again) {
            for (Object request : again) buffer.add(castRequest(request));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castRequest(Object request) { return (Map<String, Object>) request; }
}
