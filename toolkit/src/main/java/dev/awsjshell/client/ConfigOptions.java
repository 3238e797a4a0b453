package dev.awsjshell.client;

import dev.awsjshell.config.Config;
import dev.awsjshell.errors.InvalidConfigError;

import software.amazon.awssdk.awscore.defaultsmode.DefaultsMode;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.apache.ProxyConfiguration;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;

import java.lang.reflect.Method;
import java.net.URI;
import java.util.Map;
import java.util.function.Function;

/**
 * How each Config option reaches the SDK: builder settings (endpoints, checksums, defaults mode), override settings
 * (user agent, host prefix, compression, payload signing) and HTTP client settings (keep-alive, proxies). Settings a
 * service's builder does not have (accelerate on SQS) are left out, as botocore ignores them for that service.
 */
final class ConfigOptions {
    private ConfigOptions() {}

    /** Builder settings, by the name of the SDK builder's method and how the option's value becomes its argument. */
    private record BuilderSetting(String option, String method, Function<Object, Object> value) {}

    private static final java.util.List<BuilderSetting> BUILDER_SETTINGS = java.util.List.of(
            new BuilderSetting("use_dualstack_endpoint", "dualstackEnabled", v -> v),
            new BuilderSetting("s3.use_dualstack_endpoint", "dualstackEnabled", v -> v),
            new BuilderSetting("use_fips_endpoint", "fipsEnabled", v -> v),
            new BuilderSetting("s3.use_accelerate_endpoint", "accelerate", v -> v),
            new BuilderSetting("s3.use_arn_region", "useArnRegion", v -> v),
            new BuilderSetting("s3_disable_express_session_auth", "disableS3ExpressSessionAuth", v -> v),
            new BuilderSetting("endpoint_discovery_enabled", "endpointDiscoveryEnabled", v -> v),
            new BuilderSetting("defaults_mode", "defaultsMode", v -> DefaultsMode.fromValue((String) v)),
            new BuilderSetting("request_checksum_calculation", "requestChecksumCalculation",
                    v -> software.amazon.awssdk.core.checksums.RequestChecksumCalculation.fromValue((String) v)),
            new BuilderSetting("response_checksum_validation", "responseChecksumValidation",
                    v -> software.amazon.awssdk.core.checksums.ResponseChecksumValidation.fromValue((String) v)),
            new BuilderSetting("account_id_endpoint_mode", "accountIdEndpointMode",
                    v -> software.amazon.awssdk.awscore.endpoints.AccountIdEndpointMode.fromValue((String) v)));

    static void applyToBuilder(Config config, Object builder) {
        if (config.get("s3.payload_signing_enabled") != null) signPayloads(builder, config.isTrue("s3.payload_signing_enabled"));
        for (BuilderSetting s : BUILDER_SETTINGS) {
            Object value = config.get(s.option());
            if (value == null) continue;
            Object argument = s.value().apply(value);
            Method method = find(builder.getClass(), s.method(), argument.getClass());
            if (method == null) continue;
            try {
                method.setAccessible(true);
                method.invoke(builder, argument);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot set " + s.option() + " on " + builder.getClass().getName(), e);
            }
        }
    }

    /**
     * S3's payload_signing_enabled: the SDK's own auth scheme choice, with its signer told to sign (or not) the payload,
     * through the service builder's {@code authSchemeProvider}.
     */
    private static void signPayloads(Object builder, boolean sign) {
        Method setter = java.util.Arrays.stream(builder.getClass().getMethods())
                .filter(m -> m.getName().equals("authSchemeProvider") && m.getParameterCount() == 1 && m.getParameterTypes()[0].isInterface()).findFirst().orElse(null);
        if (setter == null) return;
        Class<?> providerType = setter.getParameterTypes()[0];
        try {
            Object defaults = providerType.getMethod("defaultProvider").invoke(null);
            Object provider = java.lang.reflect.Proxy.newProxyInstance(providerType.getClassLoader(), new Class<?>[] {providerType}, (proxy, method, args) -> {
                if (method.getDeclaringClass() == Object.class) return method.invoke(defaults, args);
                Object result = method.invoke(defaults, args);
                if (!method.getName().equals("resolveAuthScheme") || !(result instanceof java.util.List<?> options)) return result;
                return options.stream().map(o -> ((software.amazon.awssdk.http.auth.spi.scheme.AuthSchemeOption) o).toBuilder()
                        .putSignerProperty(software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner.PAYLOAD_SIGNING_ENABLED, sign).build()).toList();
            });
            setter.setAccessible(true);
            setter.invoke(builder, provider);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot set payload signing on " + builder.getClass().getName(), e);
        }
    }

