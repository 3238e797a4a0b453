package dev.awsjshell;

import dev.awsjshell.client.AwsClient;
import dev.awsjshell.client.PageIterable;
import dev.awsjshell.errors.ClientError;
import dev.awsjshell.errors.NotInSandboxError;
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

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The toolkit against the sandbox's real emulators: S3Proxy, ElasticMQ, dynalite. */
@Tag("sandbox")
class SandboxTest {
    static Sandbox sandbox;
    static Session session;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.start();
        session = Session.builder().sandbox(sandbox.endpoints(), SandboxQuirks.INSTANCE).build();
    }

    @AfterAll
    static void stop() {
        List<ProcessHandle> processes = sandbox.processes();
        sandbox.close();
        assertThat(processes).noneMatch(ProcessHandle::isAlive);
    }

    @Test
    void s3BucketsObjectsWaitersAndPaginators() {
        AwsClient s3 = session.client("s3");
        s3.call("create_bucket", Map.of("Bucket", "demo"));
        s3.getWaiter("bucket_exists").wait(Map.of("Bucket", "demo", "WaiterConfig", Map.of("Delay", 0.2, "MaxAttempts", 5)));
        s3.call("put_object", Map.of("Bucket", "demo", "Key", "hello.txt", "Body", "hello sandbox"));
        s3.getWaiter("object_exists").wait(Map.of("Bucket", "demo", "Key", "hello.txt"));
        AwsMap got = s3.call("get_object", Map.of("Bucket", "demo", "Key", "hello.txt"));
        assertThat(got.body("Body").text()).isEqualTo("hello sandbox");
        assertThat(got).containsEntry("ContentLength", 13L);
        assertThat(got.map("ResponseMetadata")).containsEntry("HTTPStatusCode", 200);
        for (int i = 0; i < 25; i++) s3.call("put_object", Map.of("Bucket", "demo", "Key", String.format("logs/%02d.txt", i), "Body", new byte[i]));
        assertThat(s3.canPaginate("list_objects_v2")).isTrue();
        assertThat(s3.canPaginate("put_object")).isFalse();
        List<AwsMap> pages = new ArrayList<>();
        s3.getPaginator("list_objects_v2").paginate(Map.of("Bucket", "demo", "Prefix", "logs/", "PaginationConfig", Map.of("PageSize", 10))).forEach(pages::add);
        assertThat(pages).hasSize(3);
        assertThat(s3.getPaginator("list_objects_v2").paginate(Map.of("Bucket", "demo", "Prefix", "logs/", "PaginationConfig", Map.of("PageSize", 10)))
                .search("Contents[].Key").toList()).hasSize(25).startsWith("logs/00.txt").endsWith("logs/24.txt");
        PageIterable first = s3.getPaginator("list_objects_v2").paginate(Map.of("Bucket", "demo", "Prefix", "logs/", "PaginationConfig", Map.of("PageSize", 10, "MaxItems", 15)));
        AwsMap firstPart = first.buildFullResult();
        assertThat((List<?>) firstPart.get("Contents")).hasSize(15);
        assertThat(first.resumeToken()).isNotNull();
        AwsMap rest = s3.getPaginator("list_objects_v2").paginate(Map.of("Bucket", "demo", "Prefix", "logs/",
                "PaginationConfig", Map.of("PageSize", 10, "StartingToken", first.resumeToken()))).buildFullResult();
        assertThat(rest.search("Contents[0].Key")).as("resuming where MaxItems cut the page").isEqualTo("logs/15.txt");
        assertThat((List<?>) rest.get("Contents")).hasSize(10);
        assertThatThrownBy(() -> s3.call("get_object", Map.of("Bucket", "demo", "Key", "absent")))
                .isInstanceOfSatisfying(ClientError.class, e -> {
                    assertThat(e.code()).isEqualTo("NoSuchKey");
                    assertThat(e.statusCode()).isEqualTo(404);
                });
    }

    @Test
    void whatTheSandboxLacksIsSaidSo() {
        AwsClient s3 = session.client("s3");
        s3.call("create_bucket", Map.of("Bucket", "lacks"));
        assertThatThrownBy(() -> s3.call("put_bucket_policy", Map.of("Bucket", "lacks", "Policy", "{}")))
                .isInstanceOfSatisfying(ClientError.class, e -> {
                    assertThat(e.code()).isEqualTo("NotImplemented");
                    assertThat(e.getMessage()).contains("The sandbox's S3 emulator does not implement PutBucketPolicy; AWS does.");
                    assertThat(e.response().map("Error").get("Message").toString()).contains("does not implement PutBucketPolicy");
                });
        // dynalite answers an operation it lacks with UnknownOperationException and no message
        AwsClient ddb = session.client("dynamodb");
        ddb.call("create_table", Map.of("TableName", "lacks", "BillingMode", "PAY_PER_REQUEST",
                "AttributeDefinitions", List.of(Map.of("AttributeName", "id", "AttributeType", "S")),
                "KeySchema", List.of(Map.of("AttributeName", "id", "KeyType", "HASH"))));
        assertThatThrownBy(() -> ddb.call("transact_write_items", Map.of("TransactItems",
                List.of(Map.of("Put", Map.of("TableName", "lacks", "Item", Map.of("id", Map.of("S", "1"))))))))
                .isInstanceOfSatisfying(ClientError.class, e -> {
                    assertThat(e.code()).isEqualTo("UnknownOperationException");
                    assertThat(e.getMessage()).contains("The sandbox's DynamoDB emulator does not implement TransactWriteItems; AWS does.")
                            .contains("(The emulator said: UnknownOperationException)");
                });
        assertThat(ddb.call("get_item", Map.of("TableName", "lacks", "Key", Map.of("id", Map.of("S", "1"))))).as("nothing was written")
                .doesNotContainKey("Item");
    }

    @Test
    void s3PresignedUrlAndManagedTransfers(@TempDir Path dir) throws Exception {
        S3AwsClient s3 = session.client("s3");
        s3.call("create_bucket", Map.of("Bucket", "files"));
        Path upload = Files.write(dir.resolve("up.bin"), new byte[3 * 1024 * 1024]);
        s3.uploadFile(upload.toString(), "files", "big.bin");
        s3.downloadFile("files", "big.bin", dir.resolve("down.bin").toString());
        assertThat(Files.size(dir.resolve("down.bin"))).isEqualTo(3 * 1024 * 1024);
        s3.call("put_object", Map.of("Bucket", "files", "Key", "note.txt", "Body", "presigned"));
        String url = s3.generatePresignedUrl("get_object", Map.of("Bucket", "files", "Key", "note.txt"), 300);
        assertThat(url).contains("X-Amz-Signature=").contains("X-Amz-Expires=300");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.body()).isEqualTo("presigned");
        assertThat((Object) session.client("sqs")).isNotInstanceOf(S3AwsClient.class);
    }

    @Test
    void sqsCreateSendReceiveDelete() {
        AwsClient sqs = session.client("sqs");
        String url = (String) sqs.call("create_queue", Map.of("QueueName", "jobs")).get("QueueUrl");
        sqs.call("send_message", Map.of("QueueUrl", url, "MessageBody", "job-1"));
        AwsMap received = sqs.call("receive_message", Map.of("QueueUrl", url, "WaitTimeSeconds", 1));
        assertThat(received.search("Messages[0].Body")).isEqualTo("job-1");
        sqs.call("delete_message", Map.of("QueueUrl", url, "ReceiptHandle", received.search("Messages[0].ReceiptHandle")));
        assertThat((List<?>) sqs.call("receive_message", Map.of("QueueUrl", url)).getOrDefault("Messages", List.of())).isEmpty();
        assertThat(sqs.call("list_queues").search("QueueUrls")).asList().contains(url);
    }

    @Test
    void dynamodbTableItemsQueryAndScanPaginator() {
        AwsClient ddb = session.client("dynamodb");
        ddb.call("create_table", Map.of("TableName", "people",
                "AttributeDefinitions", List.of(Map.of("AttributeName", "team", "AttributeType", "S"), Map.of("AttributeName", "name", "AttributeType", "S")),
                "KeySchema", List.of(Map.of("AttributeName", "team", "KeyType", "HASH"), Map.of("AttributeName", "name", "KeyType", "RANGE")),
                "BillingMode", "PAY_PER_REQUEST"));
        ddb.getWaiter("table_exists").wait(Map.of("TableName", "people", "WaiterConfig", Map.of("Delay", 0.2)));
        for (int i = 0; i < 12; i++) {
            ddb.call("put_item", Map.of("TableName", "people", "Item", Map.of("team", Map.of("S", i % 2 == 0 ? "red" : "blue"),
                    "name", Map.of("S", "p" + i), "age", Map.of("N", Integer.toString(20 + i)))));
        }
        AwsMap item = ddb.call("get_item", Map.of("TableName", "people", "Key", Map.of("team", Map.of("S", "red"), "name", Map.of("S", "p0"))));
        assertThat(item.search("Item.age.N")).isEqualTo("20");
        AwsMap query = ddb.call("query", Map.of("TableName", "people", "KeyConditionExpression", "team = :t",
                "ExpressionAttributeValues", Map.of(":t", Map.of("S", "blue"))));
        assertThat(query.get("Count")).isEqualTo(6);
        List<Object> names = ddb.getPaginator("scan").paginate(Map.of("TableName", "people", "PaginationConfig", Map.of("PageSize", 5))).search("Items[].name.S").toList();
        assertThat(names).hasSize(12);
    }

    @Test
    void aServiceTheSandboxLacksIsRefusedBeforeAnyRequest() {
        assertThatThrownBy(() -> session.client("kinesis")).isInstanceOf(NotInSandboxError.class)
                .hasMessageContaining("dynamodb, s3, sqs").hasMessageContaining("AWS_ENDPOINT_URL=http://localhost:4566");
    }

    @Test
    void joinsASandboxStartedByTheScriptAndDataSurvivesARestart(@TempDir Path state, @TempDir Path data) throws Exception {
        script(state, "start", "--data", data.toString());
        Map<String, URI> endpoints = readState(state);
        System.setProperty("awsjshell.stateDir", state.toString());
        try {
            Sandbox joined = Sandbox.join().orElseThrow();
            assertThat(joined.owned()).isFalse();
            assertThat(joined.endpoints()).isEqualTo(endpoints);
            joined.close();
            assertThat(joined.processes()).as("closing a joined sandbox leaves it running").allMatch(ProcessHandle::isAlive);
        } finally {
            System.clearProperty("awsjshell.stateDir");
        }
        Session onScriptSandbox = Session.builder().sandbox(endpoints, SandboxQuirks.INSTANCE).build();
        onScriptSandbox.client("s3").call("create_bucket", Map.of("Bucket", "kept"));
        onScriptSandbox.client("s3").call("put_object", Map.of("Bucket", "kept", "Key", "k", "Body", "still here"));
        onScriptSandbox.client("dynamodb").call("create_table", Map.of("TableName", "kept",
                "AttributeDefinitions", List.of(Map.of("AttributeName", "id", "AttributeType", "S")),
                "KeySchema", List.of(Map.of("AttributeName", "id", "KeyType", "HASH")), "BillingMode", "PAY_PER_REQUEST"));
        String queue = (String) onScriptSandbox.client("sqs").call("create_queue", Map.of("QueueName", "kept")).get("QueueUrl");
        onScriptSandbox.client("sqs").call("send_message", Map.of("QueueUrl", queue, "MessageBody", "kept message"));
        assertThat(script(state, "status")).contains("joined");
        script(state, "stop");
        assertThat(script(state, "status")).contains("no sandbox running");
        script(state, "start", "--data", data.toString());
        try {
            Session restarted = Session.builder().sandbox(readState(state), SandboxQuirks.INSTANCE).build();
            assertThat(restarted.client("s3").call("get_object", Map.of("Bucket", "kept", "Key", "k")).body("Body").text()).isEqualTo("still here");
            assertThat(restarted.client("dynamodb").call("list_tables").search("TableNames")).asList().contains("kept");
            AwsClient sqs = restarted.client("sqs");
            String url = (String) sqs.call("get_queue_url", Map.of("QueueName", "kept")).get("QueueUrl");
            assertThat(sqs.call("receive_message", Map.of("QueueUrl", url, "WaitTimeSeconds", 1)).search("Messages[0].Body")).isEqualTo("kept message");
        } finally {
            script(state, "stop");
        }
    }

    private static Map<String, URI> readState(Path state) throws IOException {
        java.util.Properties p = new java.util.Properties();
        try (var in = Files.newInputStream(state.resolve("sandbox.properties"))) {
            p.load(in);
        }
        Map<String, URI> endpoints = new java.util.LinkedHashMap<>();
        for (String s : Sandbox.SERVICES) endpoints.put(s, URI.create(p.getProperty(s + ".endpoint")));
        return endpoints;
    }

    private static String script(Path state, String... args) throws Exception {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<String> command = new ArrayList<>(List.of(root.resolve("scripts/sandbox").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("AWS_JSHELL_STATE_DIR", state.toString());
        pb.environment().put("AWS_JSHELL_NO_BUILD", "1");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}
