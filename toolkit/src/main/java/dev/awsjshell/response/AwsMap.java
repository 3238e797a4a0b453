package dev.awsjshell.response;

import dev.awsjshell.display.Pretty;
import dev.awsjshell.display.Table;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A response, or a part of one, keyed as boto3 keys it: read-only, ordered, and printed readably.
 * Values are plain Java: String, Number, Boolean, Instant, byte[], List, AwsMap, or a {@link StreamingBody}.
 */
public final class AwsMap extends AbstractMap<String, Object> {
    private final Map<String, Object> entries;

    public AwsMap(Map<String, ?> entries) {
        this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    private AwsMap(LinkedHashMap<String, Object> owned, boolean ownedByThisMap) {
        this.entries = Collections.unmodifiableMap(owned);
    }

    /** A map just built that no one else holds, without copying it: what the response conversion makes per call. */
    public static AwsMap adopt(LinkedHashMap<String, Object> entries) { return new AwsMap(entries, true); }

    public static AwsMap of(Map<String, ?> entries) {
        return entries instanceof AwsMap m ? m : new AwsMap(entries);
    }

    @Override public Set<Entry<String, Object>> entrySet() { return entries.entrySet(); }
    @Override public Object get(Object key) { return entries.get(key); }
    @Override public boolean containsKey(Object key) { return entries.containsKey(key); }
    @Override public int size() { return entries.size(); }

    /** The value at a key as a nested map; an empty one where the key is absent. */
    public AwsMap map(String key) {
        Object v = entries.get(key);
        return v instanceof Map<?, ?> m ? of(castMap(m)) : new AwsMap(Map.of());
    }

    /** A JMESPath expression evaluated on this map, as boto3's paginator {@code search} does: {@code search("Contents[].Key")}. */
    public Object search(String expression) {
        JsonNode result = Json.search(expression, this);
        return Json.toJava(result);
    }

    /** The list at a key as an aligned text table: {@code response.table("Contents")}. */
    public Table table(String key) {
        Object v = entries.get(key);
        if (v instanceof Iterable<?> items) return Table.of(items);
        throw new IllegalArgumentException("'" + key + "' is not a list; keys: " + entries.keySet());
    }

    /** The body of a streaming response (S3 get_object's {@code Body}). */
    public StreamingBody body(String key) {
        Object v = entries.get(key);
        if (v instanceof StreamingBody b) return b;
        throw new IllegalArgumentException("'" + key + "' is not a streaming body; keys: " + entries.keySet());
    }

    /** The same data without ResponseMetadata: what a user usually wants to look at. */
    public AwsMap withoutMetadata() {
        Map<String, Object> copy = new LinkedHashMap<>(entries);
        copy.remove("ResponseMetadata");
        return new AwsMap(copy);
    }

    @Override public String toString() { return Pretty.format(this); }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> castMap(Map<?, ?> m) { return (Map<String, ?>) m; }
}
