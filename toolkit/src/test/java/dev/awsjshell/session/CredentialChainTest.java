package dev.awsjshell.session;

import dev.awsjshell.LocalAws;
import dev.awsjshell.LocalAws.Request;
import dev.awsjshell.LocalAws.Response;
import dev.awsjshell.client.WireLog;
import dev.awsjshell.errors.ClientError;
import dev.awsjshell.errors.CredentialRetrievalError;
import dev.awsjshell.errors.InfiniteLoopConfigError;
import dev.awsjshell.errors.InvalidConfigError;
import dev.awsjshell.errors.NoCredentialsError;
import dev.awsjshell.errors.NoRegionError;
import dev.awsjshell.errors.PartialCredentialsError;
import dev.awsjshell.errors.ProfileNotFound;
import dev.awsjshell.errors.SSOTokenLoadError;
import dev.awsjshell.errors.UnauthorizedSSOTokenError;

import com.sun.net.httpserver.HttpsServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * botocore's credential chain, source by source, each against a local server on 127.0.0.1 that checks the exact request
 * (STS's form bodies, SSO's GetRoleCredentials, the container endpoint, IMDSv2), with temporary files and an environment
 * given to the session: nothing reads the real home folder or the process's environment. The outcomes are boto3
 * 1.43's, as scripts/dev/compare-credentials.py shows them side by side.
 */
class CredentialChainTest {
    @TempDir Path dir;

    static final String CREDENTIALS = "[default]\naws_access_key_id = AKIDDEFAULT\naws_secret_access_key = default-secret\n\n"
            + "[dev]\naws_access_key_id = AKIDDEV\naws_secret_access_key = dev-secret\n";
    static final String ROLE = "[profile role]\nrole_arn = arn:aws:iam::123456789012:role/admin\nsource_profile = dev\nregion = eu-north-1\n";

