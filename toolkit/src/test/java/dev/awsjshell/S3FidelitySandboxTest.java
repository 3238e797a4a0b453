package dev.awsjshell;

import dev.awsjshell.client.AwsClient;
import dev.awsjshell.response.AwsMap;
import dev.awsjshell.sandbox.Sandbox;
import dev.awsjshell.sandbox.SandboxQuirks;
import dev.awsjshell.services.s3.S3AwsClient;
import dev.awsjshell.session.Session;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** boto3's S3 extras and sessions made in code, against the sandbox's S3Proxy. */
@Tag("sandbox")
class S3FidelitySandboxTest {
    static Sandbox sandbox;
    static Session previous;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.start();
        Aws.setupDefaultSession(Session.builder().sandbox(sandbox.endpoints(), SandboxQuirks.INSTANCE).build());
    }

    @AfterAll
    static void stop() {
        Aws.setupDefaultSession((Session) null);
        sandbox.close();
    }

    @Test
    void aSessionMadeInCodeInsideTheSandboxIsASandboxSessionUnlessGivenAnEndpoint() throws Exception {
        Session built = Aws.session().regionName("us-east-1").build();
        assertThat(built.isSandbox()).isTrue();
        Session fromMap = Aws.session(Map.of("region_name", "eu-west-1"));
        assertThat(fromMap.isSandbox()).isTrue();
        fromMap.client("s3").call("create_bucket", Map.of("Bucket", "from-map"));
        assertThat(built.client("s3").call("list_buckets").search("Buckets[].Name")).asList().contains("from-map");
        assertThat(fromMap.credentials().orElseThrow().method()).isEqualTo("sandbox");
        try (LocalAws own = new LocalAws(r -> LocalAws.Response.xml(200, LocalAws.LIST_BUCKETS))) {
            Session elsewhere = Aws.session(Map.of("endpoint_url", own.url(), "region_name", "us-east-1", "aws_access_key_id", "AKIDOWN", "aws_secret_access_key", "s"));
            assertThat(elsewhere.isSandbox()).isFalse();
            elsewhere.client("s3").call("list_buckets");
            assertThat(own.requests).hasSize(1);
            AwsClient kw = Aws.client("s3", Map.of("endpoint_url", own.url()));
            kw.call("list_buckets");
            assertThat(own.requests).as("a client's own endpoint_url in the sandbox").hasSize(2);
        }
    }

    @Test
    void presignedUrlsOfAnyOperationWorkAgainstS3Proxy(@TempDir Path dir) throws Exception {
        S3AwsClient s3 = Aws.client("s3");
        s3.call("create_bucket", Map.of("Bucket", "presigned"));
        HttpClient http = HttpClient.newHttpClient();
        String put = s3.generatePresignedUrl("put_object", Map.of("Bucket", "presigned", "Key", "via-put.txt"), 300);
        HttpResponse<String> putResponse = http.send(HttpRequest.newBuilder(URI.create(put)).PUT(HttpRequest.BodyPublishers.ofString("put body")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(putResponse.statusCode()).isEqualTo(200);
        String list = s3.generatePresignedUrl("list_objects_v2", Map.of("Bucket", "presigned"), 300);
        assertThat(http.send(HttpRequest.newBuilder(URI.create(list)).build(), HttpResponse.BodyHandlers.ofString()).body()).contains("<Key>via-put.txt</Key>");

        // S3Proxy 4.1.0 with authorization=none routes no browser POST upload ("Unknown method POST"): PresignedPostTest
        // posts the form to a local server that checks the policy and signature as AWS does.
    }

    @Test
    void extraArgsAndCopySourceMapsOnS3Proxy(@TempDir Path dir) throws Exception {
        S3AwsClient s3 = Aws.client("s3");
        s3.call("create_bucket", Map.of("Bucket", "extra"));
        s3.uploadFile(Files.writeString(dir.resolve("a.txt"), "hello").toString(), "extra", "a b.txt",
                Map.of("ContentType", "text/plain", "Metadata", Map.of("owner", "me")));
        AwsMap head = s3.call("head_object", Map.of("Bucket", "extra", "Key", "a b.txt"));
        assertThat(head.get("ContentType")).isEqualTo("text/plain");
        assertThat(head.map("Metadata")).containsEntry("owner", "me");
        s3.call("copy_object", Map.of("Bucket", "extra", "Key", "copy.txt", "CopySource", Map.of("Bucket", "extra", "Key", "a b.txt")));
        assertThat(s3.call("get_object", Map.of("Bucket", "extra", "Key", "copy.txt")).body("Body").text()).isEqualTo("hello");
        var missing = org.assertj.core.api.Assertions.catchThrowableOfType(() -> s3.call("head_object", Map.of("Bucket", "extra", "Key", "nope")), dev.awsjshell.errors.ClientError.class);
        assertThat(missing.code()).isEqualTo("404");
    }
}
