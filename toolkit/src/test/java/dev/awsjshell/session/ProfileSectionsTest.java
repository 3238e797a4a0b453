package dev.awsjshell.session;

import dev.awsjshell.LocalAws;
import dev.awsjshell.client.AwsClient;
import dev.awsjshell.config.Config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The config file's quoted profile names and nested sections, read as botocore 1.43.11 reads the same file. */
class ProfileSectionsTest {
    private static final String CONFIG = """
            [profile "my profile"]
            region = eu-west-3
            s3 =
              addressing_style = path
              use_accelerate_endpoint = false
            [default]
            region=us-east-2
            s3 =
                addressing_style = virtual
            """;
    private static final String CREDENTIALS = "[my profile]\naws_access_key_id = AKIDSPACED\naws_secret_access_key = spaced-secret\n";

    private static Map<String, String> env(Path dir, String url) throws Exception {
        return Map.of("AWS_CONFIG_FILE", Files.writeString(dir.resolve("config"), CONFIG).toString(),
                "AWS_SHARED_CREDENTIALS_FILE", Files.writeString(dir.resolve("credentials"), CREDENTIALS).toString(),
                "HOME", dir.toString());
    }

    @Test
    void aQuotedProfileNameAndItsNestedS3SectionWorkAsInBoto3(@TempDir Path dir) throws Exception {
        try (LocalAws aws = new LocalAws(r -> LocalAws.Response.xml(200, "<ListBucketResult><Name>demo</Name><IsTruncated>false</IsTruncated></ListBucketResult>"))) {
            Session session = Session.builder().environment(env(dir, aws.url())).profileName("my profile").endpointUrl(aws.url()).build();
            // boto3: available_profiles ['my profile', 'default'], region_name eu-west-3, meta.config.s3 {'addressing_style': 'path', ...}
            assertThat(session.availableProfiles()).containsExactlyInAnyOrder("default", "my profile");
            assertThat(session.regionName()).isEqualTo("eu-west-3");
            assertThat(session.credentials().orElseThrow().method()).isEqualTo("shared-credentials-file");
            AwsClient s3 = session.client("s3", Config.empty());
            assertThat(s3.meta().config().addressingStyle()).isEqualTo("path");
            assertThat(s3.meta().config().get("s3.use_accelerate_endpoint")).isEqualTo(false);
            s3.call("list_objects_v2", Map.of("Bucket", "demo"));
            assertThat(aws.requests.get(0).header("Authorization")).contains("Credential=AKIDSPACED/").contains("/eu-west-3/s3/");

            Session byDefault = Session.builder().environment(env(dir, aws.url())).build();
            assertThat(byDefault.client("s3").meta().config().addressingStyle()).isEqualTo("virtual");
            assertThat(byDefault.client("s3", Config.of(Map.of("s3", Map.of("addressing_style", "path")))).meta().config().addressingStyle())
                    .as("the client's Config over the profile's").isEqualTo("path");
        }
    }
}
