package dev.awsjshell.config;

import dev.awsjshell.errors.InvalidConfigError;
import dev.awsjshell.errors.InvalidMaxRetryAttemptsError;
import dev.awsjshell.errors.InvalidRegionError;
import dev.awsjshell.errors.InvalidRetryConfigurationError;
import dev.awsjshell.errors.InvalidRetryModeError;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * botocore's {@code Config}: client behaviour that a session or a single client can set.
 * Unset values are null and fall through to the session, the environment, the profile, then the SDK's defaults.
 * <pre>{@code Config.of(Map.of("region_name", "eu-central-1", "retries", Map.of("max_attempts", 2)))}</pre>
 * Every option is one row of {@link #OPTIONS}, as botocore's {@code OPTION_DEFAULTS} drives its Config: the map form,
 * the builder, merge, equality and printing all read that table.
 */
public final class Config {
    public static final List<String> RETRY_MODES = List.of("legacy", "standard", "adaptive");
    public static final List<String> ADDRESSING_STYLES = List.of("auto", "virtual", "path");

    /**
     * One option: its key as botocore's map form writes it ({@code retries.mode} is {@code retries={"mode": ...}}),
     * the key its value is kept under, how a value is read and checked, and how it is shown in the map form.
     */
    private record Option(String key, String storedAs, BiFunction<String, Object, Object> read, Function<Object, Object> show) {
        Option(String key, BiFunction<String, Object, Object> read) { this(key, key, read, v -> v); }
    }

    private static final List<Option> OPTIONS = List.of(
            new Option("region_name", Config::region),
            // botocore's max_attempts counts retries; the SDK, and total_max_attempts, count every attempt.
            new Option("retries.max_attempts", "retries.total_max_attempts", (k, v) -> retryCount(k, v, 0) + 1, v -> v),
            new Option("retries.total_max_attempts", (k, v) -> retryCount(k, v, 1)),
            new Option("retries.mode", Config::retryMode),
            new Option("connect_timeout", "connect_timeout", Config::seconds, Config::showSeconds),
            new Option("read_timeout", "read_timeout", Config::seconds, Config::showSeconds),
            new Option("max_pool_connections", (k, v) -> atLeast(k, integer(k, v), 1)),
            new Option("endpoint_url", Config::url),
            new Option("s3.addressing_style", (k, v) -> oneOf(k, string(k, v), ADDRESSING_STYLES)),
            new Option("user_agent_extra", Config::string));

    private final Map<String, Object> values;

    private Config(Map<String, Object> values) {
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (Option o : OPTIONS) if (values.containsKey(o.storedAs())) ordered.put(o.storedAs(), values.get(o.storedAs()));
        this.values = Map.copyOf(ordered);
    }

    public static Builder builder() { return new Builder(new LinkedHashMap<>()); }

    /** An empty Config: everything falls through. */
    public static Config empty() { return builder().build(); }

    /** The map form, keyed as botocore's Config keywords. An unknown key or a bad value is an {@link InvalidConfigError}. */
    public static Config of(Map<String, ?> settings) {
        if (settings == null) throw new InvalidConfigError("Config settings must be a Map, got null");
        Builder b = builder();
        settings.forEach((key, value) -> {
            List<String> nested = OPTIONS.stream().map(Option::key).filter(k -> k.startsWith(key + ".")).map(k -> k.substring(key.length() + 1)).toList();
            if (nested.isEmpty()) {
                b.set(key, value, "");
                return;
            }
            if (!(value instanceof Map<?, ?> group)) throw new InvalidConfigError(key + " must be a map, got " + describe(value));
            group.forEach((sub, v) -> {
                if (!nested.contains(String.valueOf(sub))) {
                    if (key.equals("retries")) throw new InvalidRetryConfigurationError(String.valueOf(sub), nested);
                    throw InvalidConfigError.unknownKey(" in " + key, String.valueOf(sub), nested);
                }
                b.set(key + "." + sub, v, "");
            });
        });
        return b.build();
    }

    public String regionName() { return (String) values.get("region_name"); }
    /** Attempts in all, the first one included (botocore's total_max_attempts; its max_attempts is this minus one). */
    public Integer totalMaxAttempts() { return (Integer) values.get("retries.total_max_attempts"); }
    public String retryMode() { return (String) values.get("retries.mode"); }
    public Duration connectTimeout() { return (Duration) values.get("connect_timeout"); }
    public Duration readTimeout() { return (Duration) values.get("read_timeout"); }
    public Integer maxPoolConnections() { return (Integer) values.get("max_pool_connections"); }
    public String endpointUrl() { return (String) values.get("endpoint_url"); }
    public String addressingStyle() { return (String) values.get("s3.addressing_style"); }
    public String userAgentExtra() { return (String) values.get("user_agent_extra"); }

    /** botocore's {@code Config.merge}: the other config's set values win. */
    public Config merge(Config other) {
        if (other == null) return this;
        Map<String, Object> merged = new LinkedHashMap<>(values);
        merged.putAll(other.values);
        return new Config(merged);
    }

    public Builder toBuilder() { return new Builder(new LinkedHashMap<>(values)); }

    /** The map form of the values that are set, keyed as botocore keys them. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Option o : OPTIONS) {
            if (!o.key().equals(o.storedAs()) || !values.containsKey(o.key())) continue;
            Object shown = o.show().apply(values.get(o.key()));
            int dot = o.key().indexOf('.');
            if (dot < 0) m.put(o.key(), shown);
            else nested(m, o.key().substring(0, dot)).put(o.key().substring(dot + 1), shown);
        }
        return m;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> nested(Map<String, Object> m, String group) {
        return (Map<String, Object>) m.computeIfAbsent(group, g -> new LinkedHashMap<String, Object>());
    }

    @Override public boolean equals(Object o) { return o instanceof Config c && values.equals(c.values); }
    @Override public int hashCode() { return values.hashCode(); }

    /** The map form, with a password in endpoint_url masked. */
    @Override public String toString() {
        Map<String, Object> shown = toMap();
        if (endpointUrl() != null) shown.put("endpoint_url", maskUserInfo(endpointUrl()));
        return "Config" + shown;
    }

    /** {@code http://user:pass@host} as {@code http://user:****@host}: never print a password. */
    public static String maskUserInfo(String url) {
        return url == null ? null : url.replaceFirst("^([a-zA-Z][a-zA-Z0-9+.-]*://[^/@:]*):[^/@]*@", "$1:****@");
    }

    public static final class Builder {
        private final Map<String, Object> values;

        private Builder(Map<String, Object> values) { this.values = values; }

        public Builder regionName(String regionName) { return set("region_name", regionName, ""); }
        /** Retries after the first attempt, as botocore's {@code retries={'max_attempts': n}}. */
        public Builder maxAttempts(int retries) { return set("retries.max_attempts", retries, ""); }
        public Builder totalMaxAttempts(int attempts) { return set("retries.total_max_attempts", attempts, ""); }
        public Builder retryMode(String mode) { return set("retries.mode", mode, ""); }
        public Builder connectTimeout(Duration timeout) { return set("connect_timeout", timeout, ""); }
        public Builder readTimeout(Duration timeout) { return set("read_timeout", timeout, ""); }
        public Builder maxPoolConnections(int connections) { return set("max_pool_connections", connections, ""); }
        public Builder endpointUrl(String url) { return set("endpoint_url", url, ""); }
        public Builder addressingStyle(String style) { return set("s3.addressing_style", style, ""); }
        public Builder userAgentExtra(String extra) { return set("user_agent_extra", extra, ""); }
        public Config build() { return new Config(values); }

        private Builder set(String key, Object value, String where) {
            Option option = OPTIONS.stream().filter(o -> o.key().equals(key)).findFirst()
                    .orElseThrow(() -> InvalidConfigError.unknownKey(where, key, OPTIONS.stream().map(o -> o.key().split("\\.")[0]).distinct().toList()));
            if (value == null) values.remove(option.storedAs());
            else values.put(option.storedAs(), option.read().apply(key, value));
            return this;
        }
    }

    private static String string(String key, Object v) {
        if (v instanceof String s) return s;
        throw new InvalidConfigError(key + " must be a String, got " + describe(v));
    }

    private static int integer(String key, Object v) {
        boolean whole = v instanceof Integer || v instanceof Long || v instanceof Short;
        if (whole && ((Number) v).longValue() >= Integer.MIN_VALUE && ((Number) v).longValue() <= Integer.MAX_VALUE) return ((Number) v).intValue();
        throw new InvalidConfigError(key + " must be an integer" + (whole ? " of at most " + Integer.MAX_VALUE : "") + ", got " + describe(v));
    }

    /** botocore's retries checks, with its error classes. */
    private static int retryCount(String key, Object v, int least) {
        boolean whole = v instanceof Integer || v instanceof Long || v instanceof Short;
        if (!whole || ((Number) v).longValue() < least || ((Number) v).longValue() > Integer.MAX_VALUE) {
            throw new InvalidMaxRetryAttemptsError(key.substring(key.indexOf('.') + 1), describe(v), least);
        }
        return ((Number) v).intValue();
    }

    private static String retryMode(String key, Object v) {
        if (!(v instanceof String mode) || !RETRY_MODES.contains(mode)) throw new InvalidRetryModeError(v, RETRY_MODES);
        return mode;
    }

    private static int atLeast(String key, int v, int least) {
        if (v < least) throw new InvalidConfigError(key + " must be at least " + least + ", got " + v);
        return v;
    }

    private static String oneOf(String key, String v, List<String> valid) {
        if (!valid.contains(v)) throw new InvalidConfigError(key + " must be one of " + valid + ", got '" + v + "'");
        return v;
    }

    private static Duration seconds(String key, Object v) {
        Duration d;
        if (v instanceof Duration duration) d = duration;
        else if (v instanceof Number n) d = Duration.ofMillis(Math.round(n.doubleValue() * 1000));
        else throw new InvalidConfigError(key + " must be a number of seconds or a Duration, got " + describe(v));
        if (d.isNegative() || d.isZero()) throw new InvalidConfigError(key + " must be positive, got " + v);
        return d;
    }

    private static Object showSeconds(Object d) { return ((Duration) d).toMillis() / 1000.0; }

    private static String region(String key, Object v) {
        String region = string(key, v);
        InvalidRegionError.check(region);
        return region;
    }

    private static String url(String key, Object v) {
        String url = string(key, v);
        try {
            URI uri = new URI(url);
            if ((uri.getScheme() != null && uri.getScheme().matches("https?")) && uri.getHost() != null) return url;
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        throw new InvalidConfigError("Invalid endpoint: " + maskUserInfo(url) + " (" + key + " must be a URL starting with http:// or https:// and naming a host)");
    }

    static String describe(Object v) {
        if (v == null) return "null";
        String shown = String.valueOf(v);
        if (shown.length() > 200) shown = shown.substring(0, 200) + "... (" + shown.length() + " characters)";
        return shown + " (" + v.getClass().getSimpleName() + ")";
    }
}
