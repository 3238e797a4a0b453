package dev.awsjshell.services.s3;

import dev.awsjshell.LocalAws;
import dev.awsjshell.errors.ParamValidationError;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Presigned URLs for any operation, compared with boto3 1.43.11's (signature_version s3v4) for the same keys, endpoint
 * and instant: {@code python3.11} with botocore.auth's clock fixed at 2026-01-31T12:00:00Z printed the URLs below.
 */
class PresignAnyOperationTest {
    private static final String BOTO3 = "http://127.0.0.1:9000";
    private static final String CREDENTIAL = "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDLOCALTEST%2F20260131%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20260131T120000Z&X-Amz-Expires=60";

    private static S3AwsClient client() {
        S3AwsClient s3 = dev.awsjshell.session.Session.builder().endpointUrl(BOTO3).regionName("us-east-1")
                .accessKeyId("AKIDLOCALTEST").secretAccessKey("local-secret-key").build().client("s3");
        s3.signingClock(Clock.fixed(Instant.parse("2026-01-31T12:00:00Z"), ZoneOffset.UTC));
        return s3;
    }

    /** A URL as its path and its query parameters, whose order does not count. */
    private static Map<String, Object> parts(String url) {
        int q = url.indexOf('?');
        java.util.Set<String> params = new java.util.TreeSet<>(java.util.Arrays.asList(url.substring(q + 1).split("&")));
        return Map.of("path", url.substring(0, q), "query", params);
    }

    @Test
    void anyOperationIsSignedAsBoto3SignsIt() {
        S3AwsClient s3 = client();
        assertThat(parts(s3.generatePresignedUrl("list_buckets", Map.of(), 60))).isEqualTo(parts(BOTO3 + "/?" + CREDENTIAL
                + "&X-Amz-SignedHeaders=host&X-Amz-Signature=3c8277c49ac75357dedd27727c8e325c0c712e3a13539355d8d92edc96884d80"));
        assertThat(parts(s3.generatePresignedUrl("upload_part", Map.of("Bucket", "demo", "Key", "k", "UploadId", "u", "PartNumber", 2), 60)))
                .isEqualTo(parts(BOTO3 + "/demo/k?uploadId=u&partNumber=2&" + CREDENTIAL
                + "&X-Amz-SignedHeaders=host&X-Amz-Signature=cb22d4c892623ac753d9c5c6874f3d9966156490c4895785f50ccb75dfd079f1"));
        assertThat(parts(s3.generatePresignedUrl("get_object", Map.of("Bucket", "demo", "Key", "k"), 60, "HEAD"))).isEqualTo(parts(BOTO3 + "/demo/k?" + CREDENTIAL
                + "&X-Amz-SignedHeaders=host&X-Amz-Signature=378ce1840b66c56282e58a63c48113fa13268f56a8d615932be3b9db45cec44b"));
        assertThat(parts(s3.generatePresignedUrl("put_object", Map.of("Bucket", "demo", "Key", "k", "ContentType", "text/plain"), 60))).isEqualTo(parts(BOTO3 + "/demo/k?" + CREDENTIAL
                + "&X-Amz-SignedHeaders=content-type%3Bhost&X-Amz-Signature=0af0b43cda21ed548cea93e8f65399058c8359e8fe379635c0a23bb91bbe5498"));
        // boto3 adds encoding-type=url to every listing (its handler decodes the keys); the SDK does not, so the signatures differ.
        assertThat(s3.generatePresignedUrl("list_objects_v2", Map.of("Bucket", "demo", "Prefix", "a b"), 60))
                .startsWith(BOTO3 + "/demo?").contains("list-type=2").contains("prefix=a%20b").contains("X-Amz-SignedHeaders=host");
    }

    @Test
    void aPresignedUrlSendsNothingAndBadInputIsRefused() throws Exception {
        try (LocalAws aws = new LocalAws(r -> LocalAws.Response.xml(200, LocalAws.LIST_BUCKETS))) {
            S3AwsClient s3 = aws.session().client("s3");
            String url = s3.generatePresignedUrl("list_objects_v2", Map.of("Bucket", "demo"), 60);
            assertThat(url).startsWith(aws.url() + "/demo?");
            assertThat(aws.requests).isEmpty();
            assertThat(s3.meta().requestsSent()).isZero();
            assertThatThrownBy(() -> s3.generatePresignedUrl("get_object", Map.of("Bucket", "demo"), 60)).isInstanceOf(ParamValidationError.class).hasMessageContaining("Key");
            assertThatThrownBy(() -> s3.generatePresignedUrl("get_object", Map.of("Bucket", "demo", "Key", "k"), 60, "FETCH")).isInstanceOf(ParamValidationError.class).hasMessageContaining("HttpMethod");
            assertThatThrownBy(() -> s3.generatePresignedUrl("get_object", Map.of("Bucket", "demo", "Key", "k"), 604801)).isInstanceOf(ParamValidationError.class).hasMessageContaining("604800");
            java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(aws.requests.get(0).uri()).startsWith("/demo?list-type=2&X-Amz-Algorithm=AWS4-HMAC-SHA256");
            assertThat(aws.requests.get(0).header("Authorization")).isNull();
        }
    }
}
