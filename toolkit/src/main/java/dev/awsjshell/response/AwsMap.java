package dev.awsjshell.response;

import dev.awsjshell.display.Pretty;
import dev.awsjshell.display.Table;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A response, or a part of one, keyed as boto3 keys it: read-only, ordered, and printed readably.
 * Values are plain Java: String, Number, Boolean, Instant, byte[], List, AwsMap, or a {@link StreamingBody}.
 * <p>
 * {@link #get(Object)} is the Map's own lookup of one key (keys may hold dots: S3 metadata, DynamoDB attribute names).
 * Nested values are read by path, without casts, with {@link #path}, the typed accessors ({@code string}, {@code integer},
 * {@code longValue}, {@code decimal}, {@code bool}, {@code instant}, {@code map}, {@code maps}, {@code list},
 * {@code strings}) and {@link #search}; each takes a JMESPath expression, the simple ones being
 * {@code "Messages[0].ReceiptHandle"} or {@code "Contents[].Key"}. An absent path gives null (an empty map or list for
 * {@code map}, {@code maps}, {@code list}, {@code strings}); a value of another type is an IllegalArgumentException
 * naming the path and what it holds.
 */
public final class AwsMap extends AbstractMap<String, Object> {
    private static final Pattern PLAIN_NAME = Pattern.compile("[^.\\[\\]|&?*@(){}'\"`=<>!,:]+");
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

    /** The map at a key or path ({@code map("Owner")}, {@code map("Messages[0].Attributes")}); an empty one where absent. */
    public AwsMap map(String path) {
        Object v = lookup(path);
        if (v == null) return new AwsMap(Map.of());
        if (v instanceof Map<?, ?> m) return of(castMap(m));
        throw wrongType(path, v, "a map");
    }

    /** A JMESPath expression evaluated on this map, as boto3's {@code jmespath.search(expression, response)}. */
    public Object search(String expression) {
        return Json.search(expression, this);
    }

    /**
     * The same, checked to be of a type: {@code search("length(Contents)", Integer.class)}. For lists and maps the typed
     * accessors read better: {@code strings("Contents[].Key")}, {@code maps("Contents[?Size > `0`]")}.
     */
    public <T> T search(String expression, Class<T> type) {
        Object v = search(expression);
        if (v == null || type.isInstance(v)) return type.cast(v);
        throw wrongType(expression, v, type.getSimpleName());
    }

    /** The value at a path: {@code path("Messages[0].ReceiptHandle")}; the same as {@link #search}, faster on simple paths. */
    public Object path(String path) { return Json.path(path, this); }

    /** {@code string("Messages[0].ReceiptHandle")}. */
    public String string(String path) { return typed(path, String.class, "a string"); }

    /** A whole number that fits an int: {@code integer("ResponseMetadata.HTTPStatusCode")}; also from a BigDecimal (DynamoDB's numbers). */
    public Integer integer(String path) {
        Number n = typed(path, Number.class, "a number");
        try {
            return n == null ? null : n instanceof Integer i ? i : new BigDecimal(n.toString()).intValueExact();
        } catch (ArithmeticException e) {
            throw wrongType(path, n, "a whole number that fits an int");
        }
    }

    /** A whole number: {@code longValue("ContentLength")}. */
    public Long longValue(String path) {
        Number n = typed(path, Number.class, "a number");
        try {
            return n == null ? null : n instanceof Long l ? l : new BigDecimal(n.toString()).longValueExact();
        } catch (ArithmeticException e) {
            throw wrongType(path, n, "a whole number that fits a long");
        }
    }

    /** Any number as a BigDecimal (boto3's Decimal): {@code decimal("Item.price")}. */
    public BigDecimal decimal(String path) {
        Number n = typed(path, Number.class, "a number");
        if (n == null || n instanceof BigDecimal) return (BigDecimal) n;
        return n instanceof BigInteger i ? new BigDecimal(i) : new BigDecimal(n.toString());
    }

    /** {@code bool("IsTruncated")}. */
    public Boolean bool(String path) { return typed(path, Boolean.class, "a boolean"); }

    /** A timestamp: {@code instant("LastModified")}. */
    public Instant instant(String path) { return typed(path, Instant.class, "a timestamp"); }

    /** A list of maps: {@code for (AwsMap m : resp.maps("Messages"))}; an empty list where absent. */
    public List<AwsMap> maps(String path) {
        List<AwsMap> out = new ArrayList<>();
        for (Object item : list(path)) {
            if (!(item instanceof Map<?, ?> m)) throw wrongType(path, item, "a list of maps");
            out.add(of(castMap(m)));
        }
        return Collections.unmodifiableList(out);
    }

    /** A list of strings: {@code strings("Contents[].Key")}, {@code strings("QueueUrls")}; an empty list where absent. */
    public List<String> strings(String path) {
        for (Object item : list(path)) if (!(item instanceof String)) throw wrongType(path, item, "a list of strings");
        @SuppressWarnings("unchecked") List<String> out = (List<String>) (List<?>) list(path);
        return out;
    }

    /** A list: {@code list("Contents")}; an empty list where absent. */
    public List<Object> list(String path) {
        List<?> l = typed(path, List.class, "a list");
        return l == null ? List.of() : Collections.unmodifiableList(l);
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

    /** The events of a streamed response (bedrock-runtime converse_stream's {@code stream}, lambda's {@code EventStream}). */
    public EventStream eventStream(String key) {
        Object v = entries.get(key);
        if (v instanceof EventStream s) return s;
        throw new IllegalArgumentException("'" + key + "' is not an event stream; keys: " + entries.keySet());
    }

    /** The same data without ResponseMetadata: what a user usually wants to look at. */
    public AwsMap withoutMetadata() {
        Map<String, Object> copy = new LinkedHashMap<>(entries);
        copy.remove("ResponseMetadata");
        return new AwsMap(copy);
    }

    /** A key first; a name that is no key and has no JMESPath syntax ("Content-Type") is simply absent. */
    private Object lookup(String path) {
        if (entries.containsKey(path)) return entries.get(path);
        return PLAIN_NAME.matcher(path).matches() ? null : path(path);
    }

    private <T> T typed(String path, Class<T> type, String what) {
        Object v = lookup(path);
        if (v == null || type.isInstance(v)) return type.cast(v);
        throw wrongType(path, v, what);
    }

    private IllegalArgumentException wrongType(String path, Object value, String expected) {
        String shown = String.valueOf(value);
        if (shown.length() > 80) shown = shown.substring(0, 77) + "...";
        return new IllegalArgumentException("'" + path + "' is " + kind(value) + " " + shown + ", not " + expected
                + (entries.containsKey(path) || path.contains(".") || path.contains("[") ? "" : "; keys: " + entries.keySet()));
    }

    private static String kind(Object value) {
        if (value instanceof Map<?, ?>) return "a map";
        if (value instanceof List<?>) return "a list";
        if (value instanceof String) return "a string";
        if (value instanceof Boolean) return "a boolean";
        if (value instanceof Instant) return "a timestamp";
        return value.getClass().getSimpleName();
    }

    @Override public String toString() { return Pretty.format(this); }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> castMap(Map<?, ?> m) { return (Map<String, ?>) m; }
}
