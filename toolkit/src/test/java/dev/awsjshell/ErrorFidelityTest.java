package dev.awsjshell;

import dev.awsjshell.client.AwsClient;
import dev.awsjshell.config.Config;
import dev.awsjshell.errors.ClientError;
import dev.awsjshell.errors.ParamValidationError;
import dev.awsjshell.errors.WaiterError;
import dev.awsjshell.resource.Resource;
import dev.awsjshell.resource.ServiceResource;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Errors as botocore 1.43.11 reports them, against a local server answering with the same bytes that were given to
 * boto3 (the expected values below are what boto3 printed for them).
 */
class ErrorFidelityTest {
    private static final String NO_SUCH_BUCKET = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>NoSuchBucket</Code>"
            + "<Message>The specified bucket does not exist</Message><BucketName>demo</BucketName><RequestId>R1</RequestId><HostId>H1</HostId></Error>";
    private static final Config NO_RETRIES = Config.of(Map.of("retries", Map.of("max_attempts", 0)));

    private static LocalAws.Response s3(LocalAws.Request r) {
        if (r.method().equals("HEAD")) return new LocalAws.Response(404, "application/xml", "", Map.of("x-amz-request-id", "RQ", "x-amz-id-2", "HID"));
        return new LocalAws.Response(404, "application/xml", NO_SUCH_BUCKET, Map.of("x-amz-request-id", "R1"));
    }

    @Test
    void aHeadWithoutBodyHasTheHttpStatusAsItsCode() throws Exception {
        try (LocalAws aws = new LocalAws(ErrorFidelityTest::s3)) {
            AwsClient client = aws.session().client("s3", NO_RETRIES);
            for (String op : List.of("head_object", "head_bucket")) {
                Map<String, ?> params = op.equals("head_object") ? Map.of("Bucket", "demo", "Key", "k") : Map.of("Bucket", "demo");
                assertThatThrownBy(() -> client.call(op, params)).isInstanceOfSatisfying(ClientError.class, e -> {
                    assertThat(e.code()).isEqualTo("404");
                    assertThat(e.response().map("Error")).isEqualTo(Map.of("Code", "404", "Message", "Not Found"));
                    assertThat(e.response().map("ResponseMetadata")).containsEntry("RequestId", "RQ").containsEntry("HostId", "HID").containsEntry("HTTPStatusCode", 404);
                    assertThat(e.errorLine()).isEqualTo("An error occurred (404) when calling the " + (op.equals("head_object") ? "HeadObject" : "HeadBucket") + " operation: Not Found");
                });
            }
            assertThatThrownBy(() -> client.getWaiter("object_exists").wait(Map.of("Bucket", "demo", "Key", "k", "WaiterConfig", Map.of("Delay", 0.1, "MaxAttempts", 1))))
                    .isInstanceOfSatisfying(WaiterError.class, e -> assertThat(e.lastResponse().map("Error")).containsEntry("Code", "404"));
            ServiceResource s3 = aws.session().resource("s3", NO_RETRIES);
            Resource object = s3.subresource("Object", "demo", "k");
            assertThatThrownBy(object::load).isInstanceOfSatisfying(ClientError.class, e -> assertThat(e.code()).isEqualTo("404"));
        }
    }

    @Test
    void anErrorKeepsEveryFieldTheServiceSent() throws Exception {
        try (LocalAws aws = new LocalAws(ErrorFidelityTest::s3)) {
            AwsClient client = aws.session().client("s3", NO_RETRIES);
            assertThatThrownBy(() -> client.call("list_objects_v2", Map.of("Bucket", "demo"))).isInstanceOfSatisfying(ClientError.class, e -> {
                assertThat(e.response().map("Error")).isEqualTo(Map.of("Code", "NoSuchBucket", "Message", "The specified bucket does not exist", "BucketName", "demo"));
                assertThat(e.response().map("ResponseMetadata")).containsEntry("RequestId", "R1");
            });
        }
        String conditional = "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException\",\"message\":\"The conditional request failed\",\"Item\":{\"id\":{\"S\":\"1\"}},\"Extra\":\"x\"}";
        try (LocalAws aws = new LocalAws(r -> new LocalAws.Response(400, "application/x-amz-json-1.0", conditional, Map.of("x-amzn-RequestId", "RID")))) {
            AwsClient client = aws.session().client("dynamodb", NO_RETRIES);
            assertThatThrownBy(() -> client.call("put_item", Map.of("TableName", "t", "Item", Map.of("id", Map.of("S", "1"))))).isInstanceOfSatisfying(ClientError.class, e -> {
                assertThat(e.response().map("Error")).isEqualTo(Map.of("Code", "ConditionalCheckFailedException", "Message", "The conditional request failed"));
                assertThat(e.response().get("Item")).as("the modeled error's members, at the top level as boto3 has them").isEqualTo(Map.of("id", Map.of("S", "1")));
                assertThat(e.response()).doesNotContainKey("Extra");
            });
        }
    }

    @Test
    void anInvalidBucketNameIsRefusedBeforeSendingWithBotocoresMessage() throws Exception {
        try (LocalAws aws = new LocalAws(ErrorFidelityTest::s3)) {
            AwsClient client = aws.session().client("s3", NO_RETRIES);
            for (String bad : List.of("a b", "demo/x")) {
                assertThatThrownBy(() -> client.call("list_objects_v2", Map.of("Bucket", bad))).isInstanceOf(ParamValidationError.class)
                        .hasMessageContaining("Invalid bucket name \"" + bad + "\": Bucket name must match the regex \"^[a-zA-Z0-9.\\-_]{1,255}$\" or be an ARN matching the regex \"^arn:(aws).*:(s3|s3-object-lambda):[a-z\\-0-9]*:[0-9]{12}:accesspoint[/:][a-zA-Z0-9\\-.]{1,63}$|^arn:(aws).*:s3-outposts:[a-z\\-0-9]+:[0-9]{12}:outpost[/:][a-zA-Z0-9\\-]{1,63}[/:]accesspoint[/:][a-zA-Z0-9\\-]{1,63}$\"");
            }
            assertThatThrownBy(() -> client.getWaiter("bucket_exists").wait(Map.of("Bucket", "a b"))).isInstanceOf(ParamValidationError.class);
            assertThat(aws.requests).isEmpty();
        }
    }
}
