package dev.awsjshell.services.s3;

import dev.awsjshell.LocalAws;
import dev.awsjshell.LocalAws.Response;
import dev.awsjshell.client.AwsClient;
import dev.awsjshell.client.WireLog;
import dev.awsjshell.config.Config;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * S3's transfers and presigner are built by the same factory as the client's own calls: the wire view shows them,
 * {@code requestsSent()} counts them, and Config's retries, timeouts and user agent apply to them.
 */
class S3ClientFactoryTest {
    private static final String COPY_RESULT = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><CopyObjectResult><ETag>\"c0ffee\"</ETag>"
            + "<LastModified>2026-01-31T12:00:00.000Z</LastModified></CopyObjectResult>";
    private final ByteArrayOutputStream wire = new ByteArrayOutputStream();

    @BeforeEach
    void wireOn() {
        WireLog.INSTANCE.output(new PrintStream(wire, true, StandardCharsets.UTF_8));
        WireLog.INSTANCE.enable(true);
    }

    @AfterEach
    void wireOff() {
        WireLog.INSTANCE.enable(false);
        WireLog.INSTANCE.output(System.out);
    }

    private static Response ok(LocalAws.Request r) {
        if (r.method().equals("HEAD")) return new Response(200, "application/octet-stream", "", Map.of("Content-Length", "11", "ETag", "\"e1\""));
        if (r.header("x-amz-copy-source") != null) return Response.xml(200, COPY_RESULT);
        return new Response(200, "application/xml", "", Map.of("ETag", "\"e1\""));
    }

    @Test
    void uploadCopyAndPresignAreOnTheWireViewAndCounted(@TempDir Path dir) throws Exception {
        try (LocalAws aws = new LocalAws(S3ClientFactoryTest::ok)) {
            S3AwsClient s3 = aws.session().client("s3", Config.of(Map.of("user_agent_extra", "workshop/7")));
            s3.uploadFile(Files.writeString(dir.resolve("a.txt"), "hello world").toString(), "demo", "a.txt");
            assertThat(aws.requests).hasSize(1);
            assertThat(aws.requests.get(0).method()).isEqualTo("PUT");
            assertThat(aws.requests.get(0).uri()).isEqualTo("/demo/a.txt");
            assertThat(aws.requests.get(0).body()).as("aws-chunked, with a trailing checksum").contains("hello world");
            assertThat(aws.requests.get(0).header("User-Agent")).contains("workshop/7");
            assertThat(s3.meta().requestsSent()).isEqualTo(1);
            assertThat(wire.toString()).contains(">>> S3.PutObject request, as signed").contains("PUT " + aws.url() + "/demo/a.txt")
                    .contains("<<< 200").doesNotContain("local-secret-key");

            s3.copy(Map.of("Bucket", "demo", "Key", "a.txt"), "demo", "b.txt");
            assertThat(aws.requests.stream().map(r -> r.method() + " " + r.uri()).toList()).endsWith("PUT /demo/b.txt");
            assertThat(aws.requests.get(aws.requests.size() - 1).header("x-amz-copy-source")).isEqualTo("demo/a.txt");
            assertThat(s3.meta().requestsSent()).isEqualTo(aws.requests.size());
            assertThat(wire.toString()).contains(">>> S3.CopyObject request, as signed");

            int sentBefore = aws.requests.size();
            String url = s3.generatePresignedUrl("get_object", Map.of("Bucket", "demo", "Key", "b.txt"), 60);
            assertThat(url).startsWith(aws.url() + "/demo/b.txt?").contains("X-Amz-Expires=60");
            assertThat(wire.toString()).contains(">>> s3.GetObject presigned, not sent").contains("GET " + aws.url() + "/demo/b.txt?")
                    .doesNotContain(signature(url));
            assertThat(aws.requests).as("a presign sends nothing").hasSize(sentBefore);
            assertThat(s3.meta().requestsSent()).isEqualTo(sentBefore);
        }
    }

    @Test
    void configRetriesApplyToTransfers(@TempDir Path dir) throws Exception {
        try (LocalAws aws = new LocalAws(r -> Response.xml(503, LocalAws.SLOW_DOWN))) {
            S3AwsClient s3 = aws.session().client("s3", Config.of(Map.of("retries", Map.of("max_attempts", 1, "mode", "standard"))));
            Path file = Files.writeString(dir.resolve("a.txt"), "hello world");
            assertThatThrownBy(() -> s3.uploadFile(file.toString(), "demo", "a.txt")).isInstanceOf(RuntimeException.class);
            assertThat(aws.requests).as("max_attempts=1: one retry").hasSize(2);
            assertThat(s3.meta().requestsSent()).isEqualTo(2);
        }
    }

    @Test
    void configReadTimeoutAppliesToTransfers(@TempDir Path dir) throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (LocalAws aws = new LocalAws(r -> {
            // long enough that only a read timeout explains an earlier end, with botocore's legacy wait (up to 1 s) and a loaded machine
            if (calls.incrementAndGet() == 1) sleep(10_000);
            return ok(r);
        })) {
            S3AwsClient s3 = aws.session().client("s3", Config.of(Map.of("read_timeout", 1, "retries", Map.of("max_attempts", 2))));
            long start = System.nanoTime();
            s3.uploadFile(Files.writeString(dir.resolve("a.txt"), "hello world").toString(), "demo", "a.txt");
            assertThat(aws.requests).as("the first attempt timed out after read_timeout and was retried").hasSize(2);
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(10_000);
        }
    }

    @Test
    void onlyS3sClientHasTransfersAtCompileTime() {
        try (JShell shell = JShell.builder().compilerOptions("-classpath", System.getProperty("java.class.path")).build()) {
            shell.addToClasspath(System.getProperty("java.class.path"));
            assertThat(status(shell, "dev.awsjshell.services.s3.S3AwsClient s3 = dev.awsjshell.Aws.client(\"s3\");")).isEqualTo(Snippet.Status.VALID);
            assertThat(status(shell, "void up() { s3.uploadFile(\"a\", \"b\", \"c\"); }")).isEqualTo(Snippet.Status.VALID);
            assertThat(status(shell, "void upSqs() { dev.awsjshell.Aws.client(\"sqs\").uploadFile(\"a\", \"b\", \"c\"); }")).isEqualTo(Snippet.Status.REJECTED);
        }
        assertThat(List.of(AwsClient.class.getMethods()).stream().map(m -> m.getName()).toList())
                .doesNotContain("uploadFile", "downloadFile", "copy", "generatePresignedUrl");
    }

    private static Snippet.Status status(JShell shell, String code) {
        List<SnippetEvent> events = shell.eval(code);
        return events.get(0).status();
    }

    private static String signature(String url) { return url.replaceAll(".*X-Amz-Signature=([0-9a-f]+).*", "$1"); }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
