package dev.awsjshell;

import dev.awsjshell.client.AwsClient;
import dev.awsjshell.client.RetryPolicy;
import dev.awsjshell.config.Config;
import dev.awsjshell.errors.ClientError;
import dev.awsjshell.errors.ConnectTimeoutError;
import dev.awsjshell.errors.ConnectionClosedError;
import dev.awsjshell.errors.EndpointConnectionError;
import dev.awsjshell.errors.ReadTimeoutError;
import dev.awsjshell.services.s3.S3AwsClient;
import dev.awsjshell.session.Session;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Retries and network faults as boto3 1.43 meets them, against a fault-injecting server on 127.0.0.1. The figures
 * (attempts, messages, times) are boto3's against the same faults.
 */
class RetryFaultTest {
    private static final String SLOW_DOWN = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>ServiceUnavailable</Code>"
            + "<Message>Please reduce your request rate.</Message><RequestId>R503</RequestId></Error>";
    private static final String THROTTLED = "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ThrottlingException\","
            + "\"message\":\"Rate of requests exceeds the allowed throughput.\"}";

    private static Session session(String url) {
        return Session.builder().endpointUrl(url).regionName("us-east-1").accessKeyId("AKIDLOCALTEST").secretAccessKey("local-secret-key").build();
    }

    @Test
    void attemptsInAllPerModeAreBotocores() {
        assertThat(RetryPolicy.strategy("s3", Config.empty()).maxAttempts()).as("legacy, botocore's default mode").isEqualTo(5);
        assertThat(RetryPolicy.strategy("dynamodb", Config.empty()).maxAttempts()).as("legacy, DynamoDB").isEqualTo(10);
        assertThat(RetryPolicy.strategy("s3", Config.of(Map.of("retries", Map.of("mode", "standard")))).maxAttempts()).isEqualTo(3);
        assertThat(RetryPolicy.strategy("dynamodb", Config.of(Map.of("retries", Map.of("mode", "adaptive")))).maxAttempts()).isEqualTo(3);
        assertThat(RetryPolicy.strategy("sqs", Config.of(Map.of("retries", Map.of("max_attempts", 2)))).maxAttempts()).as("max_attempts counts retries").isEqualTo(3);
        assertThat(RetryPolicy.strategy("dynamodb", Config.of(Map.of("retries", Map.of("total_max_attempts", 4, "mode", "legacy")))).maxAttempts()).isEqualTo(4);
    }

    @Test
    void dynamoDbLegacyBackoffIsBotocores_0_05_times_2_to_the_n() {
        var backoff = RetryPolicy.legacyBackoff("dynamodb");
        // the SDK asks for the delay before attempt n, from 2
        assertThat(backoff.computeDelay(2)).isEqualTo(Duration.ofMillis(50));
        assertThat(backoff.computeDelay(10)).isEqualTo(Duration.ofMillis(12_800));
        long total = IntStream.rangeClosed(2, 10).mapToLong(n -> backoff.computeDelay(n).toMillis()).sum();
        assertThat(total).as("nine waits between ten attempts: boto3 gives up after 25.6 s").isEqualTo(25_550);
        assertThat(RetryPolicy.legacyBackoff("s3").computeDelay(5)).as("before the fifth attempt: a random base in [0, 1) times 2^3").isLessThan(Duration.ofSeconds(8));
    }

    @Test
    void aClientErrorAfterRetriesSaysReachedMaxRetriesWhereBotocoreDoes() throws Exception {
        try (FaultServer server = new FaultServer(FaultServer.answer(503, "application/xml", SLOW_DOWN))) {
            AwsClient s3 = session(server.url()).client("s3", Config.of(Map.of("retries", Map.of("mode", "standard", "max_attempts", 1))));
            assertThatThrownBy(() -> s3.call("list_buckets")).isInstanceOfSatisfying(ClientError.class, e -> {
                assertThat(e.errorLine()).isEqualTo("An error occurred (ServiceUnavailable) when calling the ListBuckets operation "
                        + "(reached max retries: 1): Please reduce your request rate.");
                assertThat(e.response().map("ResponseMetadata")).containsEntry("RetryAttempts", 1).containsEntry("MaxAttemptsReached", true);
            });
            assertThat(server.requests.get()).isEqualTo(2);
        }
        try (FaultServer server = new FaultServer(FaultServer.answer(404, "application/xml",
                "<Error><Code>NoSuchBucket</Code><Message>The specified bucket does not exist</Message></Error>"))) {
            AwsClient s3 = session(server.url()).client("s3");
            assertThatThrownBy(() -> s3.call("list_objects_v2", Map.of("Bucket", "gone"))).isInstanceOfSatisfying(ClientError.class, e -> {
                assertThat(e.errorLine()).as("an error that is not retried says nothing of retries")
                        .isEqualTo("An error occurred (NoSuchBucket) when calling the ListObjectsV2 operation: The specified bucket does not exist");
                assertThat(e.response().map("ResponseMetadata")).doesNotContainKey("MaxAttemptsReached");
            });
            assertThat(server.requests.get()).isEqualTo(1);
        }
    }

