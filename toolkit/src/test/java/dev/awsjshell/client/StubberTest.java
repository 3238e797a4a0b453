package dev.awsjshell.client;

import dev.awsjshell.LocalAws;
import dev.awsjshell.errors.ClientError;
import dev.awsjshell.errors.ParamValidationError;
import dev.awsjshell.errors.StubAssertionError;
import dev.awsjshell.errors.StubResponseError;
import dev.awsjshell.errors.UnStubbedResponseError;
import dev.awsjshell.errors.UnknownOperationError;
import dev.awsjshell.response.AwsMap;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** botocore's Stubber: queued answers in order, expected parameters, errors; nothing reaches the (local) endpoint. */
class StubberTest {
    @Test
    void answersInOrderChecksParametersAndSendsNothing() throws Exception {
        try (LocalAws aws = new LocalAws(r -> LocalAws.Response.xml(403, "<Error><Code>AccessDenied</Code><Message>no</Message></Error>"))) {
            AwsClient s3 = aws.session().client("s3");
            try (Stubber stubber = new Stubber(s3).activate()) {
                stubber.addResponse("list_buckets", Map.of("Buckets", List.of(Map.of("Name", "demo", "CreationDate", Instant.parse("2026-01-31T12:00:00Z")))));
                stubber.addResponse("get_object", Map.of("Body", "hello", "ContentLength", 5, "ResponseMetadata", Map.of("HTTPStatusCode", 200)),
                        Map.of("Bucket", "demo", "Key", Stubber.ANY));
                stubber.addClientError("head_object", "404", "Not Found", 404, null, Map.of("Bucket", "demo", "Key", "gone"), Map.of("RequestId", "R1"));

                AwsMap buckets = s3.call("list_buckets");
                assertThat(buckets.string("Buckets[0].Name")).isEqualTo("demo");
                assertThat(buckets.instant("Buckets[0].CreationDate")).isEqualTo(Instant.parse("2026-01-31T12:00:00Z"));
                assertThat(buckets).as("no ResponseMetadata unless the stub gave one, as botocore").doesNotContainKey("ResponseMetadata");
                AwsMap got = s3.call("get_object", Map.of("Bucket", "demo", "Key", "any/key"));
                assertThat(got.body("Body").text()).isEqualTo("hello");
                assertThat(got.longValue("ContentLength")).as("the SDK's type for the member").isEqualTo(5L);
                assertThat(got.integer("ResponseMetadata.HTTPStatusCode")).isEqualTo(200);
                assertThatThrownBy(() -> s3.call("head_object", Map.of("Bucket", "demo", "Key", "gone")))
                        .isInstanceOfSatisfying(ClientError.class, e -> {
                            assertThat(e.code()).isEqualTo("404");
                            assertThat(e.statusCode()).isEqualTo(404);
                            assertThat(e.requestId()).isEqualTo("R1");
                            assertThat(e.errorLine()).isEqualTo("An error occurred (404) when calling the HeadObject operation: Not Found");
                        });
                stubber.assertNoPendingResponses();
                assertThatThrownBy(() -> s3.call("list_buckets")).isInstanceOf(UnStubbedResponseError.class)
                        .hasMessage("Error getting response stub for operation ListBuckets: Unexpected API Call: A call was made but no additional calls expected. "
                                + "Either the API Call was not stubbed or it was called multiple times.");
            }
            assertThat(aws.requests).as("nothing sent").isEmpty();
            assertThatThrownBy(() -> s3.call("list_buckets")).as("deactivated: the client sends again").isInstanceOf(ClientError.class);
            assertThat(aws.requests).hasSize(1);
        }
    }

