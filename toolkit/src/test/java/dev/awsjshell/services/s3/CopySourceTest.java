package dev.awsjshell.services.s3;

import dev.awsjshell.LocalAws;
import dev.awsjshell.client.AwsClient;
import dev.awsjshell.errors.ParamValidationError;
import dev.awsjshell.resource.ServiceResource;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** CopySource as botocore's handle_copy_source_param sends it; the expected headers are what boto3 1.43.11 sent for the same calls. */
class CopySourceTest {
    private static final String COPY = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><CopyObjectResult><ETag>\"c0ffee\"</ETag><LastModified>2026-01-31T12:00:00.000Z</LastModified></CopyObjectResult>";
    private static final String PART = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><CopyPartResult><ETag>\"c0ffee\"</ETag><LastModified>2026-01-31T12:00:00.000Z</LastModified></CopyPartResult>";

    private static String lastCopySource(LocalAws aws) { return aws.requests.get(aws.requests.size() - 1).header("x-amz-copy-source"); }

    @Test
    void copySourceAsAMapOrAStringIsQuotedAsBotocoreQuotesIt() throws Exception {
        try (LocalAws aws = new LocalAws(r -> LocalAws.Response.xml(200, r.uri().contains("partNumber") ? PART : COPY))) {
            AwsClient s3 = aws.session().client("s3");
            s3.call("copy_object", Map.of("Bucket", "dst", "Key", "k", "CopySource", Map.of("Bucket", "src", "Key", "a b/c+d?é~.txt", "VersionId", "v1")));
            assertThat(aws.requests.get(0).uri()).isEqualTo("/dst/k");
            assertThat(lastCopySource(aws)).isEqualTo("src/a%20b/c%2Bd%3F%C3%A9~.txt?versionId=v1");
            s3.call("copy_object", Map.of("Bucket", "dst", "Key", "k", "CopySource", "src/a b+c?versionId=v2"));
            assertThat(lastCopySource(aws)).isEqualTo("src/a%20b%2Bc?versionId=v2");
            s3.call("copy_object", Map.of("Bucket", "dst", "Key", "k", "CopySource", "src/a b+c"));
            assertThat(lastCopySource(aws)).isEqualTo("src/a%20b%2Bc");
            s3.call("upload_part_copy", Map.of("Bucket", "dst", "Key", "k", "PartNumber", 1, "UploadId", "u1", "CopySource", Map.of("Bucket", "src", "Key", "x y")));
            assertThat(aws.requests.get(3).uri()).isEqualTo("/dst/k?partNumber=1&uploadId=u1");
            assertThat(lastCopySource(aws)).isEqualTo("src/x%20y");
            ServiceResource resource = aws.session().resource("s3");
            resource.subresource("Object", "dst", "k2").action("copy_from", Map.of("CopySource", Map.of("Bucket", "src", "Key", "z z")));
            assertThat(aws.requests.get(4).uri()).isEqualTo("/dst/k2");
            assertThat(lastCopySource(aws)).isEqualTo("src/z%20z");

            int sent = aws.requests.size();
            assertThatThrownBy(() -> s3.call("copy_object", Map.of("Bucket", "dst", "Key", "k", "CopySource", Map.of("Bucket", "src"))))
                    .isInstanceOf(ParamValidationError.class).hasMessageContaining("Missing required parameter: 'Key'");
            assertThatThrownBy(() -> s3.call("copy_object", Map.of("Bucket", "dst", "Key", "k", "CopySource", Map.of("Bucket", "src", "Key", "a", "Version", "1"))))
                    .isInstanceOf(ParamValidationError.class).hasMessageContaining("\"Version\"").hasMessageContaining("VersionId");
            assertThat(aws.requests).hasSize(sent);
        }
    }
}