    private Map<String, String> env(String config, String credentials, String... pairs) throws IOException {
        Map<String, String> env = new HashMap<>();
        env.put("HOME", dir.toString());
        env.put("AWS_CONFIG_FILE", Files.writeString(dir.resolve("config"), config).toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", Files.writeString(dir.resolve("credentials"), credentials).toString());
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        for (int i = 0; i < pairs.length; i += 2) env.put(pairs[i], pairs[i + 1]);
        return env;
    }

    private static Session session(Map<String, String> env) { return Session.builder().environment(env).build(); }

    private static Map<String, String> form(Request r) {
        return java.util.Arrays.stream(r.body().split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p.length > 1 ? p[1] : "", StandardCharsets.UTF_8)));
    }

    /** "AKID/region/service" of a SigV4 Authorization header. */
    private static String signedBy(Request r) {
        String auth = r.header("Authorization");
        if (auth == null) return "unsigned";
        String[] scope = auth.split("Credential=")[1].split(",")[0].split("/");
        return scope[0] + "/" + scope[2] + "/" + scope[3];
    }

    static String assumed(String action, String keyId) {
        return "<" + action + "Response xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><" + action + "Result><Credentials>"
                + "<AccessKeyId>" + keyId + "</AccessKeyId><SecretAccessKey>secret-of-" + keyId + "</SecretAccessKey>"
                + "<SessionToken>token-of-" + keyId + "</SessionToken><Expiration>2099-01-01T00:00:00Z</Expiration></Credentials>"
                + "<AssumedRoleUser><AssumedRoleId>AROA:s</AssumedRoleId><Arn>arn:aws:sts::123456789012:assumed-role/r/s</Arn></AssumedRoleUser>"
                + "</" + action + "Result><ResponseMetadata><RequestId>r1</RequestId></ResponseMetadata></" + action + "Response>";
    }

    static final String DENIED = "<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><Error><Type>Sender</Type>"
            + "<Code>AccessDenied</Code><Message>not authorized to perform: sts:AssumeRole</Message></Error><RequestId>r2</RequestId></ErrorResponse>";

    /** STS as AWS answers: the role's name in upper case as the key id, AccessDenied for roles named "denied". */
    static final Function<Request, Response> STS = r -> {
        if (r.uri().equals("/") && r.method().equals("GET")) return Response.xml(200, LocalAws.LIST_BUCKETS);
        Map<String, String> f = form(r);
        String arn = f.getOrDefault("RoleArn", "");
        if (arn.endsWith("/denied")) return Response.xml(403, DENIED);
        return Response.xml(200, assumed(f.get("Action"), "ASIA" + arn.substring(arn.lastIndexOf('/') + 1).toUpperCase()));
    };

    // --- assume-role ---------------------------------------------------------------------------------------------

    @Test
    void assumeRoleGoesToTheConfiguredStsEndpointInTheSessionsRegionWithEveryParameter() throws Exception {
        try (LocalAws sts = new LocalAws(STS)) {
            Session s = session(env("[default]\nregion = eu-central-1\n" + ROLE.replace("source_profile = dev",
                    "source_profile = dev\nduration_seconds = 1800\nexternal_id = ext-1\nrole_session_name = mysession"), CREDENTIALS,
                    "AWS_PROFILE", "role", "AWS_ENDPOINT_URL_STS", sts.url()));
            Credentials c = s.credentials().orElseThrow();
            assertThat(c.method()).isEqualTo("assume-role");
            assertThat(c.accessKey()).isEqualTo("ASIAADMIN");
            assertThat(sts.requests).hasSize(1);
            assertThat(form(sts.requests.get(0))).containsEntry("Action", "AssumeRole").containsEntry("Version", "2011-06-15")
                    .containsEntry("RoleArn", "arn:aws:iam::123456789012:role/admin").containsEntry("DurationSeconds", "1800")
                    .containsEntry("ExternalId", "ext-1").containsEntry("RoleSessionName", "mysession");
            assertThat(signedBy(sts.requests.get(0))).as("the source profile signs, in the session's region").isEqualTo("AKIDDEV/eu-north-1/sts");
            assertThat(c.toString()).doesNotContain("secret-of-ASIAADMIN").doesNotContain("token-of-ASIAADMIN").doesNotContain("ASIAADMIN");
            s.credentials();
            assertThat(sts.requests).as("the keys are kept until they near their expiration").hasSize(1);
        }
    }

    @Test
    void theStsEndpointFromTheServicesSectionAndBotocoresDefaultSessionName() throws Exception {
        try (LocalAws sts = new LocalAws(STS)) {
            Session s = session(env(ROLE + "services = local\n[services local]\nsts =\n  endpoint_url = " + sts.url() + "\n", CREDENTIALS,
                    "AWS_PROFILE", "role"));
            assertThat(s.credentials().orElseThrow().accessKey()).isEqualTo("ASIAADMIN");
            assertThat(form(sts.requests.get(0)).get("RoleSessionName")).matches("botocore-session-\\d+");
            assertThat(form(sts.requests.get(0))).doesNotContainKeys("DurationSeconds", "ExternalId", "SerialNumber");
        }
    }

    @Test
    void chainedRolesEachSignedByTheOneBefore() throws Exception {
        try (LocalAws sts = new LocalAws(STS)) {
            Session s = session(env("[profile first]\nrole_arn = arn:aws:iam::1:role/first\nsource_profile = dev\n"
                    + "[profile second]\nrole_arn = arn:aws:iam::1:role/second\nsource_profile = first\nregion = eu-west-2\n", CREDENTIALS,
                    "AWS_PROFILE", "second", "AWS_ENDPOINT_URL", sts.url()));
            assertThat(s.credentials().orElseThrow().accessKey()).isEqualTo("ASIASECOND");
            assertThat(sts.requests).extracting(r -> form(r).get("RoleArn") + " " + signedBy(r))
                    .containsExactly("arn:aws:iam::1:role/first AKIDDEV/eu-west-2/sts", "arn:aws:iam::1:role/second ASIAFIRST/eu-west-2/sts");
        }
    }

    @Test
    void credentialSourceEnvironmentAndMfa() throws Exception {
        try (LocalAws sts = new LocalAws(STS)) {
            Map<String, String> env = env("[profile cs]\nrole_arn = arn:aws:iam::1:role/fromenv\ncredential_source = Environment\n"
                    + "mfa_serial = arn:aws:iam::1:mfa/me\nregion = us-west-1\n", CREDENTIALS,
                    "AWS_ENDPOINT_URL_STS", sts.url(), "AWS_ACCESS_KEY_ID", "AKIDENV", "AWS_SECRET_ACCESS_KEY", "env-secret");
            Session s = Session.builder().environment(env).profileName("cs").mfaPrompter(serial -> "123456").build();
            assertThat(s.credentials().orElseThrow().method()).isEqualTo("assume-role");
            assertThat(form(sts.requests.get(0))).containsEntry("SerialNumber", "arn:aws:iam::1:mfa/me").containsEntry("TokenCode", "123456");
            assertThat(signedBy(sts.requests.get(0))).isEqualTo("AKIDENV/us-west-1/sts");
        }
    }

    @Test
    void stsRefusingTheRoleIsAClientErrorAtCredentialsAndAtACall() throws Exception {
        try (LocalAws sts = new LocalAws(STS)) {
            Session s = session(env(ROLE.replace("role/admin", "role/denied"), CREDENTIALS, "AWS_PROFILE", "role", "AWS_ENDPOINT_URL", sts.url()));
            assertThatThrownBy(s::credentials).isInstanceOfSatisfying(ClientError.class, e -> {
                assertThat(e.code()).isEqualTo("AccessDenied");
                assertThat(e.errorLine()).isEqualTo("An error occurred (AccessDenied) when calling the AssumeRole operation: not authorized to perform: sts:AssumeRole");
            });
            assertThatThrownBy(() -> s.client("s3").call("list_buckets")).as("not NoCredentialsError, and not another identity")
                    .isInstanceOfSatisfying(ClientError.class, e -> assertThat(e.operation()).isEqualTo("AssumeRole"));
            assertThat(sts.requests).noneMatch(r -> r.method().equals("GET"));
        }
    }

    @Test
    void assumeRoleConfigurationErrorsAsBotocoreRaisesThem() throws Exception {
        assertThatThrownBy(() -> session(env("[profile a]\nrole_arn = arn:aws:iam::1:role/a\nsource_profile = b\nregion = us-east-1\n"
                + "[profile b]\nrole_arn = arn:aws:iam::1:role/b\nsource_profile = a\n", CREDENTIALS, "AWS_PROFILE", "a")).credentials())
                .isInstanceOf(InfiniteLoopConfigError.class).hasMessageContaining("profile a which has already been visited. Visited profiles: [a, b]");
        assertThatThrownBy(() -> session(env("[profile r]\nrole_arn = arn:aws:iam::1:role/r\nsource_profile = ghost\n", CREDENTIALS, "AWS_PROFILE", "r")).credentials())
                .isInstanceOf(InvalidConfigError.class).hasMessage("The source_profile \"ghost\" referenced in the profile \"r\" does not exist.");
        assertThatThrownBy(() -> session(env("[profile r]\nrole_arn = arn:aws:iam::1:role/r\n", CREDENTIALS, "AWS_PROFILE", "r")).credentials())
                .isInstanceOf(PartialCredentialsError.class).hasMessage("Partial credentials found in assume-role, missing: source_profile or credential_source");
        assertThatThrownBy(() -> session(env("[profile r]\nrole_arn = arn:aws:iam::1:role/r\ncredential_source = Nowhere\n", CREDENTIALS, "AWS_PROFILE", "r")).credentials())
                .isInstanceOf(InvalidConfigError.class).hasMessageContaining("\"Nowhere\"").hasMessageContaining("Ec2InstanceMetadata, EcsContainer, Environment");
        assertThatThrownBy(() -> session(env("[profile e]\nregion = us-east-1\n[profile r]\nrole_arn = arn:aws:iam::1:role/r\nsource_profile = e\n", CREDENTIALS, "AWS_PROFILE", "r")).credentials())
                .isInstanceOf(InvalidConfigError.class).hasMessage("The source profile \"e\" must have credentials.");
        assertThatThrownBy(() -> session(env(ROLE.replace("region = eu-north-1\n", ""), CREDENTIALS, "AWS_PROFILE", "role")).credentials())
                .as("botocore's STS endpoints are regional").isInstanceOf(NoRegionError.class);
    }

    // --- web identity --------------------------------------------------------------------------------------------

    @Test
    void webIdentityFromTheEnvironmentIsUnsignedAndGoesToTheConfiguredEndpoint() throws Exception {
        try (LocalAws sts = new LocalAws(STS)) {
            Path token = Files.writeString(dir.resolve("token"), "web-identity-token");
            Session s = session(env("[default]\nregion = eu-central-1\n", CREDENTIALS, "AWS_WEB_IDENTITY_TOKEN_FILE", token.toString(),
                    "AWS_ROLE_ARN", "arn:aws:iam::1:role/web", "AWS_ROLE_SESSION_NAME", "websession", "AWS_ENDPOINT_URL_STS", sts.url()));
            Credentials c = s.credentials().orElseThrow();
            assertThat(c.method()).isEqualTo("assume-role-with-web-identity");
            assertThat(c.accessKey()).isEqualTo("ASIAWEB");
            assertThat(form(sts.requests.get(0))).containsEntry("Action", "AssumeRoleWithWebIdentity").containsEntry("RoleSessionName", "websession")
                    .containsEntry("WebIdentityToken", "web-identity-token").containsEntry("RoleArn", "arn:aws:iam::1:role/web");
            assertThat(signedBy(sts.requests.get(0))).isEqualTo("unsigned");
        }
    }

    @Test
    void aFailingWebIdentityNeverFallsThroughToTheDefaultProfilesKeys() throws Exception {
        try (LocalAws sts = new LocalAws(STS)) {
            Path token = Files.writeString(dir.resolve("token"), "t");
            Session s = session(env("[profile w]\nrole_arn = arn:aws:iam::1:role/denied\nweb_identity_token_file = " + token + "\nregion = eu-west-3\n",
                    CREDENTIALS, "AWS_PROFILE", "w", "AWS_ENDPOINT_URL_STS", sts.url()));
            assertThatThrownBy(s::credentials).isInstanceOfSatisfying(ClientError.class, e -> assertThat(e.code()).isEqualTo("AccessDenied"));
            assertThatThrownBy(() -> session(env("", CREDENTIALS, "AWS_WEB_IDENTITY_TOKEN_FILE", token.toString())).credentials())
                    .isInstanceOf(InvalidConfigError.class).hasMessageContaining("no role ARN configured");
        }
    }

    // --- SSO -----------------------------------------------------------------------------------------------------

    private void ssoToken(String key, String expiresAt) throws Exception {
        String name = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(key.getBytes(StandardCharsets.UTF_8)));
        Path cache = Files.createDirectories(dir.resolve(".aws/sso/cache"));
        Files.writeString(cache.resolve(name + ".json"), "{\"accessToken\": \"sso-access-token\", \"expiresAt\": \"" + expiresAt + "\"}");
    }

    static final String SSO = "[profile sso]\nsso_start_url = https://start.example/start\nsso_region = us-east-2\n"
            + "sso_account_id = 123456789012\nsso_role_name = reader\n";
    static final Function<Request, Response> PORTAL = r -> new Response(200, "application/json",
            "{\"roleCredentials\": {\"accessKeyId\": \"ASIASSO\", \"secretAccessKey\": \"sso-secret\", \"sessionToken\": \"sso-token\", \"expiration\": 4070908800000}}", Map.of());

    @Test
    void ssoGetsRoleCredentialsWithTheCachedToken() throws Exception {
        try (LocalAws portal = new LocalAws(PORTAL)) {
            ssoToken("corp", "2099-01-01T00:00:00Z");
            Session s = session(env("[profile ss]\nsso_session = corp\nsso_account_id = 123456789012\nsso_role_name = reader\n"
                    + "[sso-session corp]\nsso_start_url = https://start.example/start\nsso_region = us-east-2\n", CREDENTIALS,
                    "AWS_PROFILE", "ss", "AWS_ENDPOINT_URL_SSO", portal.url()));
            Credentials c = s.credentials().orElseThrow();
            assertThat(c.method()).isEqualTo("sso");
            assertThat(c.accessKey()).isEqualTo("ASIASSO");
            Request r = portal.requests.get(0);
            assertThat(r.method()).isEqualTo("GET");
            assertThat(r.uri()).startsWith("/federation/credentials?").contains("account_id=123456789012").contains("role_name=reader");
            assertThat(r.header("x-amz-sso_bearer_token")).isEqualTo("sso-access-token");
            assertThat(r.header("Authorization")).isNull();
        }
    }

    @Test
    void ssoTokenMissingOrExpiredOrSettingsMissing() throws Exception {
        Map<String, String> env = env(SSO, CREDENTIALS, "AWS_PROFILE", "sso", "AWS_ENDPOINT_URL_SSO", "http://127.0.0.1:9");
        assertThatThrownBy(() -> session(env).credentials()).isInstanceOf(SSOTokenLoadError.class)
                .hasMessageContaining("Token for https://start.example/start does not exist").hasMessageContaining("aws sso login --profile sso");
        ssoToken("https://start.example/start", "2020-01-01T00:00:00Z");
        assertThatThrownBy(() -> session(env).credentials()).isInstanceOf(UnauthorizedSSOTokenError.class).hasMessageContaining("aws sso login --profile sso");
        assertThatThrownBy(() -> session(env("[profile sso]\nsso_account_id = 1\nsso_role_name = r\n", CREDENTIALS, "AWS_PROFILE", "sso")).credentials())
                .isInstanceOf(InvalidConfigError.class).hasMessage("The profile \"sso\" is configured to use SSO but is missing required configuration: sso_start_url, sso_region");
    }

    // --- credential_process ----------------------------------------------------------------------------------------

    private Path script(String name, String body) throws IOException {
        Path p = Files.writeString(dir.resolve(name), "#!/bin/sh\necho run >> \"" + dir.resolve("runs") + "\"\n" + body);
        p.toFile().setExecutable(true);
        return p;
    }

    private int runs() throws IOException { return Files.exists(dir.resolve("runs")) ? Files.readAllLines(dir.resolve("runs")).size() : 0; }

    @Test
    void aFailingProcessRaisesItsStderrAndRunsOncePerAttempt() throws Exception {
        Path fail = script("fail.sh", "echo 'sso session expired, log in again' >&2\nexit 3\n");
        try (LocalAws s3 = new LocalAws(r -> Response.xml(200, LocalAws.LIST_BUCKETS))) {
            Session s = session(env("[profile p]\ncredential_process = " + fail + "\nregion = us-east-1\n", CREDENTIALS,
                    "AWS_PROFILE", "p", "AWS_ENDPOINT_URL", s3.url()));
            assertThatThrownBy(s::credentials).isInstanceOfSatisfying(CredentialRetrievalError.class, e -> {
                assertThat(e.provider()).isEqualTo("custom-process");
                assertThat(e.getMessage()).isEqualTo("Error when retrieving credentials from custom-process: sso session expired, log in again\n");
            });
            assertThat(runs()).isEqualTo(1);
            assertThatThrownBy(() -> s.client("s3").call("list_buckets")).isInstanceOf(CredentialRetrievalError.class);
            assertThat(runs()).as("once more for the call, not once per retry").isEqualTo(2);
            assertThat(s3.requests).isEmpty();
        }
    }

    @Test
    void aProcessThatAnswersWithQuotedArguments() throws Exception {
        Path ok = script("ok.sh", "[ \"$1\" = 'two words' ] && echo '{\"Version\": 1, \"AccessKeyId\": \"AKIDPROC\", \"SecretAccessKey\": \"proc-secret\"}'\n");
        Session s = session(env("[profile p]\ncredential_process = " + ok + " 'two words'\n", CREDENTIALS, "AWS_PROFILE", "p"));
        Credentials c = s.credentials().orElseThrow();
        assertThat(c.method()).isEqualTo("custom-process");
        assertThat(c.accessKey()).isEqualTo("AKIDPROC");
        s.credentials();
        assertThat(runs()).isEqualTo(1);
    }

    // --- container and instance metadata ---------------------------------------------------------------------------

    static final String METADATA_CREDENTIALS = "{\"AccessKeyId\": \"ASIAMETA\", \"SecretAccessKey\": \"meta-secret\", \"Token\": \"meta-token\", \"Expiration\": \"2099-01-01T00:00:00Z\"}";

    @Test
    void theContainerEndpointWithItsTokenAndThreeAttemptsOn500() throws Exception {
        try (LocalAws container = new LocalAws(r -> r.uri().equals("/creds") ? new Response(200, "application/json", METADATA_CREDENTIALS, Map.of())
                : new Response(500, "text/plain", "boom", Map.of()))) {
            Credentials c = session(env("", "", "AWS_CONTAINER_CREDENTIALS_FULL_URI", container.url() + "/creds",
                    "AWS_CONTAINER_AUTHORIZATION_TOKEN", "auth-1")).credentials().orElseThrow();
            assertThat(c.method()).isEqualTo("container-role");
            assertThat(container.requests.get(0).header("Authorization")).isEqualTo("auth-1");
            assertThat(container.requests.get(0).header("Accept")).isEqualTo("application/json");
        }
        try (LocalAws container = new LocalAws(r -> new Response(500, "text/plain", "boom", Map.of()))) {
            assertThatThrownBy(() -> session(env("", "", "AWS_CONTAINER_CREDENTIALS_FULL_URI", container.url() + "/broken")).credentials())
                    .isInstanceOf(CredentialRetrievalError.class)
                    .hasMessage("Error when retrieving credentials from container-role: Error retrieving metadata: Received non 200 response 500 from container metadata: boom");
            assertThat(container.requests).hasSize(3);
        }
    }

    @Test
    void imdsV2TokenThenRoleThenCredentials() throws Exception {
        try (LocalAws imds = new LocalAws(r -> switch (r.uri()) {
            case "/latest/api/token" -> new Response(200, "text/plain", "imds-token", Map.of());
            case "/latest/meta-data/iam/security-credentials/" -> new Response(200, "text/plain", "myrole", Map.of());
            case "/latest/meta-data/iam/security-credentials/myrole" -> new Response(200, "application/json", METADATA_CREDENTIALS, Map.of());
            default -> new Response(404, "text/plain", "", Map.of());
        })) {
            Credentials c = session(env("", "", "AWS_EC2_METADATA_DISABLED", "false", "AWS_EC2_METADATA_SERVICE_ENDPOINT", imds.url() + "/"))
                    .credentials().orElseThrow();
            assertThat(c.method()).isEqualTo("iam-role");
            assertThat(c.accessKey()).isEqualTo("ASIAMETA");
            assertThat(imds.requests).extracting(r -> r.method() + " " + r.uri()).containsExactly("PUT /latest/api/token",
                    "GET /latest/meta-data/iam/security-credentials/", "GET /latest/meta-data/iam/security-credentials/myrole");
            assertThat(imds.requests.get(0).header("x-aws-ec2-metadata-token-ttl-seconds")).isEqualTo("21600");
            assertThat(imds.requests.get(2).header("x-aws-ec2-metadata-token")).isEqualTo("imds-token");
        }
    }

    // --- static keys, names, precedence ----------------------------------------------------------------------------

    @Test
    void staticSourcesAndTheirPartialForms() throws Exception {
        assertThat(session(env("[default]\nregion = eu-central-1\n", CREDENTIALS)).credentials().orElseThrow().method()).isEqualTo("shared-credentials-file");
        assertThat(session(env("[profile c]\naws_access_key_id = AKIDCFG\naws_secret_access_key = s\n", CREDENTIALS, "AWS_PROFILE", "c"))
                .credentials().orElseThrow().method()).isEqualTo("config-file");
        assertThat(session(env("", CREDENTIALS, "AWS_ACCESS_KEY_ID", "AKIDENV", "AWS_SECRET_ACCESS_KEY", "s")).credentials().orElseThrow().method()).isEqualTo("env");
        assertThat(Session.builder().environment(env("", CREDENTIALS, "AWS_ACCESS_KEY_ID", "AKIDENV", "AWS_SECRET_ACCESS_KEY", "s")).profileName("dev").build()
                .credentials().orElseThrow().accessKey()).as("a profile chosen in code drops the environment's keys").isEqualTo("AKIDDEV");
        assertThatThrownBy(() -> session(env("", CREDENTIALS, "AWS_ACCESS_KEY_ID", "AKIDENV")).credentials())
                .isInstanceOf(PartialCredentialsError.class).hasMessage("Partial credentials found in env, missing: AWS_SECRET_ACCESS_KEY");
        assertThatThrownBy(() -> session(env("", "[default]\naws_access_key_id = AKIDHALF\n")).credentials())
                .isInstanceOf(PartialCredentialsError.class).hasMessage("Partial credentials found in shared-credentials-file, missing: aws_secret_access_key");
    }

    @Test
    void nothingConfiguredIsEmptyAndACallSaysNoCredentials() throws Exception {
        Session s = session(env("[default]\nregion = us-east-1\n", ""));
        assertThat(s.credentials()).isEmpty();
        assertThatThrownBy(() -> s.client("s3").call("list_buckets")).isInstanceOf(NoCredentialsError.class);
    }

    @Test
    void profileNamesAsBotocoreReadsThem() throws Exception {
        String config = "[default]\nregion = eu-central-1\n[profile dev]\nregion = eu-west-1\n";
        assertThat(session(env(config, CREDENTIALS, "AWS_PROFILE", "default", "AWS_DEFAULT_PROFILE", "dev")).profileName())
                .as("AWS_DEFAULT_PROFILE first").isEqualTo("dev");
        assertThat(session(env(config, CREDENTIALS, "AWS_DEFAULT_PROFILE", "dev")).regionName()).isEqualTo("eu-west-1");
        assertThatThrownBy(() -> session(env(config, CREDENTIALS, "AWS_PROFILE", "nope"))).isInstanceOf(ProfileNotFound.class)
                .hasMessageStartingWith("The config profile (nope) could not be found.");
        assertThatThrownBy(() -> Session.builder().environment(env(config, CREDENTIALS)).profileName("nope").build()).isInstanceOf(ProfileNotFound.class);
        assertThatThrownBy(() -> session(env("", "", "AWS_PROFILE", "default"))).as("even default, when named").isInstanceOf(ProfileNotFound.class);
        assertThat(session(env("", "")).profileName()).isEqualTo("default");
    }

    @Test
    void regionsWithBotocoresOrderAndAwsRegionLast() throws Exception {
        String config = "[default]\nregion = eu-central-1\n";
        assertThat(session(env(config, "", "AWS_REGION", "us-west-2", "AWS_DEFAULT_REGION", "ap-south-1")).regionName()).isEqualTo("ap-south-1");
        assertThat(session(env(config, "", "AWS_REGION", "us-west-2")).regionName()).as("the profile's region, as botocore").isEqualTo("eu-central-1");
        assertThat(session(env("", "", "AWS_REGION", "us-west-2")).regionName()).as("where botocore has none").isEqualTo("us-west-2");
        assertThat(Session.builder().environment(env(config, "", "AWS_DEFAULT_REGION", "ap-south-1")).regionName("sa-east-1").build().regionName()).isEqualTo("sa-east-1");
    }

    @Test
    void aProfileNamedInCodeReachesTheSdkClient() throws Exception {
        try (LocalAws s3 = new LocalAws(r -> Response.xml(503, LocalAws.SLOW_DOWN))) {
            Session s = Session.builder().environment(env("[profile e]\nendpoint_url = " + s3.url() + "\nmax_attempts = 2\nretry_mode = standard\n"
                    + "region = us-east-1\naws_access_key_id = AKIDE\naws_secret_access_key = s\n", "")).profileName("e").build();
            assertThatThrownBy(() -> s.client("s3").call("list_buckets")).isInstanceOf(ClientError.class);
            assertThat(s3.requests).as("the profile's endpoint and max_attempts").hasSize(2);
            assertThat(signedBy(s3.requests.get(0))).isEqualTo("AKIDE/us-east-1/s3");
        }
    }

    @Test
    void noSecretInTheBanner() throws Exception {
        try (LocalAws sts = new LocalAws(STS)) {
            Session s = session(env(ROLE, CREDENTIALS, "AWS_PROFILE", "role", "AWS_ENDPOINT_URL_STS", sts.url()));
            String banner = Banner.of(s);
            assertThat(banner).contains("assume-role, key ASIA****").doesNotContain("secret-of-").doesNotContain("token-of-").doesNotContain("dev-secret");
            Session denied = session(env(ROLE.replace("role/admin", "role/denied"), CREDENTIALS, "AWS_PROFILE", "role", "AWS_ENDPOINT_URL_STS", sts.url()));
            assertThat(Banner.of(denied)).contains("credentials error: ClientError: An error occurred (AccessDenied)").doesNotContain("dev-secret");
        }
    }

    @Test
    void aCaBundleFromTheEnvironmentOrTheProfileIsTheTrustStore() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/openssl")), "openssl makes the private CA");
        run("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
                "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", dir.resolve("key.pem").toString(), "-out", dir.resolve("ca.pem").toString());
        run("openssl", "pkcs12", "-export", "-in", dir.resolve("ca.pem").toString(), "-inkey", dir.resolve("key.pem").toString(),
                "-out", dir.resolve("server.p12").toString(), "-passout", "pass:changeit");
        HttpsServer server = LocalAws.httpsListBuckets(dir.resolve("server.p12"));
        try {
            String url = "https://127.0.0.1:" + server.getAddress().getPort();
            String ca = dir.resolve("ca.pem").toString();
            Session fromEnv = Session.builder().environment(env("[default]\nregion = us-east-1\n", CREDENTIALS, "AWS_CA_BUNDLE", ca)).endpointUrl(url).build();
            assertThat(fromEnv.client("s3").call("list_buckets").search("Buckets[0].Name")).isEqualTo("demo");
            Session fromProfile = Session.builder().environment(env("[default]\nregion = us-east-1\nca_bundle = " + ca + "\n", CREDENTIALS)).endpointUrl(url).build();
            assertThat(fromProfile.caBundle()).isEqualTo(Path.of(ca));
            assertThat(fromProfile.client("s3").call("list_buckets").search("Buckets[0].Name")).isEqualTo("demo");
            Session without = Session.builder().environment(env("[default]\nregion = us-east-1\n", CREDENTIALS))
                    .config(Map.of("retries", Map.of("total_max_attempts", 1))).endpointUrl(url).build();
            assertThatThrownBy(() -> without.client("s3").call("list_buckets")).hasMessageContaining("PKIX");
        } finally {
            server.stop(0);
        }
    }

    private void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
    }

    @Test
    void theWireViewShowsStsAndSsoWithEverySecretMasked() throws Exception {
        var captured = new java.io.ByteArrayOutputStream();
        WireLog.INSTANCE.output(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
        WireLog.INSTANCE.enable(true);
        try (LocalAws sts = new LocalAws(STS); LocalAws portal = new LocalAws(PORTAL)) {
            Path token = Files.writeString(dir.resolve("token"), "web-identity-token-value");
            session(env("[default]\nregion = eu-central-1\n", "", "AWS_WEB_IDENTITY_TOKEN_FILE", token.toString(),
                    "AWS_ROLE_ARN", "arn:aws:iam::1:role/web", "AWS_ENDPOINT_URL_STS", sts.url())).credentials().orElseThrow();
            ssoToken("https://start.example/start", "2099-01-01T00:00:00Z");
            session(env(SSO, "", "AWS_PROFILE", "sso", "AWS_ENDPOINT_URL_SSO", portal.url())).credentials().orElseThrow();
        } finally {
            WireLog.INSTANCE.enable(false);
            WireLog.INSTANCE.output(System.out);
        }
        String wire = captured.toString(StandardCharsets.UTF_8);
        assertThat(wire).contains("AssumeRoleWithWebIdentity").contains("GetRoleCredentials").contains("x-amz-sso_bearer_token: ****");
        assertThat(wire).doesNotContain("web-identity-token-value").doesNotContain("secret-of-ASIAWEB").doesNotContain("token-of-ASIAWEB")
                .doesNotContain("sso-access-token").doesNotContain("sso-secret").doesNotContain("\"sso-token\"");
    }

    @Test
    void shellWordsAsShlex() {
        assertThat(ShellWords.split("/bin/cmd 'two words' \"x \\\"y\\\"\" a\\ b")).isEqualTo(List.of("/bin/cmd", "two words", "x \"y\"", "a b"));
    }
}
