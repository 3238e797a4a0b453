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

    public static final List<String> CHECKSUM_MODES = List.of("when_supported", "when_required");
    public static final List<String> DEFAULTS_MODES = List.of("legacy", "standard", "in-region", "cross-region", "mobile", "auto");
    /** boto3's {@code botocore.UNSIGNED}: {@code Config.of(Map.of("signature_version", Config.UNSIGNED))} sends requests unsigned. */
    public static final String UNSIGNED = "unsigned";

    /**
     * Every key of botocore 1.43's {@code Config.OPTION_DEFAULTS} (and the keys of its {@code s3}, {@code retries} and
     * {@code proxies_config} maps), plus endpoint_url. Keys the AWS SDK for Java v2 cannot honour are rows whose reader
     * raises InvalidConfigError saying why, so no setting is silently dropped.
     */
    private static final List<Option> OPTIONS = List.of(
            new Option("region_name", Config::region),
            new Option("signature_version", Config::signatureVersion),
            new Option("user_agent", Config::string),
            new Option("user_agent_extra", Config::string),
            new Option("user_agent_appid", Config::string),
            new Option("connect_timeout", "connect_timeout", Config::seconds, Config::showSeconds),
            new Option("read_timeout", "read_timeout", Config::seconds, Config::showSeconds),
            new Option("parameter_validation", Config::bool),
            new Option("max_pool_connections", (k, v) -> atLeast(k, integer(k, v), 1)),
            new Option("proxies", Config::proxies),
            new Option("proxies_config.proxy_ca_bundle", unsupported("the SDK's HTTP clients trust one store for the proxy and the service: set ca_bundle (AWS_CA_BUNDLE)")),
            new Option("proxies_config.proxy_client_cert", unsupported("the SDK's HTTP clients present no certificate of their own to a proxy")),
            new Option("proxies_config.proxy_use_forwarding_for_https", unsupported("the SDK's HTTP clients always tunnel HTTPS through a proxy with CONNECT")),
            new Option("s3.addressing_style", (k, v) -> oneOf(k, string(k, v), ADDRESSING_STYLES)),
            new Option("s3.use_accelerate_endpoint", Config::bool),
            new Option("s3.payload_signing_enabled", Config::bool),
            new Option("s3.us_east_1_regional_endpoint", (k, v) -> oneOf(k, string(k, v), List.of("regional", "legacy"))),
            new Option("s3.use_dualstack_endpoint", Config::bool),
            new Option("s3.use_arn_region", Config::bool),
            new Option("s3_disable_express_session_auth", Config::bool),
            // botocore's max_attempts counts retries; the SDK, and total_max_attempts, count every attempt.
            new Option("retries.max_attempts", "retries.total_max_attempts", (k, v) -> retryCount(k, v, 0) + 1, v -> v),
            new Option("retries.total_max_attempts", (k, v) -> retryCount(k, v, 1)),
            new Option("retries.mode", Config::retryMode),
            new Option("client_cert", Config::clientCert),
            new Option("inject_host_prefix", Config::bool),
            new Option("endpoint_discovery_enabled", Config::bool),
            new Option("use_dualstack_endpoint", Config::bool),
            new Option("use_fips_endpoint", Config::bool),
            new Option("ignore_configured_endpoint_urls", unsupported("the SDK reads it only from AWS_IGNORE_CONFIGURED_ENDPOINT_URLS or the profile, not per client")),
            new Option("defaults_mode", (k, v) -> oneOf(k, string(k, v), DEFAULTS_MODES)),
            new Option("tcp_keepalive", Config::bool),
            new Option("request_min_compression_size_bytes", (k, v) -> between(k, integer(k, v), 0, 10_485_760)),
            new Option("disable_request_compression", Config::bool),
            new Option("client_context_params", unsupported("the SDK has no generic client context parameters: use the typed setting (s3 = {...}, ...)")),
            new Option("sigv4a_signing_region_set", unsupported("SigV4a signing needs the AWS CRT, which the toolkit does not ship")),
            new Option("request_checksum_calculation", (k, v) -> oneOf(k, string(k, v), CHECKSUM_MODES)),
            new Option("response_checksum_validation", (k, v) -> oneOf(k, string(k, v), CHECKSUM_MODES)),
            new Option("account_id_endpoint_mode", (k, v) -> oneOf(k, string(k, v), List.of("preferred", "disabled", "required"))),
            new Option("auth_scheme_preference", unsupported("the SDK chooses a service's auth scheme from its model; a preference per client is not exposed")),
            new Option("endpoint_url", Config::url));

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

    /**
     * Any option by botocore's key ({@code "tcp_keepalive"}, {@code "s3.use_accelerate_endpoint"}), as read: a Boolean,
     * String, Integer, Duration, or for proxies a map of scheme (or scheme://host) to proxy URL; null when unset.
     */
    public Object get(String key) {
        Option option = OPTIONS.stream().filter(o -> o.key().equals(key)).findFirst()
                .orElseThrow(() -> InvalidConfigError.unknownKey("", key, OPTIONS.stream().map(Option::key).toList()));
        return values.get(option.storedAs());
    }

    /** A boolean option; false when unset. */
    public boolean isTrue(String key) { return Boolean.TRUE.equals(get(key)); }

    /** A boolean option that is set to false. */
    public boolean isFalse(String key) { return Boolean.FALSE.equals(get(key)); }

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
        if (values.get("proxies") instanceof Map<?, ?> proxies) {
            Map<String, Object> masked = new LinkedHashMap<>();
            proxies.forEach((k, v) -> masked.put(String.valueOf(k), maskUserInfo(String.valueOf(v))));
            shown.put("proxies", masked);
        }
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

        /** Any option by botocore's key: {@code set("tcp_keepalive", true)}, {@code set("s3.use_accelerate_endpoint", true)}. */
        public Builder set(String key, Object value) { return set(key, value, ""); }

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

    private static boolean bool(String key, Object v) {
        if (v instanceof Boolean b) return b;
        throw new InvalidConfigError(key + " must be true or false, got " + describe(v));
    }

    private static int between(String key, int v, int least, int most) {
        if (v < least || v > most) throw new InvalidConfigError(key + " must be between " + least + " and " + most + ", got " + v);
        return v;
    }

    /** botocore's signature versions that the SDK signs: SigV4 (its only one) or none. */
    private static String signatureVersion(String key, Object v) {
        String version = string(key, v);
        if (List.of("v4", "s3v4", UNSIGNED).contains(version)) return version;
        throw new InvalidConfigError(key + " '" + version + "' cannot be used: the AWS SDK for Java v2 signs with SigV4 only"
                + " (and SigV4a with the AWS CRT, which the toolkit does not ship); valid: v4, s3v4, " + UNSIGNED + " (Config.UNSIGNED)");
    }

    /** botocore's proxies: {@code {"http": "http://proxy:3128", "https": ..., "http://host": ...}}. */
    private static Map<String, String> proxies(String key, Object v) {
        if (!(v instanceof Map<?, ?> m)) throw new InvalidConfigError(key + " must be a map of scheme (http, https) to proxy URL, got " + describe(v));
        Map<String, String> out = new LinkedHashMap<>();
        m.forEach((scheme, url) -> out.put(String.valueOf(scheme), url(key + "." + scheme, url)));
        return Map.copyOf(out);
    }

    /** botocore's client_cert: the path of a PEM holding the certificate and its key, or a list of the two paths. */
    private static List<String> clientCert(String key, Object v) {
        List<?> paths = v instanceof String s ? List.of(s, s) : v instanceof List<?> l && l.size() == 2 ? l : null;
        if (paths == null || !paths.stream().allMatch(p -> p instanceof String)) {
            throw new InvalidConfigError(key + " must be the path of a PEM file with the certificate and its private key, or a list of two paths"
                    + " (certificate, key), got " + describe(v));
        }
        for (Object p : paths) {
            if (!java.nio.file.Files.isRegularFile(java.nio.file.Path.of((String) p))) throw new InvalidConfigError(key + " names a file that does not exist: " + p);
        }
        return List.of((String) paths.get(0), (String) paths.get(1));
    }

    private static BiFunction<String, Object, Object> unsupported(String why) {
        return (key, v) -> { throw new InvalidConfigError(key + " cannot be honoured: " + why); };
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
