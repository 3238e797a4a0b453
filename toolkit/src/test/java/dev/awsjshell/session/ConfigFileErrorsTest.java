package dev.awsjshell.session;

import dev.awsjshell.LocalAws;
import dev.awsjshell.errors.ConfigParseError;
import dev.awsjshell.errors.InfiniteLoopConfigError;
import dev.awsjshell.errors.PartialCredentialsError;
import dev.awsjshell.errors.ProfileNotFound;
import dev.awsjshell.sandbox.SandboxQuirks;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Broken configuration says what is wrong first: a file that does not parse is ConfigParseError naming the file and
 * the line; a credential setting that cannot work raises its botocore error with the cause at the start of the
 * message, from the session and from any call, with nothing sent.
 */
class ConfigFileErrorsTest {
    @TempDir Path dir;

    private Map<String, String> env(String config, String credentials, String... pairs) throws IOException {
        Map<String, String> env = new HashMap<>();
        env.put("HOME", dir.toString());
        env.put("AWS_CONFIG_FILE", Files.writeString(dir.resolve("config"), config).toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", Files.writeString(dir.resolve("credentials"), credentials).toString());
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        for (int i = 0; i < pairs.length; i += 2) env.put(pairs[i], pairs[i + 1]);
        return env;
    }

    @Test
    void aFileThatDoesNotParseIsConfigParseErrorNamingFileAndLine() throws Exception {
        Session s = Session.builder().environment(env("region = eu-west-1\n[default]\n", "")).build();
        String file = dir.resolve("config").toString();
        assertThatThrownBy(s::regionName).isInstanceOfSatisfying(ConfigParseError.class, e -> {
            assertThat(e.getMessage()).isEqualTo("Unable to parse config file: " + file + ": Expected a profile definition on line 1");
            assertThat(e.path()).isEqualTo(dir.resolve("config"));
        });
        assertThatThrownBy(() -> s.client("s3")).as("every later use says the same").isInstanceOf(ConfigParseError.class);
        assertThatThrownBy(() -> Session.builder().environment(env("[default]\n", "[dev\naws_access_key_id = A\n")).profileName("dev").build())
                .isInstanceOf(ConfigParseError.class).hasMessageStartingWith("Unable to parse config file: " + dir.resolve("credentials"));
    }

    @Test
    void theSandboxReadsNoProfileFileSoABrokenOneDoesNotStopIt() throws Exception {
        Session s = Session.builder().environment(env("[default\n", "")).sandbox(Map.of("s3", URI.create("http://127.0.0.1:9")), SandboxQuirks.INSTANCE).build();
        assertThat(s.client("s3").meta().regionName()).isEqualTo("us-east-1");
        assertThat(Banner.of(s)).contains("SANDBOX").contains("the sandbox does not read it: Unable to parse config file");
    }

    @Test
    void credentialErrorsLeadWithTheCauseFromACallTooAndSendNothing() throws Exception {
        try (LocalAws aws = new LocalAws(r -> LocalAws.Response.xml(200, LocalAws.LIST_BUCKETS))) {
            String loop = "[profile a]\nrole_arn = arn:aws:iam::123456789012:role/x\nsource_profile = b\n[profile b]\nrole_arn = arn:aws:iam::123456789012:role/y\nsource_profile = a\n";
            Session looping = Session.builder().environment(env(loop, "", "AWS_PROFILE", "a", "AWS_ENDPOINT_URL", aws.url(), "AWS_DEFAULT_REGION", "us-east-1")).build();
            assertThatThrownBy(() -> looping.client("s3").call("list_buckets")).isInstanceOf(InfiniteLoopConfigError.class)
                    .hasMessageStartingWith("Infinite loop in credential configuration detected.");

            Session noSource = Session.builder().environment(env("[profile r]\nrole_arn = arn:aws:iam::123456789012:role/x\n", "",
                    "AWS_PROFILE", "r", "AWS_ENDPOINT_URL", aws.url(), "AWS_DEFAULT_REGION", "us-east-1")).build();
            assertThatThrownBy(() -> noSource.client("s3").call("list_buckets")).isInstanceOf(PartialCredentialsError.class)
                    .hasMessageStartingWith("Partial credentials found in assume-role, missing: source_profile or credential_source");
            assertThat(aws.requests).as("nothing sent").isEmpty();
        }
        assertThatThrownBy(() -> Session.builder().environment(env("[default]\n[profile dev]\n", "", "AWS_PROFILE", "prod")).build())
                .isInstanceOf(ProfileNotFound.class).hasMessageStartingWith("The config profile (prod) could not be found.");
    }
}