    @Test
    void wrongCallsAndWrongResponsesFailAsInBotocore() throws Exception {
        try (LocalAws aws = new LocalAws(r -> LocalAws.Response.xml(500, ""))) {
            AwsClient s3 = aws.session().client("s3");
            Stubber stubber = new Stubber(s3).activate();
            assertThatThrownBy(() -> stubber.addResponse("list_buckets", Map.of("Buckets", "not a list"))).isInstanceOf(ParamValidationError.class)
                    .hasMessageContaining("Buckets");
            assertThatThrownBy(() -> stubber.addResponse("list_buckets", Map.of("Bucket", List.of()))).isInstanceOf(ParamValidationError.class)
                    .hasMessageContaining("Unknown parameter").hasMessageContaining("Buckets");
            assertThatThrownBy(() -> stubber.addResponse("list_bucket", Map.of())).isInstanceOf(UnknownOperationError.class);

            stubber.addResponse("list_objects_v2", Map.of("KeyCount", 0), Map.of("Bucket", "a"));
            assertThatThrownBy(() -> s3.call("list_buckets")).isInstanceOf(StubResponseError.class)
                    .hasMessage("Error getting response stub for operation ListBuckets: Operation mismatch: found response for ListObjectsV2.");
            assertThatThrownBy(() -> s3.call("list_objects_v2", Map.of("Bucket", "b"))).isInstanceOf(StubAssertionError.class)
                    .hasMessageContaining("Expected parameters:\n{Bucket=a},\nbut received:\n{Bucket=b}");
            assertThatThrownBy(() -> s3.call("list_objects_v2", Map.of("Bucket", "a", "Prefix", "p"))).as("an extra parameter").isInstanceOf(StubAssertionError.class);
            assertThatThrownBy(() -> stubber.assertNoPendingResponses()).isInstanceOf(AssertionError.class).hasMessage("1 responses remaining in queue.");
            assertThat(s3.call("list_objects_v2", Map.of("Bucket", "a")).integer("KeyCount")).isZero();

            stubber.addResponse("list_objects_v2", Map.of());
            assertThatThrownBy(() -> s3.call("list_objects_v2", Map.of("Bucket", "a", "Nope", 1))).as("parameters are validated as for a real call")
                    .isInstanceOf(ParamValidationError.class).hasMessageContaining("Nope");
            stubber.addClientError("get_object", Map.of("service_error_code", "NoSuchKey", "http_status_code", 404, "service_error_meta", Map.of("Key", "k")));
            s3.call("list_objects_v2", Map.of("Bucket", "a"));
            assertThatThrownBy(() -> s3.call("get_object", Map.of("Bucket", "a", "Key", "k"))).isInstanceOfSatisfying(ClientError.class,
                    e -> assertThat(e.response().map("Error")).containsEntry("Code", "NoSuchKey").containsEntry("Key", "k").containsEntry("Message", ""));
            assertThatThrownBy(() -> stubber.addClientError("get_object", Map.of("code", "x"))).isInstanceOf(ParamValidationError.class)
                    .hasMessageContaining("service_error_code");
            stubber.deactivate();
            assertThat(aws.requests).isEmpty();
        }
    }

    @Test
    void resourcesGoThroughTheStubbedClient() throws Exception {
        try (LocalAws aws = new LocalAws(r -> LocalAws.Response.xml(500, ""))) {
            dev.awsjshell.resource.ServiceResource s3 = aws.session().resource("s3");
            try (Stubber stubber = new Stubber(s3.meta().client()).activate()) {
                stubber.addResponse("list_buckets", Map.of("Buckets", List.of(Map.of("Name", "a"), Map.of("Name", "b"))));
                List<String> names = new java.util.ArrayList<>();
                for (dev.awsjshell.resource.Resource bucket : s3.collection("buckets").all()) names.add(bucket.meta().identifiers().get("name"));
                assertThat(names).containsExactly("a", "b");
                stubber.assertNoPendingResponses();
            }
            assertThat(aws.requests).isEmpty();
        }
    }

    @Test
    void paginatorsGoThroughTheStubbedClient() throws Exception {
        try (LocalAws aws = new LocalAws(r -> LocalAws.Response.xml(500, ""))) {
            AwsClient s3 = aws.session().client("s3");
            try (Stubber stubber = new Stubber(s3).activate()) {
                stubber.addResponse("list_objects_v2", Map.of("IsTruncated", true, "NextContinuationToken", "t", "Contents", List.of(Map.of("Key", "a"))),
                        Map.of("Bucket", "b"));
                stubber.addResponse("list_objects_v2", Map.of("IsTruncated", false, "Contents", List.of(Map.of("Key", "b"))),
                        Map.of("Bucket", "b", "ContinuationToken", "t"));
                assertThat(s3.getPaginator("list_objects_v2").paginate(Map.of("Bucket", "b")).search("Contents[].Key", String.class).toList())
                        .containsExactly("a", "b");
                stubber.assertNoPendingResponses();
            }
            assertThat(aws.requests).isEmpty();
        }
    }
}
