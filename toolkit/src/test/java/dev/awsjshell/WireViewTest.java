package dev.awsjshell;

import dev.awsjshell.client.WireLog;
import dev.awsjshell.session.Session;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The wire view shows every request body, the query protocol's forms included, with the one list of secrets masked. */
class WireViewTest {
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

    @BeforeEach
    void wireOn() {
        WireLog.INSTANCE.output(new PrintStream(captured, true, StandardCharsets.UTF_8));
        WireLog.INSTANCE.enable(true);
    }

    @AfterEach
    void wireOff() {
        WireLog.INSTANCE.enable(false);
        WireLog.INSTANCE.output(System.out);
    }

    private String wire() { return captured.toString(StandardCharsets.UTF_8); }

    @Test
    void queryProtocolBodiesAreShownWithPasswordsMasked() throws Exception {
        try (LocalAws aws = new LocalAws(r -> LocalAws.Response.xml(200, "<GetCallerIdentityResponse><GetCallerIdentityResult><Account>123456789012</Account>"
                + "</GetCallerIdentityResult></GetCallerIdentityResponse>"))) {
            Session s = aws.session();
            s.client("sts").call("get_caller_identity");
            assertThat(wire()).contains(">>> Sts.GetCallerIdentity").contains("Action=GetCallerIdentity&Version=2011-06-15");

            captured.reset();
            try {
                s.client("iam").call("create_login_profile", Map.of("UserName", "ann", "Password", "iam-pass-w0rd"));
            } catch (RuntimeException answerNotParsed) {
                // the request is what matters here
            }
            try {
                s.client("rds").call("create_db_instance", Map.of("DBInstanceIdentifier", "db", "DBInstanceClass", "db.t3.micro",
                        "Engine", "postgres", "MasterUsername", "admin", "MasterUserPassword", "rds-pass-w0rd"));
            } catch (RuntimeException answerNotParsed) {
                // the request is what matters here
            }
            assertThat(aws.requests.stream().map(LocalAws.Request::body)).as("sent as given").anyMatch(b -> b.contains("Password=iam-pass-w0rd"))
                    .anyMatch(b -> b.contains("MasterUserPassword=rds-pass-w0rd"));
            assertThat(wire()).contains("Action=CreateLoginProfile").contains("UserName=ann").contains("Password=****")
                    .contains("MasterUserPassword=****").contains("MasterUsername=admin")
                    .doesNotContain("iam-pass-w0rd").doesNotContain("rds-pass-w0rd");
        }
    }

    @Test
    void ssoOidcSecretsAndTheSsoBearerTokenAreMaskedBothWays() throws Exception {
        try (LocalAws aws = new LocalAws(r -> r.uri().startsWith("/token")
                ? LocalAws.Response.json(200, "{\"accessToken\":\"oidc-access-value\",\"expiresIn\":3600,\"idToken\":\"oidc-id-value\","
                        + "\"refreshToken\":\"oidc-refresh-value\",\"tokenType\":\"Bearer\"}")
                : LocalAws.Response.json(200, "{\"roleCredentials\":{\"accessKeyId\":\"ASIAROLE\",\"secretAccessKey\":\"role-secret-value\","
                        + "\"sessionToken\":\"role-token-value\",\"expiration\":1}}"))) {
            Session s = aws.session();
            s.client("sso-oidc").call("create_token", Map.of("clientId", "cid", "clientSecret", "oidc-client-secret",
                    "grantType", "refresh_token", "refreshToken", "oidc-old-refresh"));
            s.client("sso").call("get_role_credentials", Map.of("roleName", "r", "accountId", "123456789012", "accessToken", "sso-bearer-value"));
        }
        assertThat(wire()).contains("\"clientId\":\"cid\"").contains("\"clientSecret\":\"****\"").contains("\"accessToken\":\"****\"")
                .contains("x-amz-sso_bearer_token: ****").contains("\"secretAccessKey\":\"****\"");
        for (String secret : new String[] {"oidc-client-secret", "oidc-old-refresh", "oidc-access-value", "oidc-id-value", "oidc-refresh-value",
                "sso-bearer-value", "role-secret-value", "role-token-value"}) {
            assertThat(wire()).doesNotContain(secret);
        }
    }
}
