package dev.awsjshell.views;

import dev.awsjshell.LocalAws;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.awsjshell.views.Ec2ResourceHttpTest.form;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * iam's resources over HTTP (AWS query protocol): each request as the SDK serialises it, each answer as IAM sends it
 * ({@code <XxxResponse><XxxResult>...}, namespace {@code https://iam.amazonaws.com/doc/2010-05-08/}).
 */
class IamResourceHttpTest {
    private static final String ALICE = "<Path>/</Path><UserName>alice</UserName><UserId>AIDACKCEVSQ6C2EXAMPLE</UserId>"
            + "<Arn>arn:aws:iam::123456789012:user/alice</Arn><CreateDate>2026-01-31T12:00:00Z</CreateDate>";

    @Test
    void createAccessKeyPairSendsTheUserNameAndReturnsThePairBuiltFromTheAnswer() throws Exception {
        try (LocalAws aws = new LocalAws(r -> iam("CreateAccessKey", "<AccessKey><UserName>alice</UserName>"
                + "<AccessKeyId>AKIAIOSFODNN7EXAMPLE</AccessKeyId><Status>Active</Status>"
                + "<SecretAccessKey>wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY</SecretAccessKey>"
                + "<CreateDate>2026-01-31T12:00:00Z</CreateDate></AccessKey>"))) {
            IamResource iam = aws.session().resource("iam");
            IamAccessKeyPair pair = iam.user("alice").createAccessKeyPair();

            assertThat(aws.requests).hasSize(1);
            assertThat(form(aws.requests.get(0))).containsEntry("Action", "CreateAccessKey")
                    .containsEntry("Version", "2010-05-08").containsEntry("UserName", "alice");
            assertThat(pair.userName()).isEqualTo("alice");
            assertThat(pair.id()).isEqualTo("AKIAIOSFODNN7EXAMPLE");
            assertThat(pair.secret()).isEqualTo("wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY");
            assertThat(pair.status()).isEqualTo("Active");
            assertThat(aws.requests).as("the pair's data came with the answer").hasSize(1);
        }
    }

    @Test
    void usersIterateTwoPagesWithTheMarkerAndTheirAttributesComeFromTheListing() throws Exception {
        try (LocalAws aws = new LocalAws(r -> form(r).containsKey("Marker")
                ? listUsers(null, "bob")
                : listUsers("marker-2", "alice", "carol"))) {
            IamResource iam = aws.session().resource("iam");

            List<IamUser> users = iam.users().toList();

            assertThat(users).extracting(IamUser::name).containsExactly("alice", "carol", "bob");
            assertThat(aws.requests).hasSize(2);
            assertThat(form(aws.requests.get(0))).containsEntry("Action", "ListUsers").doesNotContainKey("Marker");
            assertThat(form(aws.requests.get(1))).containsEntry("Action", "ListUsers").containsEntry("Marker", "marker-2");
            assertThat(users.get(2).arn()).isEqualTo("arn:aws:iam::123456789012:user/bob");
            assertThat(users.get(2).createDate()).isEqualTo(Instant.parse("2026-01-31T12:00:00Z"));
            assertThat(aws.requests).as("attributes read from the listing send nothing").hasSize(2);
        }
    }

    @Test
    void policyDefaultVersionComesFromTheArnAndTheLoadedDefaultVersionId() throws Exception {
        String arn = "arn:aws:iam::123456789012:policy/ReadOnly";
        try (LocalAws aws = new LocalAws(r -> form(r).get("Action").equals("GetPolicy")
                ? iam("GetPolicy", "<Policy><PolicyName>ReadOnly</PolicyName><PolicyId>ANPAEXAMPLE</PolicyId><Arn>" + arn + "</Arn>"
                        + "<Path>/</Path><DefaultVersionId>v2</DefaultVersionId><AttachmentCount>1</AttachmentCount>"
                        + "<IsAttachable>true</IsAttachable><CreateDate>2026-01-31T12:00:00Z</CreateDate></Policy>")
                : iam("GetPolicyVersion", "<PolicyVersion><VersionId>v2</VersionId><IsDefaultVersion>true</IsDefaultVersion>"
                        + "<CreateDate>2026-02-01T12:00:00Z</CreateDate></PolicyVersion>"))) {
            IamResource iam = aws.session().resource("iam");

            IamPolicyVersion version = iam.policy(arn).defaultVersion();

            assertThat(version.arn()).isEqualTo(arn);
            assertThat(version.versionId()).isEqualTo("v2");
            assertThat(aws.requests).as("the policy's load, nothing for the reference").hasSize(1);
            assertThat(form(aws.requests.get(0))).containsEntry("Action", "GetPolicy").containsEntry("PolicyArn", arn);

            assertThat(version.isDefaultVersion()).isTrue();
            assertThat(aws.requests).hasSize(2);
            assertThat(form(aws.requests.get(1))).containsEntry("Action", "GetPolicyVersion")
                    .containsEntry("PolicyArn", arn).containsEntry("VersionId", "v2");
        }
    }

    @Test
    void anAccessKeysUserIsASubResourceBuiltFromItsIdentifiers() throws Exception {
        try (LocalAws aws = new LocalAws(r -> iam("GetUser", "<User>" + ALICE + "</User>"))) {
            IamResource iam = aws.session().resource("iam");

            IamUser user = iam.accessKey("alice", "AKIAIOSFODNN7EXAMPLE").user();

            assertThat(user.name()).isEqualTo("alice");
            assertThat(aws.requests).isEmpty();
        }
    }

    /** IAM's resources have no waiter in the model (nor in boto3's); a user waits with the client's user_exists. */
    @Test
    void noResourceWaiterSoTheClientsUserExistsRetriesOnNoSuchEntity() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (LocalAws aws = new LocalAws(r -> calls.incrementAndGet() == 1
                ? LocalAws.Response.xml(404, "<ErrorResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><Error><Type>Sender</Type>"
                        + "<Code>NoSuchEntity</Code><Message>The user with name alice cannot be found.</Message></Error>"
                        + "<RequestId>4c6a5b3e-EXAMPLE</RequestId></ErrorResponse>")
                : iam("GetUser", "<User>" + ALICE + "</User>"))) {
            IamResource iam = aws.session().resource("iam");
            IamUser user = iam.user("alice");
            assertThat(user.meta().waiters()).isEmpty();
            assertThat(iam.meta().describe().values()).allSatisfy(names -> assertThat(names.get("waiters")).isEmpty());

            user.meta().client().getWaiter("user_exists").wait(Map.of("UserName", user.name(),
                    "WaiterConfig", Map.of("Delay", 0.01, "MaxAttempts", 2)));

            assertThat(aws.requests).hasSize(2).allSatisfy(r -> assertThat(form(r))
                    .containsEntry("Action", "GetUser").containsEntry("UserName", "alice"));
        }
    }

    @Test
    void anAttributeLoadsOnceWithGetUserAndReloadSendsAgain() throws Exception {
        try (LocalAws aws = new LocalAws(r -> iam("GetUser", "<User>" + ALICE + "</User>"))) {
            IamResource iam = aws.session().resource("iam");
            IamUser user = iam.user("alice");
            assertThat(user.meta().data()).isNull();

            assertThat(user.arn()).isEqualTo("arn:aws:iam::123456789012:user/alice");
            assertThat(aws.requests).hasSize(1);
            assertThat(form(aws.requests.get(0))).containsEntry("Action", "GetUser").containsEntry("UserName", "alice");

            assertThat(user.userId()).isEqualTo("AIDACKCEVSQ6C2EXAMPLE");
            assertThat(aws.requests).as("a second read sends nothing").hasSize(1);

            user.reload();
            assertThat(aws.requests).hasSize(2);
            assertThat(form(aws.requests.get(1))).containsEntry("Action", "GetUser").containsEntry("UserName", "alice");
        }
    }

    // ---- IAM's answers ----

    private static LocalAws.Response iam(String action, String result) {
        return LocalAws.Response.xml(200, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><" + action + "Response xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\">"
                + "<" + action + "Result>" + result + "</" + action + "Result>"
                + "<ResponseMetadata><RequestId>7a62c49f-347e-4fc4-9331-6e8eEXAMPLE</RequestId></ResponseMetadata></" + action + "Response>");
    }

    private static LocalAws.Response listUsers(String marker, String... names) {
        StringBuilder users = new StringBuilder("<Users>");
        for (String name : names) {
            users.append("<member>").append(ALICE.replace("alice", name)).append("</member>");
        }
        users.append("</Users>").append(marker == null ? "<IsTruncated>false</IsTruncated>" : "<IsTruncated>true</IsTruncated><Marker>" + marker + "</Marker>");
        return iam("ListUsers", users.toString());
    }
}
