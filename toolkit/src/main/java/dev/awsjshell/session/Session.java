package dev.awsjshell.session;

import dev.awsjshell.client.AwsClient;
import dev.awsjshell.client.ClientSpec;
import dev.awsjshell.client.EndpointQuirks;
import dev.awsjshell.config.Config;
import dev.awsjshell.errors.ConfigParseError;
import dev.awsjshell.errors.CredentialRetrievalError;
import dev.awsjshell.errors.InvalidConfigError;
import dev.awsjshell.errors.InvalidRegionError;
import dev.awsjshell.errors.NotInSandboxError;
import dev.awsjshell.errors.ProfileNotFound;
import dev.awsjshell.errors.UnknownNameError;
import dev.awsjshell.model.ServiceCatalog;
import dev.awsjshell.model.ServiceModel;
import dev.awsjshell.resource.ResourceContext;
import dev.awsjshell.resource.ServiceResource;
import dev.awsjshell.resource.model.ResourceModel;
import dev.awsjshell.util.Lazy;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

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
    private final Map<String, String> env;
    private final Function<String, String> mfaPrompter;
    private final Lazy<Profiles> profiles;
    private final CredentialSources credentialSources;

    private Session(Builder b) {
        this.explicitProfile = b.profileName;
        this.explicitRegion = b.regionName;
        this.accessKeyId = b.accessKeyId;
        this.secretAccessKey = b.secretAccessKey;
        this.sessionToken = b.sessionToken;
        this.config = b.config == null ? Config.empty() : b.config;
        this.sandboxEndpoints = b.sandboxEndpoints == null ? null : Map.copyOf(b.sandboxEndpoints);
        this.sandboxQuirks = b.sandboxQuirks;
        this.env = b.env == null ? System.getenv() : Map.copyOf(b.env);
        this.mfaPrompter = b.mfaPrompter == null ? Session::askMfaCode : b.mfaPrompter;
        this.profiles = new Lazy<>(() -> new Profiles(env));
        InvalidRegionError.check(explicitRegion);
        if ((accessKeyId == null) != (secretAccessKey == null)) {
            throw new InvalidConfigError("Give both aws_access_key_id and aws_secret_access_key, or neither");
        }
        // botocore: a profile named in code, by AWS_DEFAULT_PROFILE or by AWS_PROFILE must exist, even "default". The
        // sandbox reads the profile files only for a profile named in code, so a shell's AWS_PROFILE or a broken file
        // does not stop it.
        String mustExist = isSandbox() ? explicitProfile : namedProfile();
        if (mustExist != null && !profiles.get().exists(mustExist)) {
            throw new ProfileNotFound(mustExist, availableProfiles());
        }
        this.credentialSources = new CredentialSources(this::credentialSource);
    }

    /** The first source of botocore's chain that is configured for this session, or null. */
    private CredentialChain.Source credentialSource() {
        if (accessKeyId != null) {
            return new CredentialChain.Source("explicit", StaticCredentialsProvider.create(
                    CredentialChain.credentials(accessKeyId, secretAccessKey, sessionToken, null)));
        }
        if (isSandbox()) {
            return new CredentialChain.Source("sandbox", StaticCredentialsProvider.create(AwsBasicCredentials.create("sandbox", "sandbox-secret")));
        }
        ServiceClients clients = new ServiceClients(env, profiles.get(), profileName(), regionName(), caBundle());
        return new CredentialChain(env, profiles.get(), profileName(), profileIsExplicit(), clients, mfaPrompter).resolve();
    }

    /** botocore's prompt for an MFA code, at the console; without one (a notebook) the role cannot be assumed. */
    private static String askMfaCode(String serial) {
        java.io.Console console = System.console();
        if (console == null) {
            throw new CredentialRetrievalError("assume-role", "the role needs an MFA code for " + serial + " and there is no console to ask it");
        }
        char[] code = console.readPassword("Enter MFA code for %s: ", serial);
        if (code == null) throw new CredentialRetrievalError("assume-role", "no MFA code given for " + serial);
        return new String(code).trim();
    }

    public static Builder builder() { return new Builder(); }

    /** The map form, keyed as boto3.session.Session's keywords. */
    public static Session of(Map<String, ?> settings) { return builder().settings(settings).build(); }

    private static String keyword(String key, Object v) {
        if (v instanceof String s) return s;
        // a secret's value is never quoted
        String value = key.equals("aws_secret_access_key") || key.equals("aws_session_token") ? "****" : shown(v);
        throw new InvalidConfigError("Session keyword " + key + " must be a String, got " + value);
    }

    private static String shown(Object v) {
        String s = String.valueOf(v);
        return (s.length() > 200 ? s.substring(0, 200) + "..." : s) + " (" + v.getClass().getSimpleName() + ")";
    }

    /**
     * A low-level client for a service, by boto3's name ({@code "s3"}, {@code "elbv2"}) or the SDK's. A service with
     * its own client class gives it: {@code S3AwsClient s3 = session.client("s3");}
     */
    public <T extends AwsClient> T client(String serviceName) { return client(serviceName, (Config) null); }

    /**
     * boto3's {@code session.client("s3", region_name=..., endpoint_url=..., aws_access_key_id=..., config=...,
     * verify=False, use_ssl=False)}: {@code session.client("s3", Map.of("region_name", "eu-west-1"))}. An unknown
     * keyword is an UnknownNameError naming the valid ones.
     */
    @SuppressWarnings("unchecked")
    public <T extends AwsClient> T client(String serviceName, Map<String, ?> keywords) {
        ClientKeywords k = ClientKeywords.of(keywords);
        ClientSpec spec = spec(ServiceCatalog.model(serviceName), config.merge(k.config())).with(k.keys(), k.caBundle(), k.verify(), k.useSsl());
        return (T) AwsClient.create(spec);
    }

    @SuppressWarnings("unchecked")
    public <T extends AwsClient> T client(String serviceName, Config clientConfig) {
        return (T) AwsClient.create(spec(ServiceCatalog.model(serviceName), config.merge(clientConfig)));
    }

    /** What this session decides for a service's clients: region, endpoint, credentials, profile, Config. */
    private ClientSpec spec(ServiceModel service, Config merged) {
        URI endpoint;
        if (isSandbox() && merged.endpointUrl() != null) {
            endpoint = URI.create(merged.endpointUrl());
        } else if (isSandbox()) {
            endpoint = sandboxEndpoints.get(service.name());
            if (endpoint == null) throw new NotInSandboxError(service.name(), sandboxEndpoints.keySet());
        } else {
            endpoint = merged.endpointUrl() == null ? null : URI.create(merged.endpointUrl());
        }
        merged = retrySettings(merged);
        merged = profileS3Settings(merged);
        String region = merged.regionName() != null ? merged.regionName() : regionName();
        // the sandbox reads no profile file, so a broken ~/.aws/config does not stop it
        ProfileFile profileFile = isSandbox() ? ProfileFile.aggregator().build() : profiles.get().merged();
        return new ClientSpec(service, merged, region, endpoint, credentialSources.provider(), profileFile, Profiles.sdkName(profileName()),
                sandboxQuirks, isSandbox() ? null : caBundle());
    }

    /**
     * botocore's retry settings where Config sets none: AWS_MAX_ATTEMPTS, then the profile's {@code max_attempts}
     * (attempts in all), and AWS_RETRY_MODE, then the profile's {@code retry_mode}. Read here, from this session's
     * environment and profile, so that a profile named in code counts as one named by AWS_PROFILE.
     */
    private Config retrySettings(Config merged) {
        if (isSandbox()) return merged;
        Map<String, String> profile = profiles.get().profile(profileName());
        Config.Builder b = Config.builder();
        boolean changed = false;
        if (merged.totalMaxAttempts() == null) {
            String attempts = firstSet(env.get("AWS_MAX_ATTEMPTS"), profile.get("max_attempts"));
            if (attempts != null) {
                try {
                    b.totalMaxAttempts(Integer.parseInt(attempts.trim()));
                    changed = true;
                } catch (NumberFormatException e) {
                    throw new InvalidConfigError("max_attempts must be a whole number, got '" + attempts + "'");
                }
            }
        }
        if (merged.retryMode() == null) {
            String mode = firstSet(env.get("AWS_RETRY_MODE"), profile.get("retry_mode"));
            if (mode != null) {
                b.retryMode(mode.trim());
                changed = true;
            }
        }
        return changed ? b.build().merge(merged) : merged;
    }

    private static final List<String> PROFILE_S3_KEYS = List.of("addressing_style", "use_accelerate_endpoint", "payload_signing_enabled",
            "use_dualstack_endpoint", "us_east_1_regional_endpoint", "use_arn_region");

    /**
     * The profile's nested {@code s3 =} section ({@code addressing_style = path} indented under it), under Config's own
     * s3 settings, as botocore merges them.
     */
    private Config profileS3Settings(Config merged) {
        if (isSandbox()) return merged;
        Map<String, String> profile = profiles.get().profile(profileName());
        Config.Builder b = Config.builder();
        boolean changed = false;
        for (String key : PROFILE_S3_KEYS) {
            String value = profile.get("s3." + key);
            if (value == null || merged.get("s3." + key) != null) continue;
            value = value.trim();
            boolean flag = value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false");
            b.set("s3." + key, key.equals("addressing_style") || key.equals("us_east_1_regional_endpoint") || !flag ? value : Boolean.valueOf(value.toLowerCase()));
            changed = true;
        }
        return changed ? b.build().merge(merged) : merged;
    }

    private static String firstSet(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v;
        return null;
    }

    /**
     * boto3's resource interface for a service: {@code S3Resource s3 = session.resource("s3")}, or the dynamic form with
     * {@code var}. One of {@link #availableResources()}.
     */
    public <T extends ServiceResource> T resource(String serviceName) { return resource(serviceName, (Config) null); }

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

    /** The profile in use: the explicit one, else AWS_DEFAULT_PROFILE, else AWS_PROFILE (botocore's order), else {@code default}. */
    public String profileName() {
        String named = namedProfile();
        return named == null ? "default" : named;
    }

    /** The profile named in code or by the environment, or null. */
    private String namedProfile() {
        if (explicitProfile != null) return explicitProfile;
        for (String variable : List.of("AWS_DEFAULT_PROFILE", "AWS_PROFILE")) {
            String v = env.get(variable);
            if (v != null && !v.isEmpty()) return v;
        }
        return null;
    }

    /** The PEM bundle of the certificates to trust: AWS_CA_BUNDLE, else the profile's {@code ca_bundle}; null for the JVM's. */
    public Path caBundle() {
        String bundle = env.get("AWS_CA_BUNDLE");
        if (bundle == null || bundle.isEmpty()) bundle = profiles.get().profile(profileName()).get("ca_bundle");
        return bundle == null || bundle.isEmpty() ? null : Path.of(bundle);
    }

    public boolean profileIsExplicit() { return explicitProfile != null; }

    /** The profiles of the config and credentials files (AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE are honoured). */
    public List<String> availableProfiles() { return profiles.get().names(); }

    /** boto3's service names, and the SDK's for services boto3 lacks. */
    public List<String> availableServices() { return ServiceCatalog.serviceNames(); }

    /** The regions AWS publishes for a service, by the SDK's endpoint metadata. */
    public List<String> availableRegions(String serviceName) {
        return ServiceCatalog.model(serviceName).regions().stream().map(Region::id).sorted().toList();
    }

    /**
     * The region in use, with botocore's precedence: Config, explicit, AWS_DEFAULT_REGION, the profile's {@code region};
     * then AWS_REGION, which botocore does not read, only where botocore would have no region; null if none.
     */
    public String regionName() {
        String[] source = regionSource();
        return source == null ? null : source[0];
    }

    private String profileRegion() {
        try {
            return profiles.get().profile(profileName()).get("region");
        } catch (ConfigParseError e) {
            if (isSandbox()) return null;
            throw e;
        }
    }

    /** The region and where it came from, or null. */
    String[] regionSource() {
        if (config.regionName() != null) return new String[] {config.regionName(), "Config"};
        if (explicitRegion != null) return new String[] {explicitRegion, "session"};
        String defaultRegion = env.get("AWS_DEFAULT_REGION");
        if (defaultRegion != null && !defaultRegion.isBlank()) return new String[] {defaultRegion, "AWS_DEFAULT_REGION"};
        String fromProfile = profileRegion();
        if (fromProfile != null && !fromProfile.isBlank()) return new String[] {fromProfile, "profile " + profileName()};
        String awsRegion = env.get("AWS_REGION");
        if (awsRegion != null && !awsRegion.isBlank()) return new String[] {awsRegion, "AWS_REGION"};
        if (isSandbox()) return new String[] {"us-east-1", "sandbox"};
        return null;
    }

    /**
     * botocore's get_credentials: the keys the chain finds, with the method that found them ({@code env},
     * {@code assume-role}, {@code sso}, ...); empty when no source is configured. A configured source that fails raises
     * its error (ClientError from STS, CredentialRetrievalError, PartialCredentialsError, InvalidConfigError,
     * SSOTokenLoadError, ...); another source is never used instead.
     */
    public Optional<Credentials> credentials() { return credentialSources.credentials(); }

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
        b.env = env == System.getenv() ? null : env;
        b.mfaPrompter = mfaPrompter;
        return b;
    }

    /** The environment this session reads (the process's, unless a test gave its own). */
    Map<String, String> environment() { return env; }

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
        private Map<String, String> env;
        private Function<String, String> mfaPrompter;
        private boolean sandboxUnlessEndpoint;

        private Builder() {}

        /** The environment variables to read instead of the process's: for tests, which cannot set the process's. */
        Builder environment(Map<String, String> environment) { this.env = environment; return this; }
        /** What asks for an MFA code (botocore's prompter), given the MFA device's serial. */
        Builder mfaPrompter(Function<String, String> prompter) { this.mfaPrompter = prompter; return this; }

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
        /** boto3.session.Session's keywords: profile_name, region_name, the keys, config, endpoint_url. */
        public Builder settings(Map<String, ?> settings) {
            if (settings == null) throw new InvalidConfigError("Session settings must be a Map, got null");
            settings.forEach((k, v) -> {
                if (v == null) return;
                switch (String.valueOf(k)) {
                    case "profile_name" -> profileName(keyword(k, v));
                    case "region_name" -> regionName(keyword(k, v));
                    case "aws_access_key_id" -> accessKeyId(keyword(k, v));
                    case "aws_secret_access_key" -> secretAccessKey(keyword(k, v));
                    case "aws_session_token" -> sessionToken(keyword(k, v));
                    case "config" -> {
                        if (v instanceof Config c) config(c);
                        else if (v instanceof Map<?, ?> m) config(Config.of(castMap(m)));
                        else throw new InvalidConfigError("Session keyword config must be a Config or a Map, got " + shown(v));
                    }
                    case "endpoint_url" -> endpointUrl(keyword(k, v));
                    default -> throw new UnknownNameError("Session keyword", String.valueOf(k),
                            List.of("profile_name", "region_name", "aws_access_key_id", "aws_secret_access_key", "aws_session_token", "config", "endpoint_url"));
                }
            });
            return this;
        }

        /**
         * A session on the same sandbox as {@code sandboxSession} (its endpoints, dummy keys unless keys are given),
         * unless an endpoint_url is given before {@link #build()}: then it is an ordinary session on that endpoint.
         */
        public Builder sandboxUnlessEndpoint(Session sandboxSession) {
            this.sandboxEndpoints = sandboxSession.sandboxEndpoints;
            this.sandboxQuirks = sandboxSession.sandboxQuirks;
            this.sandboxUnlessEndpoint = true;
            return this;
        }

        public Session build() {
            if (sandboxUnlessEndpoint && config != null && config.endpointUrl() != null) {
                sandboxEndpoints = null;
                sandboxQuirks = null;
            }
            return new Session(this);
        }

        @Override public String toString() {
            return "Session.Builder(profile_name=" + profileName + ", region_name=" + regionName
                    + (accessKeyId == null ? "" : ", aws_access_key_id=" + dev.awsjshell.display.Secrets.maskKeyId(accessKeyId) + ", aws_secret_access_key=****") + ")";
        }
    }
}
