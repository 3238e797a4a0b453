package dev.awsjshell.sandbox;

import dev.awsjshell.client.AwsClient;
import dev.awsjshell.session.Session;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code Aws.sandbox().reset()}: a workshop starts again from an empty sandbox. */
@Tag("sandbox")
class SandboxResetTest {
    static Sandbox sandbox;
    static Session session;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.start();
        session = Session.builder().sandbox(sandbox.endpoints(), SandboxQuirks.INSTANCE).build();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void deletesEveryBucketWithItsObjectsEveryQueueAndEveryTable() {
        AwsClient s3 = session.client("s3");
        for (String bucket : List.of("reset-a", "reset-b")) s3.call("create_bucket", Map.of("Bucket", bucket));
        for (int i = 0; i < 3; i++) s3.call("put_object", Map.of("Bucket", "reset-a", "Key", "k" + i, "Body", "x"));
        s3.call("create_multipart_upload", Map.of("Bucket", "reset-b", "Key", "open-upload"));
        AwsClient sqs = session.client("sqs");
        String url = (String) sqs.call("create_queue", Map.of("QueueName", "reset-q")).get("QueueUrl");
        sqs.call("send_message", Map.of("QueueUrl", url, "MessageBody", "left behind"));
        AwsClient dynamodb = session.client("dynamodb");
        dynamodb.call("create_table", Map.of("TableName", "reset-t",
                "KeySchema", List.of(Map.of("AttributeName", "id", "KeyType", "HASH")),
                "AttributeDefinitions", List.of(Map.of("AttributeName", "id", "AttributeType", "S")),
                "BillingMode", "PAY_PER_REQUEST"));

        Sandbox.Reset reset = sandbox.reset();

        assertThat(reset.buckets()).containsExactlyInAnyOrder("reset-a", "reset-b");
        assertThat(reset.objects()).isEqualTo(3);
        assertThat(reset.queues()).containsExactly("reset-q");
        assertThat(reset.tables()).containsExactly("reset-t");
        assertThat(reset.toString()).startsWith("sandbox reset: deleted 2 bucket(s) with 3 object(s)");
        assertThat((List<?>) s3.call("list_buckets").get("Buckets")).isEmpty();
        assertThat(sqs.call("list_queues").get("QueueUrls")).satisfiesAnyOf(
                urls -> assertThat(urls).isNull(), urls -> assertThat((List<?>) urls).isEmpty());
        assertThat((List<?>) dynamodb.call("list_tables").get("TableNames")).isEmpty();

        // The names are free again, and an empty sandbox resets to the same nothing.
        s3.call("create_bucket", Map.of("Bucket", "reset-a"));
        assertThat(sandbox.reset().buckets()).containsExactly("reset-a");
        Sandbox.Reset empty = sandbox.reset();
        assertThat(empty.buckets()).isEmpty();
        assertThat(empty.queues()).isEmpty();
        assertThat(empty.tables()).isEmpty();
    }
}
