package dev.awsjshell.config;

import dev.awsjshell.errors.InvalidConfigError;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * botocore's {@code Config}: client behaviour that a session or a single client can set.
 * Unset values are null and fall through to the session, the environment, the profile, then the SDK's defaults.
 * <pre>{@code Config.of(Map.of("region_name", "eu-central-1", "retries", Map.of("max_attempts", 2)))}</pre>
 */
public final class Config {
    public static final List<String> KEYS = List.of("region_name", "retries", "connect_timeout", "read_timeout",
            "max_pool_connections", "endpoint_url", "s3", "user_agent_extra");
    public static final List<String> RETRY_KEYS = List.of("max_attempts", "total_max_attempts", "mode");
    public static final List<String> RETRY_MODES = List.of("legacy", "standard", "adaptive");
    public static final List<String> S3_KEYS = List.of("addressing_style");
    public static final List<String> ADDRESSING_STYLES = List.of("auto", "virtual", "path");

    private final String regionName;
    private final Integer totalMaxAttempts;
    private final String retryMode;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Integer maxPoolConnections;
    private final String endpointUrl;
    private final String addressingStyle;
    private final String userAgentExtra;

    private Config(Builder b) {
        this.regionName = b.regionName;
        this.totalMaxAttempts = b.totalMaxAttempts;
        this.retryMode = b.retryMode;
        this.connectTimeout = b.connectTimeout;
        this.readTimeout = b.readTimeout;
        this.maxPoolConnections = b.maxPoolConnections;
        this.endpointUrl = b.endpointUrl;
        this.addressingStyle = b.addressingStyle;
        this.userAgentExtra = b.userAgentExtra;
    }

    public static Builder builder() { return new Builder(); }

    /** An empty Config: everything falls through. */
    public static Config empty() { return builder().build(); }

    /** The map form, keyed as botocore's Config keywords. An unknown key or a bad value is an {@link InvalidConfigError}. */
    public static Config of(Map<String, ?> settings) {
        Builder b = builder();
        for (Map.Entry<String, ?> e : settings.entrySet()) {
            Object v = e.getValue();
            switch (e.getKey()) {
                case "region_name" -> b.regionName(string("region_name", v));
                case "retries" -> {
                    Map<String, ?> retries = map("retries", v);
                    for (Map.Entry<String, ?> r : retries.entrySet()) {
                        switch (r.getKey()) {
                            case "max_attempts" -> b.maxAttempts(integer("retries.max_attempts", r.getValue()));
                            case "total_max_attempts" -> b.totalMaxAttempts(integer("retries.total_max_attempts", r.getValue()));
                            case "mode" -> b.retryMode(string("retries.mode", r.getValue()));
                            default -> throw InvalidConfigError.unknownKey(" in retries", r.getKey(), RETRY_KEYS);
                        }
                    }
                }
                case "connect_timeout" -> b.connectTimeout(seconds("connect_timeout", v));
                case "read_timeout" -> b.readTimeout(seconds("read_timeout", v));
                case "max_pool_connections" -> b.maxPoolConnections(integer("max_pool_connections", v));
                case "endpoint_url" -> b.endpointUrl(string("endpoint_url", v));
                case "user_agent_extra" -> b.userAgentExtra(string("user_agent_extra", v));
                case "s3" -> {
                    for (Map.Entry<String, ?> s : map("s3", v).entrySet()) {
                        if (!s.getKey().equals("addressing_style")) throw InvalidConfigError.unknownKey(" in s3", s.getKey(), S3_KEYS);
                        b.addressingStyle(string("s3.addressing_style", s.getValue()));
                    }
                }
                default -> throw InvalidConfigError.unknownKey("", e.getKey(), KEYS);
            }
        }
        return b.build();
    }

    public String regionName() { return regionName; }
    /** Attempts in all, the first one included (botocore's total_max_attempts; its max_attempts is this minus one). */
    public Integer totalMaxAttempts() { return totalMaxAttempts; }
    public String retryMode() { return retryMode; }
    public Duration connectTimeout() { return connectTimeout; }
    public Duration readTimeout() { return readTimeout; }
    public Integer maxPoolConnections() { return maxPoolConnections; }
    public String endpointUrl() { return endpointUrl; }
    public String addressingStyle() { return addressingStyle; }
    public String userAgentExtra() { return userAgentExtra; }

    /** botocore's {@code Config.merge}: the other config's set values win. */
    public Config merge(Config other) {
        if (other == null) return this;
        Builder b = toBuilder();
        if (other.regionName != null) b.regionName = other.regionName;
        if (other.totalMaxAttempts != null) b.totalMaxAttempts = other.totalMaxAttempts;
        if (other.retryMode != null) b.retryMode = other.retryMode;
        if (other.connectTimeout != null) b.connectTimeout = other.connectTimeout;
        if (other.readTimeout != null) b.readTimeout = other.readTimeout;
        if (other.maxPoolConnections != null) b.maxPoolConnections = other.maxPoolConnections;
        if (other.endpointUrl != null) b.endpointUrl = other.endpointUrl;
        if (other.addressingStyle != null) b.addressingStyle = other.addressingStyle;
        if (other.userAgentExtra != null) b.userAgentExtra = other.userAgentExtra;
        return b.build();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.regionName = regionName;
        b.totalMaxAttempts = totalMaxAttempts;
        b.retryMode = retryMode;
        b.connectTimeout = connectTimeout;
        b.readTimeout = readTimeout;
        b.maxPoolConnections = maxPoolConnections;
        b.endpointUrl = endpointUrl;
        b.addressingStyle = addressingStyle;
        b.userAgentExtra = userAgentExtra;
        return b;
    }

