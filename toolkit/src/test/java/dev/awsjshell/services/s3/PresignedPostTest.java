package dev.awsjshell.services.s3;

import dev.awsjshell.LocalAws;
import dev.awsjshell.response.AwsMap;
import dev.awsjshell.session.Session;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
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

    /**
     * What S3 checks of a browser POST (docs.aws.amazon.com/AmazonS3/latest/API/sigv4-HTTPPOSTConstructPolicy.html):
     * the signature is HMAC-SHA256 of the base64 policy under the key derived from the secret, date, region and
     * service (computed here with javax.crypto, apart from the toolkit's code); every field but the signature, the
     * policy and the file is named by a condition, and every condition holds. Answers 204 as S3 does, 403 otherwise.
     */
    private static LocalAws.Response checkPost(LocalAws.Request r) {
        try {
            String boundary = r.header("Content-Type").replaceFirst(".*boundary=", "");
            Map<String, String> form = new java.util.LinkedHashMap<>();
            for (String part : r.body().split("--" + java.util.regex.Pattern.quote(boundary))) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?s)Content-Disposition: form-data; name=\"([^\"]+)\".*?\r\n\r\n(.*)\r\n$").matcher(part);
                if (m.find()) form.put(m.group(1), m.group(2));
            }
            String policy = form.get("policy");
            byte[] key = ("AWS4local-secret-key").getBytes(StandardCharsets.UTF_8);
            for (String step : List.of(form.get("x-amz-date").substring(0, 8), "us-east-1", "s3", "aws4_request")) key = hmac(key, step);
            String expected = java.util.HexFormat.of().formatHex(hmac(key, policy));
            if (!expected.equals(form.get("x-amz-signature"))) return LocalAws.Response.xml(403, "<Error><Code>SignatureDoesNotMatch</Code></Error>");
            Map<?, ?> doc = new com.fasterxml.jackson.databind.ObjectMapper().readValue(Base64.getDecoder().decode(policy), Map.class);
            if (Instant.parse((String) doc.get("expiration")).isBefore(Instant.now())) return LocalAws.Response.xml(403, "<Error><Code>AccessDenied</Code><Message>expired</Message></Error>");
            java.util.Set<String> named = new java.util.HashSet<>(List.of("policy", "x-amz-signature", "file"));
            for (Object c : (List<?>) doc.get("conditions")) {
                if (c instanceof Map<?, ?> eq) {
                    Map.Entry<?, ?> e = eq.entrySet().iterator().next();
                    String actual = e.getKey().equals("bucket") ? r.uri().replaceAll("^/|/$", "") : form.get((String) e.getKey());
                    if (!e.getValue().equals(actual)) return LocalAws.Response.xml(403, "<Error><Code>AccessDenied</Code><Message>" + e + "</Message></Error>");
                    named.add((String) e.getKey());
                } else if (c instanceof List<?> l && l.get(0).equals("starts-with")) {
                    String field = ((String) l.get(1)).substring(1);
                    if (!form.getOrDefault(field, "").startsWith((String) l.get(2))) return LocalAws.Response.xml(403, "<Error><Code>AccessDenied</Code><Message>" + l + "</Message></Error>");
                    named.add(field);
                } else if (c instanceof List<?> l && l.get(0).equals("content-length-range")) {
                    int size = form.get("file").length();
                    if (size < ((Number) l.get(1)).intValue() || size > ((Number) l.get(2)).intValue()) return LocalAws.Response.xml(400, "<Error><Code>EntityTooLarge</Code></Error>");
                }
            }
            if (!named.containsAll(form.keySet())) return LocalAws.Response.xml(403, "<Error><Code>AccessDenied</Code><Message>a field not in the policy</Message></Error>");
            return new LocalAws.Response(204, "application/xml", "", Map.of("Location", r.uri() + form.get("key")));
        } catch (Exception e) {
            return LocalAws.Response.xml(400, "<Error><Code>MalformedPOSTRequest</Code><Message>" + e + "</Message></Error>");
        }
    }

    private static byte[] hmac(byte[] key, String data) throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> post(AwsMap presigned, Map<String, String> extraFields, String content) throws Exception {
        String boundary = "----aws-jshell-test";
        StringBuilder form = new StringBuilder();
        Map<String, Object> fields = new java.util.LinkedHashMap<>(presigned.map("fields"));
        fields.putAll(extraFields);
        fields.forEach((k, v) -> form.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(k).append("\"\r\n\r\n").append(v).append("\r\n"));
        form.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"form.txt\"\r\nContent-Type: text/plain\r\n\r\n")
                .append(content).append("\r\n--").append(boundary).append("--\r\n");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create((String) presigned.get("url")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aFormPostedWithThePresignedFieldsPassesTheChecksS3Makes() throws Exception {
        try (LocalAws aws = new LocalAws(PresignedPostTest::checkPost)) {
            S3AwsClient s3 = aws.session().client("s3");
            AwsMap presigned = s3.generatePresignedPost("demo", "uploads/${filename}", Map.of("acl", "public-read"),
                    List.of(Map.of("acl", "public-read"), List.of("content-length-range", 1, 100)), 300);
            HttpResponse<String> ok = post(presigned, Map.of(), "posted from a form");
            assertThat(ok.statusCode()).as(ok.body()).isEqualTo(204);
            assertThat(aws.requests.get(0).method() + " " + aws.requests.get(0).uri()).isEqualTo("POST /demo");
            assertThat(post(presigned, Map.of(), "x".repeat(101)).statusCode()).as("content-length-range").isEqualTo(400);
            assertThat(post(presigned, Map.of("x-amz-meta-extra", "1"), "a").statusCode()).as("a field the policy does not name").isEqualTo(403);
            Map<String, Object> tampered = new java.util.LinkedHashMap<>(presigned.map("fields"));
            tampered.put("acl", "private");
            assertThat(post(new AwsMap(Map.of("url", presigned.get("url"), "fields", tampered)), Map.of(), "a").statusCode()).isEqualTo(403);
        }
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
