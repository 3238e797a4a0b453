package dev.awsjshell.services.s3;

import dev.awsjshell.response.AwsMap;
import dev.awsjshell.session.Session;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * generate_presigned_post compared with boto3 1.43.11's (signature_version s3v4), same keys, endpoint, and instant
 * (botocore's clock fixed at 2026-01-31T12:00:00Z): the url and every field, policy and signature included, are
 * boto3's byte for byte. The sandbox test posts such a form to S3Proxy.
 */
class PresignedPostTest {
    private static S3AwsClient client(Session.Builder session) {
        S3AwsClient s3 = session.regionName("us-east-1").accessKeyId("AKIDLOCALTEST").secretAccessKey("local-secret-key").build().client("s3");
        s3.signingClock(Clock.fixed(Instant.parse("2026-01-31T12:00:00Z"), ZoneOffset.UTC));
        return s3;
    }

    @Test
    void fieldsConditionsAndAFilenameKeyAsBoto3() {
        S3AwsClient s3 = client(Session.builder().endpointUrl("http://127.0.0.1:9000"));
        AwsMap post = s3.generatePresignedPost("demo", "up/${filename}", Map.of("acl", "public-read"),
                List.of(Map.of("acl", "public-read"), List.of("content-length-range", 1, 1048576)), 600);
        assertThat(post.get("url")).isEqualTo("http://127.0.0.1:9000/demo");
        assertThat(post.map("fields")).containsExactly(
                Map.entry("acl", "public-read"),
                Map.entry("key", "up/${filename}"),
                Map.entry("x-amz-algorithm", "AWS4-HMAC-SHA256"),
                Map.entry("x-amz-credential", "AKIDLOCALTEST/20260131/us-east-1/s3/aws4_request"),
                Map.entry("x-amz-date", "20260131T120000Z"),
                Map.entry("policy", "eyJleHBpcmF0aW9uIjogIjIwMjYtMDEtMzFUMTI6MTA6MDBaIiwgImNvbmRpdGlvbnMiOiBbeyJhY2wiOiAicHVibGljLXJlYWQifSwgWyJjb250ZW50LWxlbmd0aC1yYW5nZSIsIDEsIDEwNDg1NzZdLCB7ImJ1Y2tldCI6ICJkZW1vIn0sIFsic3RhcnRzLXdpdGgiLCAiJGtleSIsICJ1cC8iXSwgeyJ4LWFtei1hbGdvcml0aG0iOiAiQVdTNC1ITUFDLVNIQTI1NiJ9LCB7IngtYW16LWNyZWRlbnRpYWwiOiAiQUtJRExPQ0FMVEVTVC8yMDI2MDEzMS91cy1lYXN0LTEvczMvYXdzNF9yZXF1ZXN0In0sIHsieC1hbXotZGF0ZSI6ICIyMDI2MDEzMVQxMjAwMDBaIn1dfQ=="),
                Map.entry("x-amz-signature", "4f6fb6693f1c2ce4618352afa5ec7e7e874532d9272dddae6243230960d291a3"));
    }

    @Test
    void aSessionTokenAndAwsOwnEndpointAsBoto3() {
        S3AwsClient s3 = client(Session.builder().sessionToken("tok"));
        AwsMap post = s3.generatePresignedPost("demo", "a.txt");
        assertThat(post.get("url")).isEqualTo("https://demo.s3.amazonaws.com/");
        assertThat(post.map("fields")).containsEntry("x-amz-security-token", "tok")
                .containsEntry("policy", "eyJleHBpcmF0aW9uIjogIjIwMjYtMDEtMzFUMTM6MDA6MDBaIiwgImNvbmRpdGlvbnMiOiBbeyJidWNrZXQiOiAiZGVtbyJ9LCB7ImtleSI6ICJhLnR4dCJ9LCB7IngtYW16LWFsZ29yaXRobSI6ICJBV1M0LUhNQUMtU0hBMjU2In0sIHsieC1hbXotY3JlZGVudGlhbCI6ICJBS0lETE9DQUxURVNULzIwMjYwMTMxL3VzLWVhc3QtMS9zMy9hd3M0X3JlcXVlc3QifSwgeyJ4LWFtei1kYXRlIjogIjIwMjYwMTMxVDEyMDAwMFoifSwgeyJ4LWFtei1zZWN1cml0eS10b2tlbiI6ICJ0b2sifV19")
                .containsEntry("x-amz-signature", "ac7ba303d58cc8bbffb0a9c9668022f6d8112c173719f88936d61dfb1aa87da7");
        assertThat(s3.meta().requestsSent()).as("nothing is sent").isZero();
    }
}
