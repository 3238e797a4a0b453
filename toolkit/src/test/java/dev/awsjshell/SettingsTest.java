package dev.awsjshell;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Configuration settings with boto3's precedence, read through the SDK's profile and provider machinery: each case runs
 * a child JVM with an environment of its own and temporary config files, never the real home folder.
 */
class SettingsTest {
    @TempDir Path dir;

    private Path config;
    private Path credentials;

    private void files(String configText, String credentialsText) throws IOException {
        config = Files.writeString(dir.resolve("config"), configText);
        credentials = Files.writeString(dir.resolve("credentials"), credentialsText);
    }

    private static final String CONFIG = "[default]\nregion = eu-central-1\n\n[profile dev]\nregion = eu-west-1\n\n[profile cfgkeys]\naws_access_key_id = AKIDCONFIGFILE01\naws_secret_access_key = config-file-secret\n";
    private static final String CREDENTIALS = "[default]\naws_access_key_id = AKIDDEFAULTFILE1\naws_secret_access_key = default-file-secret\n\n[dev]\naws_access_key_id = AKIDDEVPROFILE01\naws_secret_access_key = dev-file-secret\n";

    private Map<String, String> probe(Map<String, String> env, String... args) throws Exception {
        Map<String, String> environment = new HashMap<>();
        environment.put("PATH", System.getenv("PATH"));
        environment.put("HOME", dir.toString());
        environment.put("AWS_EC2_METADATA_DISABLED", "true");
        if (config != null) environment.put("AWS_CONFIG_FILE", config.toString());
        if (credentials != null) environment.put("AWS_SHARED_CREDENTIALS_FILE", credentials.toString());
        environment.putAll(env);
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new ArrayList<>(List.of(javaBin, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), SessionProbe.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().clear();
        pb.environment().putAll(environment);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        Map<String, String> facts = new LinkedHashMap<>();
        out.lines().filter(l -> l.contains("=")).forEach(l -> facts.put(l.substring(0, l.indexOf('=')), l.substring(l.indexOf('=') + 1)));
        facts.put("output", out);
        return facts;
    }

    @Test
    void theSeedsConfigAndCredentialsFiles() throws Exception {
        files(CONFIG, CREDENTIALS);
        Map<String, String> f = probe(Map.of());
        assertThat(f).containsEntry("region", "eu-central-1").containsEntry("profile", "default")
                .containsEntry("method", "shared-credentials-file").containsEntry("access_key", "AKIDDEFAULTFILE1")
                .containsEntry("profiles", "[cfgkeys, default, dev]");
        assertThat(f.get("output")).doesNotContain("default-file-secret");
        assertThat(f.get("credentials")).contains("AKID****").doesNotContain("AKIDDEFAULTFILE1");
    }

    @Test
    void awsProfileSelectsANamedProfile() throws Exception {
        files(CONFIG, CREDENTIALS);
        assertThat(probe(Map.of("AWS_PROFILE", "dev"))).containsEntry("region", "eu-west-1").containsEntry("profile", "dev")
                .containsEntry("access_key", "AKIDDEVPROFILE01");
        assertThat(probe(Map.of("AWS_PROFILE", "cfgkeys"))).containsEntry("method", "config-file").containsEntry("access_key", "AKIDCONFIGFILE01");
    }

    @Test
    void environmentBeatsFilesAndExplicitBeatsEnvironment() throws Exception {
        files(CONFIG, CREDENTIALS);
        Map<String, String> env = Map.of("AWS_ACCESS_KEY_ID", "AKIDFROMENVVAR01", "AWS_SECRET_ACCESS_KEY", "env-secret",
                "AWS_DEFAULT_REGION", "ap-south-1");
        assertThat(probe(env)).containsEntry("method", "env").containsEntry("access_key", "AKIDFROMENVVAR01").containsEntry("region", "ap-south-1");
        Map<String, String> withRegion = new HashMap<>(env);
        withRegion.put("AWS_REGION", "us-west-2");
        assertThat(probe(withRegion)).as("AWS_DEFAULT_REGION before AWS_REGION, as botocore").containsEntry("region", "ap-south-1");
        assertThat(probe(env, "--profile=dev")).as("an explicit profile takes precedence over the environment's keys, as in botocore")
                .containsEntry("method", "shared-credentials-file").containsEntry("access_key", "AKIDDEVPROFILE01").containsEntry("region", "ap-south-1");
    }

    @Test
    void nothingConfiguredStillStartsAndSaysWhatIsMissing() throws Exception {
        Map<String, String> f = probe(Map.of("AWS_CONFIG_FILE", dir.resolve("absent-config").toString(), "AWS_SHARED_CREDENTIALS_FILE", dir.resolve("absent-creds").toString()));
        assertThat(f).containsEntry("region", "null").containsEntry("method", "none");
        assertThat(f.get("banner")).contains("region      none: set AWS_DEFAULT_REGION").contains("credentials none: set AWS_ACCESS_KEY_ID");
    }

    @Test
    void endpointAndRetrySettingsFromTheEnvironment() throws Exception {
        files(CONFIG, CREDENTIALS);
        AtomicInteger calls = new AtomicInteger();
        try (LocalAws aws = new LocalAws(r -> calls.incrementAndGet() % 10 == 0 ? LocalAws.Response.xml(200, LocalAws.LIST_BUCKETS) : LocalAws.Response.xml(503, LocalAws.SLOW_DOWN))) {
            Map<String, String> f = probe(Map.of("AWS_ENDPOINT_URL_S3", aws.url(), "AWS_MAX_ATTEMPTS", "2", "AWS_RETRY_MODE", "standard"), "--call=s3.list_buckets");
            assertThat(f).containsEntry("error", "ServiceUnavailable attempts=1");
            assertThat(aws.requests).as("AWS_MAX_ATTEMPTS counts every attempt").hasSize(2);
            assertThat(aws.requests.get(0).uri()).startsWith("/");
        }
        try (LocalAws aws = new LocalAws(r -> LocalAws.Response.xml(200, LocalAws.LIST_BUCKETS))) {
            Map<String, String> f = probe(Map.of("AWS_ENDPOINT_URL", aws.url()), "--call=s3.list_buckets");
            assertThat(f.get("call")).contains("HTTPStatusCode: 200");
            assertThat(aws.requests).hasSize(1);
        }
    }

    @Test
    void assumeRoleProfileAsTheSdkSupportsIt() throws Exception {
        String assumed = "<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><AssumeRoleResult><Credentials>"
                + "<AccessKeyId>ASIAASSUMEDROLE1</AccessKeyId><SecretAccessKey>assumed-secret</SecretAccessKey><SessionToken>assumed-token</SessionToken>"
                + "<Expiration>2099-01-01T00:00:00Z</Expiration></Credentials><AssumedRoleUser><AssumedRoleId>AROA:s</AssumedRoleId>"
                + "<Arn>arn:aws:sts::123456789012:assumed-role/demo/s</Arn></AssumedRoleUser></AssumeRoleResult>"
                + "<ResponseMetadata><RequestId>r1</RequestId></ResponseMetadata></AssumeRoleResponse>";
        try (LocalAws aws = new LocalAws(r -> r.body().contains("Action=AssumeRole") ? LocalAws.Response.xml(200, assumed) : LocalAws.Response.xml(200, LocalAws.LIST_BUCKETS))) {
            files(CONFIG + "\n[profile admin]\nrole_arn = arn:aws:iam::123456789012:role/demo\nsource_profile = dev\nregion = eu-north-1\n", CREDENTIALS);
            Map<String, String> f = probe(Map.of("AWS_PROFILE", "admin", "AWS_ENDPOINT_URL", aws.url()), "--call=s3.list_buckets");
            assertThat(f).containsEntry("method", "assume-role").containsEntry("access_key", "ASIAASSUMEDROLE1").containsEntry("region", "eu-north-1");
            assertThat(aws.requests.get(0).body()).contains("Action=AssumeRole").contains("RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fdemo");
            assertThat(aws.requests.get(0).header("Authorization")).as("the source profile signs AssumeRole").contains("AKIDDEVPROFILE01");
            assertThat(aws.requests.get(aws.requests.size() - 1).header("Authorization")).as("the role's keys sign the S3 call").contains("ASIAASSUMEDROLE1");
            assertThat(f.get("output")).doesNotContain("assumed-secret").doesNotContain("assumed-token");
        }
    }
}
