package dev.awsjshell.session;

import dev.awsjshell.client.ClientFactory;
import dev.awsjshell.client.WireLog;
import dev.awsjshell.config.Config;
import dev.awsjshell.errors.NoRegionError;

import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sso.SsoClient;
import software.amazon.awssdk.services.sts.StsClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The clients the credential chain needs, made as botocore makes them from the session: STS with the session's region
 * and endpoint settings, SSO with the profile's {@code sso_region}, both trusting the session's {@code ca_bundle}.
 * Endpoints follow botocore's order: {@code AWS_ENDPOINT_URL_<SERVICE>}, the profile's {@code services} section,
 * {@code AWS_ENDPOINT_URL}, the profile's {@code endpoint_url}; none when configured endpoints are ignored.
 */
final class ServiceClients {
    private final Map<String, String> env;
    private final Profiles profiles;
    private final String profileName;
    private final String region;
    private final Path caBundle;
    private volatile HttpClient http;

    ServiceClients(Map<String, String> env, Profiles profiles, String profileName, String region, Path caBundle) {
        this.env = env;
        this.profiles = profiles;
        this.profileName = profileName;
        this.region = region;
        this.caBundle = caBundle;
    }

    /**
     * STS, signed with {@code credentials} (anonymous for web identity), in the session's region. Without a region
     * botocore raises NoRegionError (its STS endpoints are regional), and so do we, rather than use the global endpoint.
     */
    StsClient sts(AwsCredentialsProvider credentials) {
        if (region == null) throw new NoRegionError("sts (to assume a role)");
        var builder = StsClient.builder();
        configure(builder, Region.of(region), endpoint("STS", "sts"), credentials);
        builder.httpClientBuilder(ClientFactory.apacheHttpClient(Config.empty(), caBundle));
        return builder.build();
    }

    /** IAM Identity Center's portal API, unsigned (the access token is the credential), in {@code ssoRegion}. */
    SsoClient sso(String ssoRegion) {
        var builder = SsoClient.builder();
        configure(builder, Region.of(ssoRegion), endpoint("SSO", "sso"), AnonymousCredentialsProvider.create());
        builder.httpClientBuilder(ClientFactory.apacheHttpClient(Config.empty(), caBundle));
        return builder.build();
    }

    private void configure(AwsClientBuilder<?, ?> builder, Region region, URI endpoint, AwsCredentialsProvider credentials) {
        builder.region(region).credentialsProvider(credentials);
        if (endpoint != null) builder.endpointOverride(endpoint);
        builder.overrideConfiguration(ClientOverrideConfiguration.builder().addExecutionInterceptor(WireLog.INSTANCE)
                .defaultProfileFile(profiles.merged()).defaultProfileName(Profiles.sdkName(profileName)).build());
    }

    /** The endpoint configured for a service, by botocore's rules, or null for AWS's own. */
    URI endpoint(String envSuffix, String servicesKey) {
        String ignore = env.getOrDefault("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", profiles.profile(profileName).get("ignore_configured_endpoint_urls"));
        if ("true".equalsIgnoreCase(ignore)) return null;
        String url = nonEmpty(env.get("AWS_ENDPOINT_URL_" + envSuffix));
        if (url == null) {
            String services = profiles.profile(profileName).get("services");
            if (services != null) url = profiles.serviceEndpoint(services, servicesKey);
        }
        if (url == null) url = nonEmpty(env.get("AWS_ENDPOINT_URL"));
        if (url == null) url = nonEmpty(profiles.profile(profileName).get("endpoint_url"));
        return url == null ? null : URI.create(url);
    }

    /** Plain HTTP for the container and instance metadata endpoints. */
    HttpClient http() {
        HttpClient h = http;
        if (h == null) {
            synchronized (this) {
                if (http == null) http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).version(HttpClient.Version.HTTP_1_1).build();
                h = http;
            }
        }
        return h;
    }

    private static String nonEmpty(String s) { return s == null || s.isEmpty() ? null : s; }
}
