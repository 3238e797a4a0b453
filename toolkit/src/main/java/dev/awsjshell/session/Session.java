package dev.awsjshell.session;

import dev.awsjshell.client.AwsClient;
import dev.awsjshell.client.ClientSpec;
import dev.awsjshell.client.EndpointQuirks;
import dev.awsjshell.config.Config;
import dev.awsjshell.errors.InvalidConfigError;
import dev.awsjshell.errors.NotInSandboxError;
import dev.awsjshell.errors.ProfileNotFound;
import dev.awsjshell.errors.UnknownNameError;
import dev.awsjshell.model.ServiceCatalog;
import dev.awsjshell.model.ServiceModel;
import dev.awsjshell.resource.ResourceContext;
import dev.awsjshell.resource.ServiceResource;
import dev.awsjshell.resource.model.ResourceModel;
import dev.awsjshell.util.Lazy;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.SdkSystemSetting;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileFileSystemSetting;
import software.amazon.awssdk.regions.Region;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * boto3's Session: where clients get their profile, region, credentials, Config and endpoints.
 * Immutable and safe to share between threads (boto3's is not); the files and the credential chain are read once, on first use.
 */
public final class Session {
    private final String explicitProfile;
    private final String explicitRegion;
    private final String accessKeyId;
    private final String secretAccessKey;
    private final String sessionToken;
    private final Config config;
    private final Map<String, URI> sandboxEndpoints;
    private final EndpointQuirks sandboxQuirks;
    private final Lazy<ProfileFile> profileFile = new Lazy<>(ProfileFile::defaultProfileFile);
    private final Lazy<AwsCredentialsProvider> credentialsProvider;

    private Session(Builder b) {
        this.explicitProfile = b.profileName;
        this.explicitRegion = b.regionName;
        this.accessKeyId = b.accessKeyId;
        this.secretAccessKey = b.secretAccessKey;
        this.sessionToken = b.sessionToken;
        this.config = b.config == null ? Config.empty() : b.config;
        this.sandboxEndpoints = b.sandboxEndpoints == null ? null : Map.copyOf(b.sandboxEndpoints);
        this.sandboxQuirks = b.sandboxQuirks;
        if ((accessKeyId == null) != (secretAccessKey == null)) {
            throw new InvalidConfigError("Give both aws_access_key_id and aws_secret_access_key, or neither");
        }
        if (explicitProfile != null && !availableProfiles().contains(explicitProfile)) {
            throw new ProfileNotFound(explicitProfile, availableProfiles());
        }
        this.credentialsProvider = new Lazy<>(() -> CredentialSources.provider(this));
    }

    public static Builder builder() { return new Builder(); }

    /** The map form, keyed as boto3.session.Session's keywords. */
    public static Session of(Map<String, ?> settings) {
        Builder b = builder();
        settings.forEach((k, v) -> {
            switch (k) {
                case "profile_name" -> b.profileName((String) v);
                case "region_name" -> b.regionName((String) v);
                case "aws_access_key_id" -> b.accessKeyId((String) v);
                case "aws_secret_access_key" -> b.secretAccessKey((String) v);
                case "aws_session_token" -> b.sessionToken((String) v);
                case "config" -> b.config(v instanceof Config c ? c : Config.of(castMap(v)));
                case "endpoint_url" -> b.endpointUrl((String) v);
                default -> throw new UnknownNameError("Session keyword", k,
                        List.of("profile_name", "region_name", "aws_access_key_id", "aws_secret_access_key", "aws_session_token", "config", "endpoint_url"));
            }
        });
        return b.build();
    }

    /**
     * A low-level client for a service, by boto3's name ({@code "s3"}, {@code "elbv2"}) or the SDK's. A service with
     * its own client class gives it: {@code S3AwsClient s3 = session.client("s3");}
     */
    public <T extends AwsClient> T client(String serviceName) { return client(serviceName, null); }

    @SuppressWarnings("unchecked")
    public <T extends AwsClient> T client(String serviceName, Config clientConfig) {
        return (T) AwsClient.create(spec(ServiceCatalog.model(serviceName), config.merge(clientConfig)));
    }

    /** What this session decides for a service's clients: region, endpoint, credentials, profile, Config. */
    private ClientSpec spec(ServiceModel service, Config merged) {
        URI endpoint;
        if (isSandbox()) {
            endpoint = sandboxEndpoints.get(service.name());
            if (endpoint == null) throw new NotInSandboxError(service.name(), sandboxEndpoints.keySet());
        } else {
            endpoint = merged.endpointUrl() == null ? null : URI.create(merged.endpointUrl());
        }
        String region = merged.regionName() != null ? merged.regionName() : regionName();
        return new ClientSpec(service, merged, region, endpoint, credentialsProvider.get(), profileFile.get(), profileName(), sandboxQuirks);
    }

    /**
     * boto3's resource interface for a service: {@code S3Resource s3 = session.resource("s3")}, or the dynamic form with
     * {@code var}. One of {@link #availableResources()}.
     */
    public <T extends ServiceResource> T resource(String serviceName) { return resource(serviceName, null); }

    @SuppressWarnings("unchecked")
    public <T extends ServiceResource> T resource(String serviceName, Config clientConfig) {
        ResourceModel.of(serviceName);
        return (T) ResourceContext.serviceResource(serviceName, client(serviceName, clientConfig));
    }

    /** The services with a resource interface, as boto3's {@code get_available_resources()}. */
    public List<String> availableResources() { return ResourceModel.SERVICES; }

    /** The typed SDK client itself, configured like {@link #client(String)}: {@code session.client(S3Client.class)}. */
    public <T extends SdkClient> T client(Class<T> clientInterface) {
        return clientInterface.cast(AwsClient.create(spec(ServiceCatalog.model(clientInterface), config)).sdk());
    }

    /** The profile in use: the explicit one, else AWS_PROFILE (or AWS_DEFAULT_PROFILE), else {@code default}. */
    public String profileName() {
        if (explicitProfile != null) return explicitProfile;
        return ProfileFileSystemSetting.AWS_PROFILE.getStringValue()
                .or(() -> Optional.ofNullable(System.getenv("AWS_DEFAULT_PROFILE")))
                .orElse("default");
    }

    public boolean profileIsExplicit() { return explicitProfile != null; }

    /** The profiles of the config and credentials files (AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE are honoured). */
    public List<String> availableProfiles() { return List.copyOf(new TreeMap<>(profileFile.get().profiles()).keySet()); }

    /** boto3's service names, and the SDK's for services boto3 lacks. */
    public List<String> availableServices() { return ServiceCatalog.serviceNames(); }

    /** The regions AWS publishes for a service, by the SDK's endpoint metadata. */
    public List<String> availableRegions(String serviceName) {
        return ServiceCatalog.model(serviceName).regions().stream().map(Region::id).sorted().toList();
    }

    /** The region in use, with boto3's precedence: Config, explicit, AWS_REGION, AWS_DEFAULT_REGION, profile; null if none. */
    public String regionName() {
        String[] source = regionSource();
        return source == null ? null : source[0];
    }

    /** The region and where it came from, or null. */
    String[] regionSource() {
        if (config.regionName() != null) return new String[] {config.regionName(), "Config"};
        if (explicitRegion != null) return new String[] {explicitRegion, "session"};
        Optional<String> env = SdkSystemSetting.AWS_REGION.getStringValue();
        if (env.isPresent()) return new String[] {env.get(), "AWS_REGION"};
        String defaultRegion = System.getenv("AWS_DEFAULT_REGION");
        if (defaultRegion != null && !defaultRegion.isBlank()) return new String[] {defaultRegion, "AWS_DEFAULT_REGION"};
        Optional<String> fromProfile = profileFile.get().profile(profileName()).flatMap(p -> p.property("region"));
        if (fromProfile.isPresent()) return new String[] {fromProfile.get(), "profile " + profileName()};
        if (isSandbox()) return new String[] {"us-east-1", "sandbox"};
        return null;
    }

    /** The credentials the chain finds, with the method that found them (botocore's get_credentials); empty if none. */
    public Optional<Credentials> credentials() { return CredentialSources.resolve(this); }

    public Config config() { return config; }

    /** True when this session talks only to the local sandbox. */
    public boolean isSandbox() { return sandboxEndpoints != null; }

    public Map<String, URI> sandboxEndpoints() { return sandboxEndpoints == null ? Map.of() : sandboxEndpoints; }

    /** A new session like this one with another Config merged over its own. */
    public Session withConfig(Config other) { return toBuilder().config(config.merge(other)).build(); }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.profileName = explicitProfile;
        b.regionName = explicitRegion;
        b.accessKeyId = accessKeyId;
        b.secretAccessKey = secretAccessKey;
        b.sessionToken = sessionToken;
        b.config = config;
        b.sandboxEndpoints = sandboxEndpoints;
        b.sandboxQuirks = sandboxQuirks;
        return b;
    }

    ProfileFile profileFile() { return profileFile.get(); }
    AwsCredentialsProvider credentialsProvider() { return credentialsProvider.get(); }
    String explicitAccessKeyId() { return accessKeyId; }
    String explicitSecretAccessKey() { return secretAccessKey; }
    String explicitSessionToken() { return sessionToken; }

    @Override public String toString() {
        return "Session(region_name=" + quote(regionName()) + ", profile_name=" + quote(profileName())
                + (isSandbox() ? ", sandbox=" + sandboxEndpoints.keySet() : "") + ")";
    }

    private static String quote(String s) { return s == null ? "None" : "'" + s + "'"; }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> castMap(Object v) { return (Map<String, ?>) v; }

    public static final class Builder {
        private String profileName;
        private String regionName;
        private String accessKeyId;
        private String secretAccessKey;
        private String sessionToken;
        private Config config;
        private Map<String, URI> sandboxEndpoints;
        private EndpointQuirks sandboxQuirks;

        private Builder() {}

        public Builder profileName(String profile) { this.profileName = profile; return this; }
        public Builder regionName(String region) { this.regionName = region; return this; }
        public Builder accessKeyId(String keyId) { this.accessKeyId = keyId; return this; }
        public Builder secretAccessKey(String secret) { this.secretAccessKey = secret; return this; }
        public Builder sessionToken(String token) { this.sessionToken = token; return this; }
        public Builder config(Config config) { this.config = config; return this; }
        public Builder config(Map<String, ?> config) { return config(Config.of(config)); }
        /** The endpoint for every client of this session (Config's endpoint_url). */
        public Builder endpointUrl(String url) {
            Config base = config == null ? Config.empty() : config;
            this.config = base.merge(Config.builder().endpointUrl(url).build());
            return this;
        }
        /** Local endpoints by service name; every other service is refused, and dummy credentials are used unless set. */
        /** The same, with what the emulators behind those endpoints need that AWS does not. */
        public Builder sandbox(Map<String, URI> endpoints, EndpointQuirks quirks) {
            this.sandboxEndpoints = endpoints;
            this.sandboxQuirks = quirks;
            return this;
        }
        public Session build() { return new Session(this); }

        @Override public String toString() {
            return "Session.Builder(profile_name=" + profileName + ", region_name=" + regionName
                    + (accessKeyId == null ? "" : ", aws_access_key_id=" + dev.awsjshell.display.Secrets.maskKeyId(accessKeyId) + ", aws_secret_access_key=****") + ")";
        }
    }
}
