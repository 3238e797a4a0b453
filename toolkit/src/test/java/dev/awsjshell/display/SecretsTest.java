package dev.awsjshell.display;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One list of secrets for every printer: request and response bodies in XML and JSON, headers, query strings. */
class SecretsTest {
    @Test
    void everySecretOfTheListIsMaskedInXmlAndJsonBodies() {
        for (String key : Secrets.KEYS) {
            assertThat(Secrets.text("<" + key + ">s3cr3t-value</" + key + ">")).isEqualTo("<" + key + ">****</" + key + ">");
            assertThat(Secrets.text("{\"" + key + "\": \"s3cr3t-value\"}")).doesNotContain("s3cr3t-value");
        }
        assertThat(Secrets.text("{\"clientId\":\"c1\",\"clientSecret\":\"xyz\",\"refreshToken\":\"r\"}"))
                .isEqualTo("{\"clientId\":\"c1\",\"clientSecret\":\"****\",\"refreshToken\":\"****\"}");
    }

    @Test
    void secretHeadersAndSignaturesAreMasked() {
        assertThat(Secrets.header("x-amz-sso_bearer_token", "tok")).isEqualTo("****");
        assertThat(Secrets.header("X-Amz-Security-Token", "tok")).isEqualTo("****");
        assertThat(Secrets.header("Authorization", "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE12345/20260101/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=abcdef0123"))
                .isEqualTo("AWS4-HMAC-SHA256 Credential=AKID****/20260101/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=****");
        assertThat(Secrets.header("Content-Type", "text/plain")).isEqualTo("text/plain");
        assertThat(Secrets.text("https://b.s3.amazonaws.com/k?X-Amz-Security-Token=abc&X-Amz-Signature=0f0f&x=1")).isEqualTo("https://b.s3.amazonaws.com/k?X-Amz-Security-Token=****&X-Amz-Signature=****&x=1");
    }
}