    private static Method find(Class<?> type, String name, Class<?> argument) {
        for (Method m : type.getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == 1 && wraps(m.getParameterTypes()[0]).isAssignableFrom(argument)) return m;
        }
        return null;
    }

    private static Class<?> wraps(Class<?> t) { return t == boolean.class ? Boolean.class : t; }

    static void applyToOverrides(Config config, ClientOverrideConfiguration.Builder b) {
        if (config.userAgentExtra() != null) b.putAdvancedOption(SdkAdvancedClientOption.USER_AGENT_SUFFIX, config.userAgentExtra());
        if (config.get("user_agent") != null) b.putHeader("User-Agent", (String) config.get("user_agent"));
        if (config.get("user_agent_appid") != null) b.appId((String) config.get("user_agent_appid"));
        if (config.isFalse("inject_host_prefix")) b.putAdvancedOption(SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION, true);
        if (config.get("disable_request_compression") != null || config.get("request_min_compression_size_bytes") != null) {
            b.compressionConfiguration(c -> {
                if (config.get("disable_request_compression") != null) c.requestCompressionEnabled(!config.isTrue("disable_request_compression"));
                if (config.get("request_min_compression_size_bytes") != null) c.minimumCompressionThresholdInBytes((Integer) config.get("request_min_compression_size_bytes"));
            });
        }
    }

    static void applyToHttp(Config config, URI endpoint, ApacheHttpClient.Builder http) {
        if (config.get("tcp_keepalive") != null) http.tcpKeepAlive(config.isTrue("tcp_keepalive"));
        if (clientCert(config) != null) http.tlsKeyManagersProvider(clientCert(config));
        URI proxy = proxy(config, endpoint);
        if (proxy != null) {
            ProxyConfiguration.Builder p = ProxyConfiguration.builder().endpoint(URI.create(proxy.getScheme() + "://" + proxy.getHost() + ":" + port(proxy)))
                    .useSystemPropertyValues(false).useEnvironmentVariableValues(false);
            String[] user = userInfo(proxy);
            if (user != null) p.username(user[0]).password(user[1]);
            http.proxyConfiguration(p.build());
        }
    }

    static void applyToHttp(Config config, URI endpoint, NettyNioAsyncHttpClient.Builder http) {
        if (config.get("tcp_keepalive") != null) http.tcpKeepAlive(config.isTrue("tcp_keepalive"));
        if (clientCert(config) != null) http.tlsKeyManagersProvider(clientCert(config));
        URI proxy = proxy(config, endpoint);
        if (proxy != null) {
            var p = software.amazon.awssdk.http.nio.netty.ProxyConfiguration.builder().scheme(proxy.getScheme()).host(proxy.getHost()).port(port(proxy))
                    .useSystemPropertyValues(false).useEnvironmentVariableValues(false);
            String[] user = userInfo(proxy);
            if (user != null) p.username(user[0]).password(user[1]);
            http.proxyConfiguration(p.build());
        }
    }

    private static software.amazon.awssdk.http.TlsKeyManagersProvider clientCert(Config config) {
        @SuppressWarnings("unchecked") java.util.List<String> paths = (java.util.List<String>) config.get("client_cert");
        return paths == null ? null : Tls.keyManagers(java.nio.file.Path.of(paths.get(0)), java.nio.file.Path.of(paths.get(1)));
    }

    /** botocore's choice among proxies for an endpoint: {@code scheme://host} first, then the scheme. */
    static URI proxy(Config config, URI endpoint) {
        @SuppressWarnings("unchecked") Map<String, String> proxies = (Map<String, String>) config.get("proxies");
        if (proxies == null) return null;
        String scheme = endpoint.getScheme();
        String url = endpoint == null ? null : proxies.get(scheme + "://" + endpoint.getHost());
        if (url == null) url = proxies.get(scheme);
        return url == null ? null : URI.create(url);
    }

    private static int port(URI proxy) { return proxy.getPort() != -1 ? proxy.getPort() : "https".equals(proxy.getScheme()) ? 443 : 80; }

    private static String[] userInfo(URI proxy) {
        String info = proxy.getUserInfo();
        if (info == null) return null;
        int colon = info.indexOf(':');
        if (colon < 0) throw new InvalidConfigError("proxies: a user in a proxy URL needs a password (user:password@host)");
        return new String[] {info.substring(0, colon), info.substring(colon + 1)};
    }
}
