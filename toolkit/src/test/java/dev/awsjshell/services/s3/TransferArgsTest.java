package dev.awsjshell.services.s3;

import dev.awsjshell.LocalAws;
import dev.awsjshell.LocalAws.Response;
import dev.awsjshell.errors.InvalidConfigError;
import dev.awsjshell.errors.ParamValidationError;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** ExtraArgs and TransferConfig of the managed transfers, checked on the requests a local server receives. */
class TransferArgsTest {
    private static final String COPY = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><CopyObjectResult><ETag>\"c0ffee\"</ETag><LastModified>2026-01-31T12:00:00.000Z</LastModified></CopyObjectResult>";

    private static Response answer(LocalAws.Request r) {
        if (r.method().equals("POST") && r.uri().contains("uploads")) {
            return Response.xml(200, "<InitiateMultipartUploadResult><Bucket>demo</Bucket><Key>big.bin</Key><UploadId>U1</UploadId></InitiateMultipartUploadResult>");
        }
        if (r.method().equals("POST") && r.uri().contains("uploadId")) {
            return Response.xml(200, "<CompleteMultipartUploadResult><Bucket>demo</Bucket><Key>big.bin</Key><ETag>\"done\"</ETag></CompleteMultipartUploadResult>");
        }
        if (r.method().equals("HEAD")) return new Response(200, "application/octet-stream", "", Map.of("Content-Length", "5", "ETag", "\"e1\""));
        if (r.method().equals("GET")) return new Response(200, "application/octet-stream", "hello", Map.of("ETag", "\"e1\"", "Content-Range", "bytes 0-4/5"));
        if (r.header("x-amz-copy-source") != null) return Response.xml(200, COPY);
        return new Response(200, "application/xml", "", Map.of("ETag", "\"e1\""));
    }

    @Test
    void extraArgsReachTheRequestsAndKeysBoto3RefusesAreRefused(@TempDir Path dir) throws Exception {
        try (LocalAws aws = new LocalAws(TransferArgsTest::answer)) {
            S3AwsClient s3 = aws.session().client("s3");
            String file = Files.writeString(dir.resolve("a.txt"), "hello").toString();
            s3.uploadFile(file, "demo", "a.txt", Map.of("ContentType", "text/plain", "Metadata", Map.of("owner", "me"), "ACL", "public-read", "StorageClass", "STANDARD_IA"));
            LocalAws.Request put = aws.requests.get(0);
            assertThat(put.method() + " " + put.uri()).isEqualTo("PUT /demo/a.txt");
            assertThat(put.header("Content-Type")).isEqualTo("text/plain");
            assertThat(put.header("x-amz-meta-owner")).isEqualTo("me");
            assertThat(put.header("x-amz-acl")).isEqualTo("public-read");
            assertThat(put.header("x-amz-storage-class")).isEqualTo("STANDARD_IA");

            s3.downloadFile("demo", "a.txt", dir.resolve("b.txt").toString(), Map.of("VersionId", "v7"));
            assertThat(aws.requests.stream().filter(r -> r.method().equals("GET")).map(LocalAws.Request::uri).toList()).allMatch(u -> u.contains("versionId=v7"));
            assertThat(Files.readString(dir.resolve("b.txt"))).isEqualTo("hello");

            s3.copy(Map.of("Bucket", "demo", "Key", "a.txt"), "demo", "c.txt", Map.of("MetadataDirective", "REPLACE", "ContentType", "text/csv"));
            LocalAws.Request copy = aws.requests.get(aws.requests.size() - 1);
            assertThat(copy.header("x-amz-metadata-directive")).isEqualTo("REPLACE");
            assertThat(copy.header("Content-Type")).isEqualTo("text/csv");

            int sent = aws.requests.size();
            assertThatThrownBy(() -> s3.uploadFile(file, "demo", "a.txt", Map.of("Foo", 1))).isInstanceOf(ParamValidationError.class)
                    .hasMessageContaining("Invalid extra_args key 'Foo', must be one of: ACL, CacheControl, ChecksumAlgorithm");
            assertThatThrownBy(() -> s3.downloadFile("demo", "a.txt", dir.resolve("x").toString(), Map.of("ContentType", "text/plain")))
                    .isInstanceOf(ParamValidationError.class).hasMessageContaining("must be one of: ChecksumMode, VersionId");
            assertThatThrownBy(() -> s3.uploadFileobj(new java.io.ByteArrayInputStream(new byte[1]), "demo", "k", Map.of("MetadataDirective", "COPY")))
                    .isInstanceOf(ParamValidationError.class);
            assertThat(aws.requests).hasSize(sent);
        }
    }

    @Test
    void transferConfigSetsTheMultipartThresholdAndPartSize(@TempDir Path dir) throws Exception {
        try (LocalAws aws = new LocalAws(TransferArgsTest::answer)) {
            S3AwsClient s3 = aws.session().client("s3");
            Path six = Files.write(dir.resolve("six.bin"), new byte[6 * 1024 * 1024]);
            s3.uploadFile(six.toString(), "demo", "big.bin", Map.of(), null, TransferConfig.DEFAULT);
            assertThat(aws.requests).as("under s3transfer's 8 MiB threshold: one PUT").hasSize(1);
            aws.requests.clear();
            TransferConfig small = TransferConfig.of(Map.of("multipart_threshold", 5 * 1024 * 1024, "multipart_chunksize", 5 * 1024 * 1024, "max_concurrency", 2));
            s3.uploadFile(six.toString(), "demo", "big.bin", Map.of(), null, small);
            List<String> calls = aws.requests.stream().map(r -> r.method() + " " + r.uri().replaceAll("uploadId=U1&?", "").replaceAll("[?&]x-id=[A-Za-z]+", "")).toList();
            assertThat(calls).filteredOn(c -> c.startsWith("PUT")).hasSize(2);
            assertThat(calls).first().asString().startsWith("POST /demo/big.bin?uploads");
            assertThat(calls).last().asString().startsWith("POST /demo/big.bin");
        }
        assertThatThrownBy(() -> TransferConfig.of(Map.of("multipart_chunksize", 1024))).isInstanceOf(InvalidConfigError.class).hasMessageContaining("at least 5242880");
        assertThatThrownBy(() -> TransferConfig.of(Map.of("max_bandwidth", 1000))).isInstanceOf(InvalidConfigError.class).hasMessageContaining("max_bandwidth cannot be honoured");
        assertThatThrownBy(() -> TransferConfig.of(Map.of("multipart_treshold", 1000))).hasMessageContaining("multipart_threshold");
    }
}
