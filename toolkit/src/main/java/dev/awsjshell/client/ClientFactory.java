package dev.awsjshell.client;

import dev.awsjshell.config.Config;
import dev.awsjshell.errors.InvalidRegionError;
import dev.awsjshell.errors.NoRegionError;
import dev.awsjshell.model.ServiceJars;
import dev.awsjshell.model.ServiceModel;

import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.client.builder.SdkAsyncClientBuilder;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpConfigurationOption;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.Protocol;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.utils.AttributeMap;

import java.lang.reflect.Method;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The one place where SDK clients are built: the sync client and the async client (S3's transfers) of a service,
 * both from one {@link ClientSpec}, so that Config (retries, timeouts, user agent), the wire view and the
 * request count apply to every request of every kind. Every wire concern stays the SDK's.
 */
public final class ClientFactory {
    /** boto3's {@code verify=False}, as the SDK's HTTP clients take it. */
    private static final AttributeMap TRUST_ALL = AttributeMap.builder().put(SdkHttpConfigurationOption.TRUST_ALL_CERTIFICATES, true).build();
    private final ClientSpec spec;
    private final List<ExecutionInterceptor> interceptors;

    ClientFactory(ClientSpec spec, CallRecorder recorder) {
        InvalidRegionError.check(spec.regionName());
        this.spec = spec;
        List<ExecutionInterceptor> all = new ArrayList<>(List.of(RequestCapture.INSTANCE, recorder, WireLog.INSTANCE, ErrorBodies.INSTANCE));
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
        ApacheHttpClient.Builder http = apacheHttpClient(spec.config(), spec.verify() ? spec.caBundle() : null);
        ConfigOptions.applyToHttp(spec.config(), endpointForProxies(), http);
        boolean plain = !spec.useSsl() && spec.endpoint() == null;
        ((SdkSyncClientBuilder<?, ?>) builder).httpClientBuilder(defaults -> {
            SdkHttpClient client = http.buildWithDefaults(spec.verify() ? defaults : TRUST_ALL.merge(defaults));
            return plain ? PlainHttp.sync(client) : client;
        });
        return ServiceJars.withLoaderOf(spec.service().clientInterface(), () -> (SdkClient) ((AwsClientBuilder<?, ?>) builder).build());
    }

    /**
     * The typed async client ({@code S3AsyncClient}), on Netty, configured as {@link #sync()} is. {@code extra}
     * receives the service's own builder first, for what only that service has (S3's multipart settings).
     */
    public <B> SdkClient async(Class<B> builderType, Consumer<B> extra) { return async(builderType, extra, null); }

    /**
     * The same over HTTP/1.1, as botocore speaks, for the event-stream operations: the SDK would use HTTP/2 for some
     * services (bedrock-runtime, for its bidirectional stream, which we do not send), which emulators and proxies may not
     * speak. Kinesis keeps the SDK's HTTP/2: its subscribe_to_shard needs it.
     */
    SdkClient asyncForEventStreams() {
        return async(Object.class, builder -> { }, spec.service().name().equals("kinesis") ? null : Protocol.HTTP1_1);
    }

    @SuppressWarnings("unchecked")
    private <B> SdkClient async(Class<B> builderType, Consumer<B> extra, Protocol protocol) {
        String sync = spec.service().clientInterface().getName();
        Class<?> asyncInterface;
        try {
            asyncInterface = Class.forName(sync.substring(0, sync.length() - "Client".length()) + "AsyncClient", true, spec.service().clientInterface().getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(spec.service().name() + " has no async client in the SDK", e);
        }
        Object builder = builder(asyncInterface);
        extra.accept(builderType.cast(builder));
        configure((AwsClientBuilder<?, ?>) builder);
        NettyNioAsyncHttpClient.Builder http = nettyHttpClient(spec.config(), spec.verify() ? spec.caBundle() : null);
        if (protocol != null) http.protocol(protocol);
        ConfigOptions.applyToHttp(spec.config(), endpointForProxies(), http);
        boolean plain = !spec.useSsl() && spec.endpoint() == null;
        ((SdkAsyncClientBuilder<?, ?>) builder).httpClientBuilder(defaults -> {
            SdkAsyncHttpClient client = http.buildWithDefaults(spec.verify() ? defaults : TRUST_ALL.merge(defaults));
            return plain ? PlainHttp.async(client) : client;
        });
        return ServiceJars.withLoaderOf(asyncInterface, () -> (SdkClient) ((AwsClientBuilder<?, ?>) builder).build());
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
        builder.credentialsProvider(credentials());
        if (spec.endpoint() != null) builder.endpointOverride(spec.endpoint());
        builder.overrideConfiguration(overrides());
        applyAddressingStyle(builder);
        ConfigOptions.applyToBuilder(spec.config(), builder);
    }

    /** The endpoint a proxy is chosen for: the spec's, else AWS's own, https unless use_ssl is false. */
    private URI endpointForProxies() {
        return spec.endpoint() != null ? spec.endpoint() : URI.create((spec.useSsl() ? "https" : "http") + "://amazonaws.com");
    }

    /** The spec's credentials; none for botocore's {@code signature_version=UNSIGNED}, so that nothing is signed. */
    public AwsCredentialsProvider credentials() {
        return Config.UNSIGNED.equals(spec.config().get("signature_version")) ? AnonymousCredentialsProvider.create() : spec.credentials();
    }

    private ClientOverrideConfiguration overrides() {
        Config config = spec.config();
        ClientOverrideConfiguration.Builder b = ClientOverrideConfiguration.builder();
        interceptors.forEach(b::addExecutionInterceptor);
        if (spec.profileFile() != null || config.get("s3.us_east_1_regional_endpoint") != null) b.defaultProfileFile(profileFile());
        if (spec.profileName() != null) b.defaultProfileName(spec.profileName());
        b.retryStrategy(RetryPolicy.strategy(spec.service().name(), config));
        ConfigOptions.applyToOverrides(config, b);
        return b.build();
    }

    /**
     * The profile file the SDK reads its own settings from; with Config's {@code s3.us_east_1_regional_endpoint} over
     * it, since the SDK takes that setting only from a profile (or the environment).
     */
    private ProfileFile profileFile() {
        ProfileFile base = spec.profileFile() != null ? spec.profileFile() : ProfileFile.builder().content("").type(ProfileFile.Type.CONFIGURATION).build();
        Object regional = spec.config().get("s3.us_east_1_regional_endpoint");
        if (regional == null) return base;
        String profile = spec.profileName() == null ? "default" : spec.profileName();
        String section = profile.equals("default") ? "[default]" : "[profile " + profile + "]";
        ProfileFile setting = ProfileFile.builder().type(ProfileFile.Type.CONFIGURATION)
                .content(new java.io.ByteArrayInputStream((section + "\ns3_us_east_1_regional_endpoint = " + regional + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8))).build();
        return ProfileFile.aggregator().addFile(setting).addFile(base).build();
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

    @Override public String toString() { return "ClientFactory(" + spec.service().name() + ")"; }
}