    /** The map form of the values that are set, keyed as botocore keys them. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        if (regionName != null) m.put("region_name", regionName);
        Map<String, Object> retries = new LinkedHashMap<>();
        if (totalMaxAttempts != null) retries.put("total_max_attempts", totalMaxAttempts);
        if (retryMode != null) retries.put("mode", retryMode);
        if (!retries.isEmpty()) m.put("retries", retries);
        if (connectTimeout != null) m.put("connect_timeout", connectTimeout.toMillis() / 1000.0);
        if (readTimeout != null) m.put("read_timeout", readTimeout.toMillis() / 1000.0);
        if (maxPoolConnections != null) m.put("max_pool_connections", maxPoolConnections);
        if (endpointUrl != null) m.put("endpoint_url", endpointUrl);
        if (addressingStyle != null) m.put("s3", Map.of("addressing_style", addressingStyle));
        if (userAgentExtra != null) m.put("user_agent_extra", userAgentExtra);
        return m;
    }

    @Override public boolean equals(Object o) { return o instanceof Config c && toMap().equals(c.toMap()); }
    @Override public int hashCode() { return toMap().hashCode(); }
    @Override public String toString() { return "Config" + toMap(); }

    public static final class Builder {
        private String regionName;
        private Integer totalMaxAttempts;
        private String retryMode;
        private Duration connectTimeout;
        private Duration readTimeout;
        private Integer maxPoolConnections;
        private String endpointUrl;
        private String addressingStyle;
        private String userAgentExtra;

        private Builder() {}

        public Builder regionName(String regionName) { this.regionName = regionName; return this; }
        /** Retries after the first attempt, as botocore's {@code retries={'max_attempts': n}}. */
        public Builder maxAttempts(int retries) { return totalMaxAttempts(retries + 1); }
        public Builder totalMaxAttempts(int attempts) {
            if (attempts < 1) throw new InvalidConfigError("retries: total attempts must be at least 1, got " + attempts);
            this.totalMaxAttempts = attempts;
            return this;
        }
        public Builder retryMode(String mode) {
            if (mode != null && !RETRY_MODES.contains(mode)) {
                throw new InvalidConfigError("retries.mode must be one of " + RETRY_MODES + ", got '" + mode + "'");
            }
            this.retryMode = mode;
            return this;
        }
        public Builder connectTimeout(Duration timeout) { this.connectTimeout = positive("connect_timeout", timeout); return this; }
        public Builder readTimeout(Duration timeout) { this.readTimeout = positive("read_timeout", timeout); return this; }
        public Builder maxPoolConnections(int connections) {
            if (connections < 1) throw new InvalidConfigError("max_pool_connections must be at least 1, got " + connections);
            this.maxPoolConnections = connections;
            return this;
        }
        public Builder endpointUrl(String url) {
            if (url != null && !url.matches("https?://.+")) {
                throw new InvalidConfigError("endpoint_url must start with http:// or https://, got '" + url + "'");
            }
            this.endpointUrl = url;
            return this;
        }
        public Builder addressingStyle(String style) {
            if (style != null && !ADDRESSING_STYLES.contains(style)) {
                throw new InvalidConfigError("s3.addressing_style must be one of " + ADDRESSING_STYLES + ", got '" + style + "'");
            }
            this.addressingStyle = style;
            return this;
        }
        public Builder userAgentExtra(String extra) { this.userAgentExtra = extra; return this; }
        public Config build() { return new Config(this); }

        private static Duration positive(String key, Duration d) {
            if (d != null && (d.isNegative() || d.isZero())) throw new InvalidConfigError(key + " must be positive, got " + d);
            return d;
        }
    }

    private static String string(String key, Object v) {
        if (v instanceof String s) return s;
        throw new InvalidConfigError(key + " must be a string, got " + describe(v));
    }

    private static int integer(String key, Object v) {
        if (v instanceof Integer || v instanceof Long || v instanceof Short) return ((Number) v).intValue();
        throw new InvalidConfigError(key + " must be an integer, got " + describe(v));
    }

    private static Duration seconds(String key, Object v) {
        if (v instanceof Duration d) return d;
        if (v instanceof Number n) return Duration.ofMillis(Math.round(n.doubleValue() * 1000));
        throw new InvalidConfigError(key + " must be a number of seconds or a Duration, got " + describe(v));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> map(String key, Object v) {
        if (v instanceof Map<?, ?> m) return (Map<String, ?>) m;
        throw new InvalidConfigError(key + " must be a map, got " + describe(v));
    }

    static String describe(Object v) {
        return v == null ? "null" : v + " (" + v.getClass().getSimpleName() + ")";
    }

}
