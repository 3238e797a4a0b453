package dev.awsjshell.session;

import dev.awsjshell.errors.CredentialRetrievalError;
import dev.awsjshell.errors.InfiniteLoopConfigError;
import dev.awsjshell.errors.InvalidConfigError;
import dev.awsjshell.errors.PartialCredentialsError;
import dev.awsjshell.errors.SSOTokenLoadError;
import dev.awsjshell.errors.TokenRetrievalError;
import dev.awsjshell.errors.UnauthorizedSSOTokenError;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.sso.SsoClient;
import software.amazon.awssdk.services.sso.model.RoleCredentials;
import software.amazon.awssdk.services.sso.model.UnauthorizedException;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleWithWebIdentityCredentialsProvider;
import software.amazon.awssdk.services.sts.model.AssumeRoleRequest;
import software.amazon.awssdk.services.sts.model.AssumeRoleWithWebIdentityRequest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * botocore's default credential chain ({@code create_credential_resolver}), source by source and in its order:
 * environment, assume-role, web identity, SSO, shared credentials file, credential_process, config file, container,
 * instance metadata. The first source that is configured answers: when it fails, its error is raised and no other
 * source is tried (a different identity is never used silently). {@link #resolve()} gives null only when no source is
 * configured at all.
 */
final class CredentialChain {
    /** A source that answered: botocore's {@code Credentials.method} and the provider that keeps its keys fresh. */
    record Source(String method, AwsCredentialsProvider provider) {}

    static final Set<String> CREDENTIAL_SOURCES = Set.of("Environment", "Ec2InstanceMetadata", "EcsContainer");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> env;
    private final Profiles profiles;
    private final String profileName;
    private final boolean disableEnv;
    private final ServiceClients clients;
    private final Function<String, String> mfaPrompter;

    CredentialChain(Map<String, String> env, Profiles profiles, String profileName, boolean profileIsExplicit,
                    ServiceClients clients, Function<String, String> mfaPrompter) {
        this.env = env;
        this.profiles = profiles;
        this.profileName = profileName;
        this.disableEnv = profileIsExplicit;
        this.clients = clients;
        this.mfaPrompter = mfaPrompter;
    }

    /** The first configured source, or null when none is configured. Failures of a configured source are raised. */
    Source resolve() {
        // botocore drops the environment's keys when a profile is chosen in code.
        if (!disableEnv) {
            Source s = environment();
            if (s != null) return s;
        }
        Map<String, String> profile = profiles.profile(profileName);
        if (hasAssumeRoleConfig(profile)) return assumeRole(profileName, new ArrayList<>(List.of(profileName)));
        Source s = profileSources(profileName, disableEnv);
        if (s != null) return s;
        s = container();
        if (s != null) return s;
        return instanceMetadata();
    }

    /** botocore's ProfileProviderBuilder: web identity, SSO, credentials file, credential_process, config file. */
    private Source profileSources(String name, boolean noEnv) {
        Source s = webIdentity(name, noEnv);
        if (s == null) s = sso(name);
        if (s == null) s = staticKeys(profiles.inCredentialsFile(name), "shared-credentials-file");
        if (s == null) s = process(name);
        if (s == null) s = staticKeys(profiles.inConfigFile(name), "config-file");
        return s;
    }

    // --- environment -------------------------------------------------------------------------------------------

    private Source environment() {
        String keyId = env.getOrDefault("AWS_ACCESS_KEY_ID", "");
        if (keyId.isEmpty()) return null;
        String secret = env.getOrDefault("AWS_SECRET_ACCESS_KEY", "");
        if (secret.isEmpty()) throw new PartialCredentialsError("env", "AWS_SECRET_ACCESS_KEY");
        String token = firstNonEmpty(env.get("AWS_SECURITY_TOKEN"), env.get("AWS_SESSION_TOKEN"));
        return new Source("env", StaticCredentialsProvider.create(credentials(keyId, secret, token, null)));
    }

    private static Source staticKeys(Map<String, String> profile, String method) {
        if (!profile.containsKey("aws_access_key_id")) return null;
        String secret = profile.get("aws_secret_access_key");
        if (secret == null) throw new PartialCredentialsError(method, "aws_secret_access_key");
        String token = profile.containsKey("aws_security_token") ? profile.get("aws_security_token") : profile.get("aws_session_token");
        return new Source(method, StaticCredentialsProvider.create(credentials(profile.get("aws_access_key_id"), secret, token, null)));
    }

    // --- assume-role -------------------------------------------------------------------------------------------

    private static boolean hasAssumeRoleConfig(Map<String, String> profile) {
        return profile.containsKey("role_arn") && !profile.containsKey("web_identity_token_file");
    }

    private static boolean hasStaticKeys(Map<String, String> profile) {
        return profile.containsKey("aws_access_key_id") || profile.containsKey("aws_secret_access_key");
    }

    private Source assumeRole(String name, List<String> visited) {
        Map<String, String> profile = profiles.profile(name);
        String sourceProfile = profile.get("source_profile");
        String credentialSource = profile.get("credential_source");
        if (credentialSource != null && sourceProfile != null) {
            throw new InvalidConfigError("The profile \"" + name + "\" contains both source_profile and credential_source.");
        }
        if (credentialSource == null && sourceProfile == null) {
            throw new PartialCredentialsError("assume-role", "source_profile or credential_source");
        }
        AwsCredentialsProvider source;
        if (credentialSource != null) {
            if (!CREDENTIAL_SOURCES.contains(credentialSource)) {
                throw new InvalidConfigError("The credential source \"" + credentialSource + "\" referenced in profile \"" + name
                        + "\" is not valid. Valid: " + String.join(", ", CREDENTIAL_SOURCES.stream().sorted().toList()));
            }
            Source s = switch (credentialSource) {
                case "Environment" -> environment();
                case "EcsContainer" -> container();
                default -> instanceMetadata();
            };
            if (s == null) {
                throw new CredentialRetrievalError(credentialSource, "No credentials found in credential_source referenced in profile " + name);
            }
            source = s.provider();
        } else {
            if (!profiles.exists(sourceProfile)) {
                throw new InvalidConfigError("The source_profile \"" + sourceProfile + "\" referenced in the profile \"" + name + "\" does not exist.");
            }
            Map<String, String> sourceConfig = profiles.profile(sourceProfile);
            if (visited.contains(sourceProfile)
                    && (!sourceProfile.equals(name) || !hasStaticKeys(sourceConfig))) {
                throw new InfiniteLoopConfigError(sourceProfile, visited);
            }
            visited.add(sourceProfile);
            if (hasStaticKeys(sourceConfig) || !hasAssumeRoleConfig(sourceConfig)) {
                Source s = profileSources(sourceProfile, true);
                if (s == null) throw new InvalidConfigError("The source profile \"" + sourceProfile + "\" must have credentials.");
                source = s.provider();
            } else {
                source = assumeRole(sourceProfile, visited).provider();
            }
        }
        String roleArn = profile.get("role_arn");
        String sessionName = profile.getOrDefault("role_session_name", defaultSessionName());
        String externalId = profile.get("external_id");
        String mfaSerial = profile.get("mfa_serial");
        Integer duration = null;
        if (profile.containsKey("duration_seconds")) {
            try {
                duration = Integer.valueOf(profile.get("duration_seconds").trim());
            } catch (NumberFormatException ignored) {
                // botocore leaves out a duration that is not a whole number
            }
        }
        Integer durationSeconds = duration;
        StsClient sts = clients.sts(source);
        Supplier<AssumeRoleRequest> request = () -> {
            AssumeRoleRequest.Builder r = AssumeRoleRequest.builder().roleArn(roleArn).roleSessionName(sessionName)
                    .externalId(externalId).durationSeconds(durationSeconds);
            if (mfaSerial != null) r.serialNumber(mfaSerial).tokenCode(mfaPrompter.apply(mfaSerial));
            return r.build();
        };
        StsAssumeRoleCredentialsProvider provider = StsAssumeRoleCredentialsProvider.builder().stsClient(sts)
                .refreshRequest(request).prefetchTime(Duration.ofMinutes(15)).staleTime(Duration.ofMinutes(10)).build();
        return new Source("assume-role", Sts.translating("AssumeRole", provider));
    }

    private static String defaultSessionName() { return "botocore-session-" + Instant.now().getEpochSecond(); }

    // --- web identity ------------------------------------------------------------------------------------------

    private String webIdentitySetting(Map<String, String> profile, String key, String variable, boolean noEnv) {
        if (!noEnv && env.containsKey(variable)) return env.get(variable);
        return profile.get(key);
    }

    private Source webIdentity(String name, boolean noEnv) {
        Map<String, String> profile = profiles.profile(name);
        String tokenFile = webIdentitySetting(profile, "web_identity_token_file", "AWS_WEB_IDENTITY_TOKEN_FILE", noEnv);
        if (tokenFile == null || tokenFile.isEmpty()) return null;
        String roleArn = webIdentitySetting(profile, "role_arn", "AWS_ROLE_ARN", noEnv);
        if (roleArn == null || roleArn.isEmpty()) {
            throw new InvalidConfigError("The provided profile or the current environment is configured to assume role with web "
                    + "identity but has no role ARN configured. Ensure that the profile has the role_arn configuration set or the "
                    + "AWS_ROLE_ARN env var is set.");
        }
        String sessionName = webIdentitySetting(profile, "role_session_name", "AWS_ROLE_SESSION_NAME", noEnv);
        String roleSessionName = sessionName == null ? defaultSessionName() : sessionName;
        Supplier<AssumeRoleWithWebIdentityRequest> request = () -> AssumeRoleWithWebIdentityRequest.builder().roleArn(roleArn)
                .roleSessionName(roleSessionName).webIdentityToken(readToken(tokenFile)).build();
        StsAssumeRoleWithWebIdentityCredentialsProvider provider = StsAssumeRoleWithWebIdentityCredentialsProvider.builder()
                .stsClient(clients.sts(AnonymousCredentialsProvider.create())).refreshRequest(request)
                .prefetchTime(Duration.ofMinutes(15)).staleTime(Duration.ofMinutes(10)).build();
        return new Source("assume-role-with-web-identity", Sts.translating("AssumeRoleWithWebIdentity", provider));
    }

    private static String readToken(String tokenFile) {
        try {
            return Files.readString(Path.of(tokenFile));
        } catch (IOException e) {
            throw new CredentialRetrievalError("assume-role-with-web-identity", "cannot read the web identity token file "
                    + tokenFile + " (" + e + ")", e);
        }
    }

    // --- SSO -----------------------------------------------------------------------------------------------------

    private Source sso(String name) {
        Map<String, String> profile = profiles.profile(name);
        if (!profile.containsKey("sso_role_name") && !profile.containsKey("sso_account_id")) return null;
        Map<String, String> config = new java.util.LinkedHashMap<>(profile);
        List<String> required = new ArrayList<>(List.of("sso_role_name", "sso_account_id", "sso_start_url", "sso_region"));
        String sessionName = profile.get("sso_session");
        if (sessionName != null) {
            Map<String, String> session = profiles.ssoSession(sessionName)
                    .orElseThrow(() -> new InvalidConfigError("The specified sso-session does not exist: \"" + sessionName + "\""));
            for (Map.Entry<String, String> e : session.entrySet()) {
                String mine = config.get(e.getKey());
                if (mine != null && !mine.equals(e.getValue())) {
                    throw new InvalidConfigError("The value for " + e.getKey() + " is inconsistent between profile (" + mine
                            + ") and sso-session (" + e.getValue() + ").");
                }
                config.put(e.getKey(), e.getValue());
            }
        }
        List<String> missing = required.stream().filter(k -> !config.containsKey(k)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidConfigError("The profile \"" + name + "\" is configured to use SSO but is missing required configuration: "
                    + String.join(", ", missing));
        }
        String startUrl = config.get("sso_start_url");
        String login = "aws sso login --profile " + name;
        SsoClient client = clients.sso(config.get("sso_region"));
        Supplier<AwsCredentials> fetch = () -> {
            String token = ssoToken(startUrl, sessionName, login);
            RoleCredentials role;
            try {
                role = client.getRoleCredentials(r -> r.roleName(config.get("sso_role_name")).accountId(config.get("sso_account_id")).accessToken(token)).roleCredentials();
            } catch (UnauthorizedException e) {
                throw new UnauthorizedSSOTokenError(login);
            } catch (software.amazon.awssdk.awscore.exception.AwsServiceException e) {
                throw Sts.clientError("GetRoleCredentials", e);
            }
            return credentials(role.accessKeyId(), role.secretAccessKey(), role.sessionToken(), Instant.ofEpochMilli(role.expiration()));
        };
        return new Source("sso", new Refreshing(fetch));
    }

    /** The cached token of an SSO login (botocore's SSOTokenLoader), from {@code ~/.aws/sso/cache}. */
    private String ssoToken(String startUrl, String sessionName, String login) {
        String name = sessionName != null ? sessionName : startUrl;
        Path file = profiles.home().resolve(".aws/sso/cache").resolve(sha1(name) + ".json");
        JsonNode token;
        try {
            token = JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new SSOTokenLoadError("Token for " + name + " does not exist. Run " + login + " to log in.");
        }
        if (token == null || !token.hasNonNull("accessToken") || !token.hasNonNull("expiresAt")) {
            throw new SSOTokenLoadError("Token for " + startUrl + " is invalid. Run " + login + " to log in again.");
        }
        Instant expires = instant(token.get("expiresAt").asText());
        if (!expires.isAfter(Instant.now())) {
            if (sessionName == null) throw new UnauthorizedSSOTokenError(login);
            throw new TokenRetrievalError("sso", "Token has expired and refresh failed. Run " + login + " to log in again.");
        }
        return token.get("accessToken").asText();
    }

    private static String sha1(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- credential_process -------------------------------------------------------------------------------------

    private Source process(String name) {
        String command = profiles.profile(name).get("credential_process");
        if (command == null) return null;
        String accountId = profiles.profile(name).get("aws_account_id");
        Supplier<AwsCredentials> fetch = () -> runProcess(command, accountId);
        AwsCredentials first = fetch.get();
        if (first instanceof AwsSessionCredentials s && s.expirationTime().isPresent()) {
            return new Source("custom-process", new Refreshing(fetch, first));
        }
        return new Source("custom-process", StaticCredentialsProvider.create(first));
    }

    private static AwsCredentials runProcess(String command, String accountId) {
        String out;
        String err;
        int status;
        try {
            Process p = new ProcessBuilder(ShellWords.split(command)).start();
            p.getOutputStream().close();
            var stderr = java.util.concurrent.CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
            out = readAll(p.getInputStream());
            err = stderr.join();
            status = p.waitFor();
        } catch (IOException e) {
            throw new CredentialRetrievalError("custom-process", e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CredentialRetrievalError("custom-process", "interrupted", e);
        }
        if (status != 0) throw new CredentialRetrievalError("custom-process", err);
        JsonNode parsed;
        try {
            parsed = JSON.readTree(out);
        } catch (IOException e) {
            throw new CredentialRetrievalError("custom-process", "the process's output is not JSON: " + e.getMessage(), e);
        }
        JsonNode version = parsed == null ? null : parsed.get("Version");
        if (version == null || !version.isInt() || version.asInt() != 1) {
            throw new CredentialRetrievalError("custom-process", "Unsupported version '" + (version == null ? "<Version key not provided>" : version.asText())
                    + "' for credential process provider, supported versions: 1");
        }
        for (String key : List.of("AccessKeyId", "SecretAccessKey")) {
            if (!parsed.has(key)) throw new CredentialRetrievalError("custom-process", "Missing required key in response: '" + key + "'");
        }
        String token = text(parsed, "SessionToken");
        String expiration = text(parsed, "Expiration");
        return credentials(parsed.get("AccessKeyId").asText(), parsed.get("SecretAccessKey").asText(), token,
                expiration == null ? null : instant(expiration));
    }

    private static String readAll(java.io.InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    // --- container -----------------------------------------------------------------------------------------------

    private static final List<String> CONTAINER_HOSTS = List.of("169.254.170.2", "169.254.170.23", "fd00:ec2::23", "[fd00:ec2::23]", "localhost");

    private Source container() {
        String relative = env.get("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI");
        String full = env.get("AWS_CONTAINER_CREDENTIALS_FULL_URI");
        if (relative == null && full == null) return null;
        URI uri = URI.create(relative != null ? "http://169.254.170.2" + relative : full);
        if (!"https".equals(uri.getScheme()) && !loopback(uri.getHost()) && !CONTAINER_HOSTS.contains(uri.getHost())) {
            throw new InvalidConfigError("Unsupported host '" + uri.getHost() + "'.  Can only retrieve metadata from a loopback address or "
                    + "one of these hosts: 169.254.170.2, 169.254.170.23, fd00:ec2::23, localhost");
        }
        Supplier<AwsCredentials> fetch = () -> {
            JsonNode body = containerMetadata(uri);
            return credentials(text(body, "AccessKeyId"), text(body, "SecretAccessKey"), text(body, "Token"),
                    body.hasNonNull("Expiration") ? instant(body.get("Expiration").asText()) : null);
        };
        return new Source("container-role", new Refreshing(fetch, fetch.get()));
    }

    /** botocore's ContainerMetadataFetcher: three attempts, a second apart, two seconds each. */
    private JsonNode containerMetadata(URI uri) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).header("Accept", "application/json").GET();
        String auth = null;
        if (env.containsKey("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE")) {
            try {
                auth = Files.readString(Path.of(env.get("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE")));
            } catch (IOException e) {
                throw new CredentialRetrievalError("container-role", "cannot read AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE: " + e, e);
            }
        } else if (env.containsKey("AWS_CONTAINER_AUTHORIZATION_TOKEN")) {
            auth = env.get("AWS_CONTAINER_AUTHORIZATION_TOKEN");
        }
        if (auth != null) {
            if (auth.contains("\r") || auth.contains("\n")) throw new InvalidConfigError("Auth token value is not a legal header value");
            request.header("Authorization", auth);
        }
        String last = null;
        for (int attempt = 1; attempt <= 3; attempt++) {
            try {
                HttpResponse<String> response = clients.http().send(request.build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    try {
                        return JSON.readTree(response.body());
                    } catch (IOException e) {
                        last = "Unable to parse JSON returned from container metadata services";
                    }
                } else {
                    last = "Received non 200 response " + response.statusCode() + " from container metadata: " + response.body();
                }
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            if (attempt < 3) sleep(1000);
        }
        throw new CredentialRetrievalError("container-role", "Error retrieving metadata: " + last);
    }

    // --- instance metadata (IMDSv2) ------------------------------------------------------------------------------

    private Source instanceMetadata() {
        if ("true".equalsIgnoreCase(env.getOrDefault("AWS_EC2_METADATA_DISABLED", ""))) return null;
        String endpoint = env.get("AWS_EC2_METADATA_SERVICE_ENDPOINT");
        if (endpoint == null) endpoint = profiles.profile(profileName).get("ec2_metadata_service_endpoint");
        // Off EC2 with no endpoint set, botocore waits for a one-second timeout; we do not ask.
        if (endpoint == null && !Ec2.likely()) return null;
        String base = (endpoint == null ? "http://169.254.169.254/" : endpoint).replaceAll("/+$", "");
        Duration timeout = Duration.ofMillis(Math.round(1000 * parseDouble(env.get("AWS_METADATA_SERVICE_TIMEOUT"), 1)));
        int attempts = (int) parseDouble(env.get("AWS_METADATA_SERVICE_NUM_ATTEMPTS"), 1);
        Supplier<AwsCredentials> fetch = () -> {
            AwsCredentials c = imds(base, timeout, Math.max(1, attempts));
            if (c == null) throw new CredentialRetrievalError("iam-role", "the instance metadata service gave no credentials");
            return c;
        };
        AwsCredentials first = imds(base, timeout, Math.max(1, attempts));
        return first == null ? null : new Source("iam-role", new Refreshing(fetch, first));
    }

    private AwsCredentials imds(String base, Duration timeout, int attempts) {
        for (int attempt = 0; attempt < attempts; attempt++) {
            try {
                String token = null;
                HttpResponse<String> t = clients.http().send(HttpRequest.newBuilder(URI.create(base + "/latest/api/token")).timeout(timeout)
                        .header("x-aws-ec2-metadata-token-ttl-seconds", "21600").PUT(HttpRequest.BodyPublishers.noBody()).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (t.statusCode() == 200) token = t.body();
                else if (t.statusCode() != 403 && t.statusCode() != 404 && t.statusCode() != 405) continue;
                String path = base + "/latest/meta-data/iam/security-credentials/";
                HttpResponse<String> roles = imdsGet(path, token, timeout);
                if (roles.statusCode() != 200 || roles.body().isBlank()) continue;
                String role = roles.body().lines().findFirst().orElse("").trim();
                HttpResponse<String> creds = imdsGet(path + role, token, timeout);
                if (creds.statusCode() != 200) continue;
                JsonNode body = JSON.readTree(creds.body());
                if (!body.hasNonNull("AccessKeyId") || !body.hasNonNull("SecretAccessKey")) continue;
                return credentials(text(body, "AccessKeyId"), text(body, "SecretAccessKey"), text(body, "Token"),
                        body.hasNonNull("Expiration") ? instant(body.get("Expiration").asText()) : null);
            } catch (IOException e) {
                // botocore: an unreachable metadata service means no credentials from it
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    private HttpResponse<String> imdsGet(String url, String token, Duration timeout) throws IOException, InterruptedException {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET();
        if (token != null) r.header("x-aws-ec2-metadata-token", token);
        return clients.http().send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    static AwsCredentials credentials(String keyId, String secret, String token, Instant expiration) {
        if (token == null && expiration == null) return AwsBasicCredentials.create(keyId, secret);
        return AwsSessionCredentials.builder().accessKeyId(keyId).secretAccessKey(secret).sessionToken(token).expirationTime(expiration).build();
    }

    private static String text(JsonNode node, String key) { return node != null && node.hasNonNull(key) ? node.get(key).asText() : null; }

    private static String firstNonEmpty(String... values) {
        for (String v : values) if (v != null && !v.isEmpty()) return v;
        return null;
    }

    static Instant instant(String iso) {
        try {
            return OffsetDateTime.parse(iso.trim().replace("UTC", "Z")).toInstant();
        } catch (DateTimeParseException e) {
            return Instant.parse(iso.trim());
        }
    }

    private static boolean loopback(String host) {
        if (host == null) return false;
        return host.equals("::1") || host.equals("[::1]") || host.matches("127(\\.\\d{1,3}){3}");
    }

    private static double parseDouble(String s, double otherwise) {
        try {
            return s == null ? otherwise : Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static void sleep(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
