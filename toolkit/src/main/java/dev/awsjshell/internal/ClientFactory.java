package dev.awsjshell.internal;

import dev.awsjshell.Config;
import dev.awsjshell.NoRegionError;
import dev.awsjshell.Session;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;

import java.lang.reflect.Method;
import java.net.URI;
import java.util.List;

/** Builds the typed SDK client for a service from a session and a Config: every wire concern stays the SDK's. */
public final class ClientFactory {
    private ClientFactory() {}

    /** Where a client will send its requests: the sandbox's endpoint, Config's endpoint_url, or null for the SDK's own resolution. */
    public static URI endpoint(Session session, ServiceModel service, Config config) {
        if (session.isSandbox()) return session.sandboxEndpoints().get(service.name());
        return config.endpointUrl() == null ? null : URI.create(config.endpointUrl());
    }

    /** The region a client will use; botocore's fallbacks for global services where none is set. */
    public static Region region(Session session, ServiceModel service, Config config) {
        String name = config.regionName() != null ? config.regionName() : session.regionName();
        if (name != null) return Region.of(name);
        if (service.name().equals("s3")) return Region.US_EAST_1;
        if (service.regions().contains(Region.AWS_GLOBAL)) return Region.AWS_GLOBAL;
        if (endpoint(session, service, config) != null) return Region.US_EAST_1;
        throw new NoRegionError(service.name());
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    public static SdkClient build(Session session, ServiceModel service, Config config, List<ExecutionInterceptor> interceptors) {
        try {
            Object builder = service.clientInterface().getMethod("builder").invoke(null);
            AwsClientBuilder aws = (AwsClientBuilder) builder;
            aws.region(region(session, service, config));
            aws.credentialsProvider(session.credentialsProvider());
            URI endpoint = endpoint(session, service, config);
            if (endpoint != null) aws.endpointOverride(endpoint);
            aws.overrideConfiguration(overrides(config, interceptors));
            ((SdkSyncClientBuilder) builder).httpClientBuilder(httpClient(config));
            applyAddressingStyle(builder, config, endpoint);
            return (SdkClient) aws.build();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build the SDK client for " + service.name(), e);
        }
    }

    private static ClientOverrideConfiguration overrides(Config config, List<ExecutionInterceptor> interceptors) {
        ClientOverrideConfiguration.Builder b = ClientOverrideConfiguration.builder();
        interceptors.forEach(b::addExecutionInterceptor);
        if (config.totalMaxAttempts() != null || config.retryMode() != null) {
            RetryMode mode = config.retryMode() == null ? RetryMode.resolver().resolve() : switch (config.retryMode()) {
                case "legacy" -> RetryMode.LEGACY;
                case "adaptive" -> RetryMode.ADAPTIVE_V2;
                default -> RetryMode.STANDARD;
            };
            var strategy = AwsRetryStrategy.forRetryMode(mode);
            if (config.totalMaxAttempts() != null) strategy = strategy.toBuilder().maxAttempts(config.totalMaxAttempts()).build();
            b.retryStrategy(strategy);
        }
        if (config.userAgentExtra() != null) b.putAdvancedOption(SdkAdvancedClientOption.USER_AGENT_SUFFIX, config.userAgentExtra());
        return b.build();
    }

    private static ApacheHttpClient.Builder httpClient(Config config) {
        ApacheHttpClient.Builder http = ApacheHttpClient.builder();
        if (config.connectTimeout() != null) http.connectionTimeout(config.connectTimeout());
        if (config.readTimeout() != null) http.socketTimeout(config.readTimeout());
        if (config.maxPoolConnections() != null) http.maxConnections(config.maxPoolConnections());
        return http;
    }

    /** S3 path-style addressing when asked for, and for endpoints such as localhost where bucket subdomains cannot resolve. */
    private static void applyAddressingStyle(Object builder, Config config, URI endpoint) throws ReflectiveOperationException {
        Method forcePathStyle;
        try {
            forcePathStyle = builder.getClass().getMethod("forcePathStyle", Boolean.class);
        } catch (NoSuchMethodException notS3) {
            return;
        }
        forcePathStyle.setAccessible(true);
        if (pathStyle(config, endpoint)) forcePathStyle.invoke(builder, true);
        else if ("virtual".equals(config.addressingStyle())) forcePathStyle.invoke(builder, false);
    }

    /** True when S3 must address buckets in the path: asked for, or an endpoint (localhost, an IP) without bucket subdomains. */
    public static boolean pathStyle(Config config, URI endpoint) {
        String style = config.addressingStyle();
        boolean local = endpoint != null && (endpoint.getHost().equals("localhost") || endpoint.getHost().matches("[0-9.]+|\\[.*]"));
        return "path".equals(style) || (local && !"virtual".equals(style));
    }
}
