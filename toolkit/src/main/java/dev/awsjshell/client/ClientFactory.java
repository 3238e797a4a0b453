package dev.awsjshell.client;

import dev.awsjshell.config.Config;
import dev.awsjshell.errors.InvalidRegionError;
import dev.awsjshell.errors.NoRegionError;
import dev.awsjshell.model.ServiceModel;

import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.presigner.SdkPresigner;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.client.builder.SdkAsyncClientBuilder;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;

import java.lang.reflect.Method;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The one place where SDK clients are built: the sync client, the async client (S3's transfers) and presigners of a
 * service, all from one {@link ClientSpec}, so that Config (retries, timeouts, user agent), the wire view and the
 * request count apply to every request of every kind. Every wire concern stays the SDK's.
 */
public final class ClientFactory {
    private final ClientSpec spec;
    private final List<ExecutionInterceptor> interceptors;

    ClientFactory(ClientSpec spec, CallRecorder recorder) {
        InvalidRegionError.check(spec.regionName());
        this.spec = spec;
        List<ExecutionInterceptor> all = new ArrayList<>(List.of(recorder, WireLog.INSTANCE));
        all.addAll(spec.quirks().interceptors(spec.service().name()));
        this.interceptors = List.copyOf(all);
    }

    public ClientSpec spec() { return spec; }

    /** Attempts in all that a call may make, the first one included (botocore's total_max_attempts). */
    public int maxAttempts() { return RetryPolicy.strategy(spec.service().name(), spec.config()).maxAttempts(); }

    /** The region a client will use; botocore's fallbacks for global services where none is set. */
    public Region region() {
        ServiceModel service = spec.service();
        if (spec.regionName() != null) return Region.of(spec.regionName());
        if (service.name().equals("s3")) return Region.US_EAST_1;
        if (service.regions().contains(Region.AWS_GLOBAL)) return Region.AWS_GLOBAL;
        if (spec.endpoint() != null) return Region.US_EAST_1;
        throw new NoRegionError(service.name());
    }

    /** The typed sync client: {@code S3Client}, {@code SqsClient}, ... */
    public SdkClient sync() {
        Object builder = builder(spec.service().clientInterface());
        configure((AwsClientBuilder<?, ?>) builder);
        ((SdkSyncClientBuilder<?, ?>) builder).httpClientBuilder(apacheHttpClient(spec.config(), spec.caBundle()));
        return (SdkClient) ((AwsClientBuilder<?, ?>) builder).build();
    }

    /**
     * The typed async client ({@code S3AsyncClient}), on Netty, configured as {@link #sync()} is. {@code extra}
     * receives the service's own builder first, for what only that service has (S3's multipart settings).
     */
    @SuppressWarnings("unchecked")
    public <B> SdkClient async(Class<B> builderType, Consumer<B> extra) {
        String sync = spec.service().clientInterface().getName();
        Class<?> asyncInterface;
        try {
            asyncInterface = Class.forName(sync.substring(0, sync.length() - "Client".length()) + "AsyncClient", true, ClientFactory.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(spec.service().name() + " has no async client in the SDK", e);
        }
        Object builder = builder(asyncInterface);
        extra.accept(builderType.cast(builder));
        configure((AwsClientBuilder<?, ?>) builder);
        ((SdkAsyncClientBuilder<?, ?>) builder).httpClientBuilder(nettyHttpClient(spec.config(), spec.caBundle()));
        return (SdkClient) ((AwsClientBuilder<?, ?>) builder).build();
    }

    /** A presigner ({@code S3Presigner.builder()}) with this spec's region, credentials and endpoint. */
    public <B extends SdkPresigner.Builder> B presigner(B builder) {
        builder.region(region()).credentialsProvider(spec.credentials());
        if (spec.endpoint() != null) builder.endpointOverride(spec.endpoint());
        return builder;
    }

    private static Object builder(Class<?> clientInterface) {
        try {
            return clientInterface.getMethod("builder").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot make a builder for " + clientInterface.getName(), e);
        }
    }

    private void configure(AwsClientBuilder<?, ?> builder) {
        builder.region(region());
        builder.credentialsProvider(spec.credentials());
        if (spec.endpoint() != null) builder.endpointOverride(spec.endpoint());
        builder.overrideConfiguration(overrides());
        applyAddressingStyle(builder);
    }

    private ClientOverrideConfiguration overrides() {
        Config config = spec.config();
        ClientOverrideConfiguration.Builder b = ClientOverrideConfiguration.builder();
        interceptors.forEach(b::addExecutionInterceptor);
        if (spec.profileFile() != null) b.defaultProfileFile(spec.profileFile());
        if (spec.profileName() != null) b.defaultProfileName(spec.profileName());
        b.retryStrategy(RetryPolicy.strategy(spec.service().name(), config));
        if (config.userAgentExtra() != null) b.putAdvancedOption(SdkAdvancedClientOption.USER_AGENT_SUFFIX, config.userAgentExtra());
        return b.build();
    }

    /** The sync HTTP client of every SDK client: Config's timeouts and pool, and the trust store of a ca_bundle. */
    public static ApacheHttpClient.Builder apacheHttpClient(Config config, Path caBundle) {
        ApacheHttpClient.Builder http = ApacheHttpClient.builder();
        if (caBundle != null) http.tlsTrustManagersProvider(Tls.trustManagers(caBundle));
        if (config.connectTimeout() != null) http.connectionTimeout(config.connectTimeout());
        if (config.readTimeout() != null) http.socketTimeout(config.readTimeout());
        if (config.maxPoolConnections() != null) http.maxConnections(config.maxPoolConnections());
        return http;
    }

    private static NettyNioAsyncHttpClient.Builder nettyHttpClient(Config config, Path caBundle) {
        NettyNioAsyncHttpClient.Builder http = NettyNioAsyncHttpClient.builder();
        if (caBundle != null) http.tlsTrustManagersProvider(Tls.trustManagers(caBundle));
        if (config.connectTimeout() != null) http.connectionTimeout(config.connectTimeout());
        if (config.readTimeout() != null) http.readTimeout(config.readTimeout()).writeTimeout(config.readTimeout());
        if (config.maxPoolConnections() != null) http.maxConcurrency(config.maxPoolConnections());
        return http;
    }

    /** S3 path-style addressing when asked for, and for endpoints such as localhost where bucket subdomains cannot resolve. */
    private void applyAddressingStyle(Object builder) {
        Method forcePathStyle;
        try {
            forcePathStyle = builder.getClass().getMethod("forcePathStyle", Boolean.class);
        } catch (NoSuchMethodException notS3) {
            return;
        }
        try {
            forcePathStyle.setAccessible(true);
            if (pathStyle()) forcePathStyle.invoke(builder, true);
            else if ("virtual".equals(spec.config().addressingStyle())) forcePathStyle.invoke(builder, false);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True when S3 must address buckets in the path: asked for, or an endpoint (localhost, an IP) without bucket subdomains. */
    public boolean pathStyle() {
        String style = spec.config().addressingStyle();
        URI endpoint = spec.endpoint();
        boolean local = endpoint != null && (endpoint.getHost().equals("localhost") || endpoint.getHost().matches("[0-9.]+|\\[.*]"));
        return "path".equals(style) || (local && !"virtual".equals(style));
    }
}