    @Test
    void aResetInTheMiddleOfABodyIsRetriedThenAConnectionClosedError() throws Exception {
        try (FaultServer server = new FaultServer(FaultServer.resetMidBody())) {
            AwsClient s3 = session(server.url()).client("s3", Config.of(Map.of("retries", Map.of("max_attempts", 2, "mode", "standard"))));
            assertThatThrownBy(() -> s3.call("list_buckets")).isInstanceOfSatisfying(ConnectionClosedError.class, e -> assertThat(e.getMessage())
                    .isEqualTo("Connection was closed before we received a valid response from endpoint URL: \"" + server.url() + "/\"."));
            assertThat(server.requests.get()).as("every attempt the mode allows").isEqualTo(3);
        }
    }

    @Test
    void aServiceThatNeverAnswersIsAReadTimeoutError() throws Exception {
        try (FaultServer server = new FaultServer(FaultServer.silence())) {
            AwsClient s3 = session(server.url()).client("s3", Config.of(Map.of("read_timeout", 0.5, "retries", Map.of("max_attempts", 1, "mode", "standard"))));
            assertThatThrownBy(() -> s3.call("list_buckets")).isInstanceOfSatisfying(ReadTimeoutError.class, e -> {
                assertThat(e.getMessage()).isEqualTo("Read timeout on endpoint URL: \"" + server.url() + "/\"");
                assertThat(e.endpointUrl()).isEqualTo(server.url() + "/");
            });
            assertThat(server.requests.get()).as("a read timeout is retried, as botocore retries it").isEqualTo(2);
        }
    }

    @Test
    void aRefusedConnectionIsAnEndpointConnectionErrorNamingTheUrl() throws Exception {
        String url = "http://127.0.0.1:" + FaultServer.closedPort();
        AwsClient s3 = session(url).client("s3", Config.of(Map.of("retries", Map.of("max_attempts", 0))));
        assertThatThrownBy(() -> s3.call("list_objects_v2", Map.of("Bucket", "b"))).isInstanceOfSatisfying(EndpointConnectionError.class, e ->
                assertThat(e.getMessage()).startsWith("Could not connect to the endpoint URL: \"" + url + "/b?list-type=2"));
    }

    @Test
    void aManagedTransferThatCannotConnectIsAnEndpointConnectionErrorToo(@TempDir Path dir) throws Exception {
        String url = "http://127.0.0.1:" + FaultServer.closedPort();
        S3AwsClient s3 = session(url).client("s3", Config.of(Map.of("retries", Map.of("max_attempts", 0))));
        Path file = Files.writeString(dir.resolve("a.txt"), "hello");
        assertThatThrownBy(() -> s3.uploadFile(file.toString(), "b", "a.txt")).isInstanceOfSatisfying(EndpointConnectionError.class, e ->
                assertThat(e.getMessage()).isEqualTo("Could not connect to the endpoint URL: \"" + url + "\""));
    }

    @Test
    void aConnectionThatCannotBeMadeInTimeIsAConnectTimeoutError() throws Exception {
        try (FaultServer.FullBacklog full = new FaultServer.FullBacklog()) {
            AwsClient s3 = session(full.url()).client("s3", Config.of(Map.of("connect_timeout", 0.5, "retries", Map.of("max_attempts", 0))));
            assertThatThrownBy(() -> s3.call("list_buckets")).isInstanceOfSatisfying(ConnectTimeoutError.class, e ->
                    assertThat(e.getMessage()).isEqualTo("Connect timeout on endpoint URL: \"" + full.url() + "/\""));
        }
    }

    @Test
    @Tag("slow")
    void legacyModeMakesFiveAttemptsInAll() throws Exception {
        try (FaultServer server = new FaultServer(FaultServer.answer(503, "application/xml", SLOW_DOWN))) {
            AwsClient s3 = session(server.url()).client("s3");
            assertThatThrownBy(() -> s3.call("list_buckets")).isInstanceOfSatisfying(ClientError.class, e ->
                    assertThat(e.getMessage()).contains("when calling the ListBuckets operation (reached max retries: 4): Please reduce"));
            assertThat(server.requests.get()).isEqualTo(5);
        }
    }

    @Test
    @Tag("slow")
    void dynamoDbThrottlingGivesUpAsBoto3DoesAfterTenAttemptsAndAbout25Seconds() throws Exception {
        try (FaultServer server = new FaultServer(FaultServer.answer(400, "application/x-amz-json-1.0", THROTTLED))) {
            AwsClient dynamodb = session(server.url()).client("dynamodb");
            long start = System.nanoTime();
            assertThatThrownBy(() -> dynamodb.call("list_tables")).isInstanceOfSatisfying(ClientError.class, e -> {
                assertThat(e.code()).isEqualTo("ThrottlingException");
                assertThat(e.errorLine()).isEqualTo("An error occurred (ThrottlingException) when calling the ListTables operation "
                        + "(reached max retries: 9): Rate of requests exceeds the allowed throughput.");
            });
            double seconds = (System.nanoTime() - start) / 1e9;
            assertThat(server.requests.get()).isEqualTo(10);
            assertThat(seconds).as("boto3 1.43: 25.6 s").isBetween(25.0, 35.0);
        }
    }
}
