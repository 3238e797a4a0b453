package dev.awsjshell.client;

import dev.awsjshell.errors.PaginationError;
import dev.awsjshell.errors.ParamValidationError;
import dev.awsjshell.model.PaginatorModel;
import dev.awsjshell.response.AwsMap;
import dev.awsjshell.response.Json;
import dev.awsjshell.shape.RequestMarshaller;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The pages of a paginated operation, fetched lazily, with botocore's PaginationConfig: MaxItems (a page may be cut,
 * leaving a {@link #resumeToken()}), PageSize, StartingToken; a service that repeats a token raises PaginationError.
 */
public final class PageIterable implements Iterable<AwsMap> {
    private static final List<String> CONFIG_KEYS = List.of("MaxItems", "PageSize", "StartingToken");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TRUNCATE = "boto_truncate_amount";

    private final String operation;
    private final PaginatorModel model;
    private final Function<Map<String, Object>, AwsMap> call;
    private final Map<String, Object> params;
    private final Integer maxItems;
    private final Integer pageSize;
    private final String startingToken;
    private volatile String resumeToken;

    PageIterable(String operation, PaginatorModel model, Function<Map<String, Object>, AwsMap> call, Map<String, ?> params) {
        this.operation = operation;
        this.model = model;
        this.call = call;
        this.params = params == null ? new LinkedHashMap<>() : new LinkedHashMap<>(params);
        Object config = this.params.remove("PaginationConfig");
        Map<?, ?> c = config == null ? Map.of() : config instanceof Map<?, ?> m ? m : null;
        if (c == null) throw new ParamValidationError(operation, List.of("Invalid type for PaginationConfig, value: " + RequestMarshaller.show(config) + ", valid types: a Map with " + String.join(", ", CONFIG_KEYS)));
        for (Object key : c.keySet()) {
            if (!CONFIG_KEYS.contains(key)) throw new ParamValidationError(operation, List.of("Unknown key in PaginationConfig: \"" + key + "\", must be one of: " + String.join(", ", CONFIG_KEYS)));
        }
        this.maxItems = integer(c.get("MaxItems"), "MaxItems");
        this.pageSize = integer(c.get("PageSize"), "PageSize");
        Object token = c.get("StartingToken");
        if (token != null && !(token instanceof String)) {
            throw new ParamValidationError(operation, List.of("Invalid type for PaginationConfig.StartingToken, value: " + RequestMarshaller.show(token) + ", valid types: String (a paginator's resume token)"));
        }
        this.startingToken = (String) token;
        if (pageSize != null && model.limitKey() == null) {
            throw new ParamValidationError(operation, List.of("PageSize is not supported: " + model.operation() + " has no limit parameter"));
        }
    }

    @Override public Iterator<AwsMap> iterator() { return new Pages(); }

    public Stream<AwsMap> stream() { return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), 0), false); }

    /**
     * botocore's {@code search}: a JMESPath expression over every page, a list's items one by one, anything else as it is
     * (null included, once per page, as botocore yields None): {@code search("Contents[].Key")}.
     */
    public Stream<Object> search(String expression) {
        return stream().flatMap(page -> {
            Object v = page.search(expression);
            return v instanceof List<?> l ? l.stream().map(x -> (Object) x) : Stream.of(v);
        });
    }

    /** The same, each item checked to be of a type: {@code Stream<String> keys = pages.search("Contents[].Key", String.class)}. */
    public <T> Stream<T> search(String expression, Class<T> type) {
        return search(expression).map(v -> {
            if (v == null || type.isInstance(v)) return type.cast(v);
            throw new IllegalArgumentException("search(\"" + expression + "\") gave " + v.getClass().getSimpleName() + " " + v + ", not " + type.getSimpleName());
        });
    }

    /** botocore's {@code build_full_result}: the result keys of every page merged, and NextToken when MaxItems cut it. */
    public AwsMap buildFullResult() {
        Map<String, Object> full = new LinkedHashMap<>();
        for (AwsMap page : this) {
            for (String key : model.resultKeys()) {
                Object v = page.search(key);
                if (v instanceof List<?> l) {
                    @SuppressWarnings("unchecked") List<Object> merged = (List<Object>) full.computeIfAbsent(key, k -> new ArrayList<>());
                    merged.addAll(l);
                } else if (v != null) {
                    full.put(key, v);
                }
            }
            for (String key : model.nonAggregateKeys()) {
                Object v = page.search(key);
                if (v != null) full.putIfAbsent(key, v);
            }
        }
        if (resumeToken != null) full.put("NextToken", resumeToken);
        return new AwsMap(full);
    }

    /** Where to start next time (PaginationConfig StartingToken), when MaxItems stopped the iteration early; else null. */
    public String resumeToken() { return resumeToken; }

    private final class Pages implements Iterator<AwsMap> {
        private Map<String, Object> nextTokens = decode(startingToken);
        private int skip = nextTokens.containsKey(TRUNCATE) ? ((Number) nextTokens.remove(TRUNCATE)).intValue() : 0;
        private boolean done;
        private int itemsSoFar;
        private AwsMap next;

        @Override public boolean hasNext() {
            if (next == null && !done) next = fetch();
            return next != null;
        }

        @Override public AwsMap next() {
            if (!hasNext()) throw new NoSuchElementException();
            AwsMap page = next;
            next = null;
            return page;
        }

        private AwsMap fetch() {
            int pageOffset = skip;
            Map<String, Object> request = new LinkedHashMap<>(params);
            request.putAll(nextTokens);
            if (pageSize != null) request.put(model.limitKey(), pageSize);
            AwsMap page = call.apply(request);
            if (skip > 0) {
                page = cut(page, skip, Integer.MAX_VALUE);
                skip = 0;
            }
            Map<String, Object> following = outputTokens(page);
            int count = countResults(page);
            if (maxItems != null && itemsSoFar + count >= maxItems) {
                int keep = maxItems - itemsSoFar;
                if (keep < count) {
                    Map<String, Object> resume = new LinkedHashMap<>(nextTokens);
                    resume.put(TRUNCATE, keep + pageOffset);
                    resumeToken = encode(resume);
                    page = cut(page, 0, keep);
                } else if (following != null) {
                    resumeToken = encode(following);
                }
                done = true;
                return page;
            }
            itemsSoFar += count;
            if (following == null) {
                done = true;
            } else if (following.equals(nextTokens)) {
                throw new PaginationError("The same next token was received twice: " + following);
            } else {
                nextTokens = following;
            }
            return page;
        }

        /** The next request's tokens, or null when this was the last page. */
        private Map<String, Object> outputTokens(AwsMap page) {
            if (model.moreResults() != null && !Boolean.TRUE.equals(Json.path(model.moreResults(), page))) return null;
            Map<String, Object> tokens = new LinkedHashMap<>();
            for (int i = 0; i < model.outputTokens().size(); i++) {
                Object v = Json.path(model.outputTokens().get(i), page);
                if (v != null && !"".equals(v)) tokens.put(model.inputTokens().get(i), v);
            }
            return tokens.isEmpty() ? null : tokens;
        }
    }

    private int countResults(AwsMap page) {
        if (model.resultKeys().isEmpty()) return 1;
        Object v = Json.path(model.resultKeys().get(0), page);
        return v instanceof List<?> l ? l.size() : 0;
    }

    /** The page with its result lists cut to [from, from + count), as botocore cuts at MaxItems. */
    private AwsMap cut(AwsMap page, int from, int count) {
        Map<String, Object> copy = new LinkedHashMap<>(page);
        for (String key : model.resultKeys()) {
            if (key.contains(".") || key.contains("[")) continue;
            if (copy.get(key) instanceof List<?> l) {
                int start = Math.min(from, l.size());
                copy.put(key, List.copyOf(l.subList(start, (int) Math.min(l.size(), (long) start + count))));
            }
        }
        return new AwsMap(copy);
    }

    private static String encode(Map<String, Object> tokens) {
        try {
            return Base64.getEncoder().encodeToString(JSON.writeValueAsBytes(tokens));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * botocore's {@code _parse_starting_token}: a token this paginator gave (base64 JSON), else, as botocore falls back,
     * the service's own token (a {@code NextContinuationToken} kept from a page) or the old {@code a___b___index} form.
     */
    private Map<String, Object> decode(String token) {
        Map<String, Object> tokens = new LinkedHashMap<>();
        if (token == null) return tokens;
        JsonNode n = null;
        try {
            n = JSON.readTree(new String(Base64.getDecoder().decode(token), java.nio.charset.StandardCharsets.UTF_8));
        } catch (Exception notOurs) {
            // the service's own token: below
        }
        if (!(n instanceof ObjectNode)) return serviceToken(token);
        n.fields().forEachRemaining(e -> tokens.put(e.getKey(), Json.toJava(e.getValue())));
        for (String key : tokens.keySet()) {
            if (!key.equals(TRUNCATE) && !model.inputTokens().contains(key)) {
                throw new PaginationError("Bad StartingToken for " + operation + ": unknown token key " + key + ", expected " + model.inputTokens());
            }
        }
        return tokens;
    }

    /** botocore's {@code _parse_starting_token_deprecated}: the parts of {@code a___b[___index]} over the input tokens, in order. */
    private Map<String, Object> serviceToken(String token) {
        List<String> inputs = model.inputTokens();
        List<String> parts = new ArrayList<>(List.of(token.split("___", -1)));
        Map<String, Object> tokens = new LinkedHashMap<>();
        if (parts.size() == inputs.size() + 1) {
            try {
                tokens.put(TRUNCATE, Integer.parseInt(parts.get(parts.size() - 1)));
                parts.remove(parts.size() - 1);
            } catch (NumberFormatException opaque) {
                parts = new ArrayList<>(List.of(token));
            }
        }
        if (parts.size() > inputs.size()) throw new PaginationError("Bad StartingToken for " + operation + ": " + token);
        for (int i = 0; i < parts.size(); i++) {
            if (!parts.get(i).equals("None")) tokens.put(inputs.get(i), parts.get(i));
        }
        return tokens;
    }

    private Integer integer(Object v, String key) {
        if (v == null) return null;
        if ((v instanceof Integer || v instanceof Long || v instanceof Short) && ((Number) v).longValue() > 0 && ((Number) v).longValue() <= Integer.MAX_VALUE) {
            return ((Number) v).intValue();
        }
        throw new ParamValidationError(operation, List.of("Invalid value for PaginationConfig." + key + ", value: " + RequestMarshaller.show(v) + ", valid: a whole number of at least 1"));
    }

    /** What will be read, not the pages: nothing is sent until it is iterated. */
    @Override public String toString() {
        return "PageIterable(" + operation + (params.isEmpty() ? "" : ", " + params) + (maxItems == null ? "" : ", MaxItems=" + maxItems)
                + (pageSize == null ? "" : ", PageSize=" + pageSize) + (startingToken == null ? "" : ", StartingToken=" + startingToken)
                + "; pages are fetched as you iterate: for (var page : pages), or search(...))";
    }
}
