package dev.awsjshell;

import dev.awsjshell.client.AwsClient;
import dev.awsjshell.client.WireLog;
import dev.awsjshell.config.Config;
import dev.awsjshell.errors.ClientError;
import dev.awsjshell.errors.InvalidConfigError;
import dev.awsjshell.errors.PaginationError;
import dev.awsjshell.errors.ParamValidationError;
import dev.awsjshell.errors.UnknownOperationError;
import dev.awsjshell.errors.UnknownServiceError;
import dev.awsjshell.errors.UnknownWaiterError;
import dev.awsjshell.errors.WaiterError;
import dev.awsjshell.response.AwsMap;
import dev.awsjshell.session.Credentials;
import dev.awsjshell.session.Session;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The client against a local server that checks what was sent: retries, bad input, waiters, the wire view, threads. */
class ClientTest {
    @AfterEach
    void wireOff() {
        WireLog.INSTANCE.enable(false);
        WireLog.INSTANCE.output(System.out);
    }

    @Test
    void retriesSettingAtWorkAgainstAServerThatAnswers503Before200() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (LocalAws aws = new LocalAws(r -> calls.incrementAndGet() <= 2 ? LocalAws.Response.xml(503, LocalAws.SLOW_DOWN) : LocalAws.Response.xml(200, LocalAws.LIST_BUCKETS))) {
            AwsClient s3 = aws.session().client("s3", Config.of(Map.of("retries", Map.of("max_attempts", 2, "mode", "standard"))));
            AwsMap response = s3.call("list_buckets");
            assertThat(aws.requests).hasSize(3);
            assertThat(response.map("ResponseMetadata")).containsEntry("RetryAttempts", 2).containsEntry("HTTPStatusCode", 200);
            assertThat(response.search("Buckets[].Name")).isEqualTo(List.of("demo"));
        }
        calls.set(0);
        try (LocalAws aws = new LocalAws(r -> calls.incrementAndGet() <= 2 ? LocalAws.Response.xml(503, LocalAws.SLOW_DOWN) : LocalAws.Response.xml(200, LocalAws.LIST_BUCKETS))) {
            AwsClient s3 = aws.session().client("s3", Config.of(Map.of("retries", Map.of("max_attempts", 1))));
            assertThatThrownBy(() -> s3.call("list_buckets")).isInstanceOfSatisfying(ClientError.class, e -> {
                assertThat(e.code()).isEqualTo("ServiceUnavailable");
                assertThat(e.statusCode()).isEqualTo(503);
                assertThat(e.operation()).isEqualTo("ListBuckets");
                assertThat(e.response().map("ResponseMetadata")).containsEntry("RetryAttempts", 1);
            });
            assertThat(aws.requests).as("max_attempts=1 means one retry").hasSize(2);
        }
    }

    @Test
    void badInputIsATypedErrorNamingTheValidChoicesAndNothingIsSent() throws Exception {
        try (LocalAws aws = new LocalAws(r -> LocalAws.Response.xml(200, LocalAws.LIST_BUCKETS))) {
            Session session = aws.session();
            assertThatThrownBy(() -> session.client("s4")).isInstanceOf(UnknownServiceError.class).hasMessageContaining("Did you mean").hasMessageContaining("s3");
            AwsClient s3 = session.client("s3");
            assertThatThrownBy(() -> s3.call("list_object_v2", Map.of("Bucket", "b")))
                    .isInstanceOf(UnknownOperationError.class).hasMessageContaining("list_objects_v2");
            assertThatThrownBy(() -> s3.call("list_objects_v2", Map.of("Buckett", "b")))
                    .isInstanceOf(ParamValidationError.class)
                    .hasMessageContaining("Unknown parameter in input: \"Buckett\"")
                    .hasMessageContaining("did you mean Bucket");
            assertThatThrownBy(() -> s3.call("list_objects_v2", Map.of("Bucket", "b", "MaxKeys", "ten")))
                    .isInstanceOf(ParamValidationError.class).hasMessageContaining("Invalid type for parameter MaxKeys").hasMessageContaining("valid types: Integer");
            assertThatThrownBy(() -> s3.call("list_objects_v2", Map.of()))
                    .isInstanceOf(ParamValidationError.class).hasMessageContaining("Missing required parameter in input: \"Bucket\"");
            assertThatThrownBy(() -> s3.call("delete_objects", Map.of("Bucket", "b", "Delete", Map.of("Objects", List.of(Map.of("Kee", "x"))))))
                    .isInstanceOfSatisfying(ParamValidationError.class, e -> assertThat(e.problems())
                            .anySatisfy(p -> assertThat(p).contains("Delete.Objects[0]").contains("\"Kee\""))
                            .anySatisfy(p -> assertThat(p).contains("Missing required parameter in Delete.Objects[0]: \"Key\"")));
            assertThatThrownBy(() -> session.client("s3", Config.of(Map.of("retry", 3)))).isInstanceOf(InvalidConfigError.class);
            assertThatThrownBy(() -> session.client("dynamodb").call("put_item", Map.of("TableName", "t")))
                    .as("botocore's required members, where the SDK marks none").hasMessageContaining("Missing required parameter in input: \"Item\"");
            assertThatThrownBy(() -> session.client("dynamodb").call("create_table", Map.of("TableName", "t",
                    "AttributeDefinitions", List.of(Map.of("AttributeName", "pk")), "KeySchema", List.of(Map.of("AttributeName", "pk", "KeyType", "HASH")))))
                    .hasMessageContaining("Missing required parameter in AttributeDefinitions[0]: \"AttributeType\"");
            assertThatThrownBy(() -> s3.getWaiter("bucket_exist")).isInstanceOf(UnknownWaiterError.class).hasMessageContaining("bucket_exists");
            assertThat(aws.requests).as("nothing was sent").isEmpty();
        }
    }

    @Test
    void waiterGivesUpWithTheLastResponse() throws Exception {
        try (LocalAws aws = new LocalAws(r -> LocalAws.Response.xml(404, ""))) {
            AwsClient s3 = aws.session().client("s3");
            assertThatThrownBy(() -> s3.getWaiter("bucket_exists").wait(Map.of("Bucket", "missing", "WaiterConfig", Map.of("Delay", 0.05, "MaxAttempts", 3))))
                    .isInstanceOfSatisfying(WaiterError.class, e -> {
                        assertThat(e.waiterName()).isEqualTo("bucket_exists");
                        assertThat(e.lastResponse().map("ResponseMetadata")).containsEntry("HTTPStatusCode", 404);
                    });
            assertThat(aws.requests).hasSize(3).allSatisfy(r -> assertThat(r.method()).isEqualTo("HEAD"));
        }
    }

    @Test
    void aServiceThatRepeatsItsNextTokenRaisesPaginationError() throws Exception {
        String page = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                + "<Name>b</Name><IsTruncated>true</IsTruncated><KeyCount>1</KeyCount><NextContinuationToken>same</NextContinuationToken>"
                + "<Contents><Key>k</Key><Size>1</Size></Contents></ListBucketResult>";
        try (LocalAws aws = new LocalAws(r -> LocalAws.Response.xml(200, page))) {
            AwsClient s3 = aws.session().client("s3");
            assertThatThrownBy(() -> s3.getPaginator("list_objects_v2").paginate(Map.of("Bucket", "b")).stream().count())
                    .isInstanceOf(PaginationError.class).hasMessageContaining("same");
            assertThat(aws.requests).hasSize(2);
            assertThat(aws.requests.get(1).uri()).contains("continuation-token=same");
            assertThatThrownBy(() -> s3.getPaginator("list_objects_v2").paginate(Map.of("Bucket", "b", "PaginationConfig", Map.of("MaxItem", 1))))
                    .isInstanceOf(ParamValidationError.class).hasMessageContaining("MaxItems");
            assertThatThrownBy(() -> s3.getPaginator("put_object")).isInstanceOf(UnknownOperationError.class).hasMessageContaining("list_objects_v2");
        }
    }

    @Test
    void wireViewShowsTheSignedRequestAndRawResponseWithSecretsMasked() throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        WireLog.INSTANCE.output(new PrintStream(captured, true, StandardCharsets.UTF_8));
        Aws.wire(true);
        try (LocalAws aws = new LocalAws(r -> LocalAws.Response.xml(200, LocalAws.LIST_BUCKETS))) {
            Session session = Session.builder().endpointUrl(aws.url()).regionName("eu-central-1")
                    .accessKeyId("AKIDWIRETEST1234").secretAccessKey("wire-secret-value").sessionToken("wire-session-token").build();
            session.client("s3").call("list_buckets");
            String wire = captured.toString(StandardCharsets.UTF_8);
            String authorization = aws.requests.get(0).header("Authorization");
            Matcher signature = Pattern.compile("Signature=([0-9a-f]+)").matcher(authorization);
            assertThat(signature.find()).isTrue();
            assertThat(wire).contains(">>> S3.ListBuckets").contains("GET " + aws.url() + "/").contains("Signature=****")
                    .contains("Credential=AKID****").containsIgnoringCase("x-amz-security-token: ****").contains("<<< 200").contains("<Name>demo</Name>");
            assertThat(wire).doesNotContain(signature.group(1)).doesNotContain("wire-secret-value").doesNotContain("wire-session-token").doesNotContain("AKIDWIRETEST1234");
        }
    }

    @Test
    void noSecretInAnyToString() throws Exception {
        Session session = Session.builder().regionName("eu-central-1").accessKeyId("AKIDTOSTRING9876")
                .secretAccessKey("tostring-secret").sessionToken("tostring-token").build();
        Credentials credentials = session.credentials().orElseThrow();
        assertThat(credentials.method()).isEqualTo("explicit");
        assertThat(credentials.secretKey()).as("the secret is there for who asks").isEqualTo("tostring-secret");
        AwsClient s3 = session.client("s3");
        for (Object o : List.of(session, credentials, session.toBuilder(), s3, s3.meta(), session.config(), Aws.session().accessKeyId("AKIDTOSTRING9876").secretAccessKey("tostring-secret"))) {
            assertThat(o.toString()).doesNotContain("tostring-secret").doesNotContain("tostring-token").doesNotContain("AKIDTOSTRING9876");
        }
    }

    @Test
    void aClientAndASessionServeSixteenThreadsAtOnce() throws Exception {
        try (LocalAws aws = new LocalAws(r -> LocalAws.Response.xml(200, LocalAws.LIST_BUCKETS))) {
            Session session = aws.session();
            AwsClient shared = session.client("s3");
            ExecutorService pool = Executors.newFixedThreadPool(16);
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    AwsClient client = thread % 2 == 0 ? shared : session.client("s3");
                    int ok = 0;
                    for (int i = 0; i < 20; i++) {
                        if (client.call("list_buckets").search("Buckets[0].Name").equals("demo")) ok++;
                    }
                    return ok;
                }));
            }
            int total = 0;
            for (Future<Integer> f : results) total += f.get();
            pool.shutdown();
            assertThat(total).isEqualTo(320);
            assertThat(aws.requests).hasSize(320);
        }
    }

    @Test
    void clientDescribesItselfWithoutARegionOrCredentials() {
        AwsClient s3 = Session.builder().build().client("s3");
        assertThat(s3.waiterNames()).containsExactly("bucket_exists", "bucket_not_exists", "object_exists", "object_not_exists");
        assertThat(s3.operations()).contains("list_objects_v2", "put_object", "get_object", "copy_object", "create_bucket");
        assertThat(s3.exceptions()).contains("NoSuchBucketException", "NoSuchKeyException");
        String doc = s3.doc("list_objects_v2").toString();
        assertThat(doc).contains("Bucket (string) -- [REQUIRED]").contains("MaxKeys (integer)").contains("  Contents (list of structure)\n").contains("      Key (string)");
        assertThat(s3.doc("put_object").toString()).contains("Body (String, byte[], Path or InputStream)");
        assertThat(s3.doc("copy_object").toString()).as("boto3's names, not the SDK's renames").contains("  Bucket (string)").contains("  Key (string)").doesNotContain("DestinationBucket");
        assertThat(Aws.client("ssm").operations()).contains("get_parameter", "put_parameter");
        assertThat(Aws.client("stepfunctions").operations()).contains("start_execution");
        assertThat(Aws.client("dynamodb").waiterNames()).contains("table_exists", "table_not_exists");
    }
}
