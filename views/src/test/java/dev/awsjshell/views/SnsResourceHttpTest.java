package dev.awsjshell.views;

import dev.awsjshell.LocalAws;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.awsjshell.views.Ec2ResourceHttpTest.form;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * sns's resources over HTTP (AWS query protocol): each request as the SDK serialises it, each answer as SNS sends it
 * ({@code <XxxResponse><XxxResult>...}, namespace {@code http://sns.amazonaws.com/doc/2010-03-31/}).
 */
class SnsResourceHttpTest {
    private static final String TOPIC = "arn:aws:sns:us-east-1:123456789012:orders";

    @Test
    void subscribeSendsTheTopicArnAndReturnsTheSubscriptionNamedInTheAnswer() throws Exception {
        try (LocalAws aws = new LocalAws(r -> sns("Subscribe", "<SubscriptionArn>" + TOPIC + ":sub-1</SubscriptionArn>"))) {
            SnsResource sns = aws.session().resource("sns");

            SnsSubscription subscription = sns.topic(TOPIC).subscribe(Map.of("Protocol", "email", "Endpoint", "ops@example.com"));

            assertThat(aws.requests).hasSize(1);
            assertThat(form(aws.requests.get(0))).containsEntry("Action", "Subscribe").containsEntry("Version", "2010-03-31")
                    .containsEntry("TopicArn", TOPIC).containsEntry("Protocol", "email").containsEntry("Endpoint", "ops@example.com");
            assertThat(subscription.arn()).isEqualTo(TOPIC + ":sub-1");
        }
    }

    /**
     * The model's listings give identifiers only (no path, as in boto3): the items are not loaded, so reading an
     * attribute loads it, once.
     */
    @Test
    void topicSubscriptionsIterateTwoPagesWithTheTopicArnAndNextToken() throws Exception {
        try (LocalAws aws = new LocalAws(r -> switch (form(r).get("Action")) {
            case "ListSubscriptionsByTopic" -> form(r).containsKey("NextToken")
                    ? listSubscriptions(null, "sub-3")
                    : listSubscriptions("page-2", "sub-1", "sub-2");
            default -> attributes("GetSubscriptionAttributes", Map.of("Protocol", "email", "SubscriptionArn", TOPIC + ":sub-3"));
        })) {
            SnsResource sns = aws.session().resource("sns");

            List<SnsSubscription> subscriptions = sns.topic(TOPIC).subscriptions().toList();

            assertThat(subscriptions).extracting(SnsSubscription::arn).containsExactly(TOPIC + ":sub-1", TOPIC + ":sub-2", TOPIC + ":sub-3");
            assertThat(aws.requests).hasSize(2);
            assertThat(form(aws.requests.get(0))).containsEntry("Action", "ListSubscriptionsByTopic")
                    .containsEntry("TopicArn", TOPIC).doesNotContainKey("NextToken");
            assertThat(form(aws.requests.get(1))).containsEntry("Action", "ListSubscriptionsByTopic")
                    .containsEntry("TopicArn", TOPIC).containsEntry("NextToken", "page-2");
            assertThat(subscriptions).allSatisfy(s -> assertThat(s.meta().data()).isNull());

            assertThat(subscriptions.get(2).attributes()).containsEntry("Protocol", "email");
            assertThat(subscriptions.get(2).attributes()).containsEntry("SubscriptionArn", TOPIC + ":sub-3");
            assertThat(aws.requests).hasSize(3);
            assertThat(form(aws.requests.get(2))).containsEntry("Action", "GetSubscriptionAttributes").containsEntry("SubscriptionArn", TOPIC + ":sub-3");
        }
    }

    @Test
    void topicsIterateTwoPagesWithNextToken() throws Exception {
        try (LocalAws aws = new LocalAws(r -> form(r).containsKey("NextToken")
                ? sns("ListTopics", "<Topics><member><TopicArn>" + TOPIC + "-3</TopicArn></member></Topics>")
                : sns("ListTopics", "<Topics><member><TopicArn>" + TOPIC + "-1</TopicArn></member><member><TopicArn>" + TOPIC
                        + "-2</TopicArn></member></Topics><NextToken>page-2</NextToken>"))) {
            SnsResource sns = aws.session().resource("sns");

            assertThat(sns.topics().stream().map(SnsTopic::arn)).containsExactly(TOPIC + "-1", TOPIC + "-2", TOPIC + "-3");
            assertThat(aws.requests).hasSize(2);
            assertThat(form(aws.requests.get(1))).containsEntry("Action", "ListTopics").containsEntry("NextToken", "page-2");
        }
    }

    /** sns's model (like boto3's) has no references: related resources are sub-resources, made without a request. */
    @Test
    void noReferencesSoRelatedResourcesAreSubResourcesThatSendNothing() throws Exception {
        try (LocalAws aws = new LocalAws(r -> sns("Unexpected", ""))) {
            SnsResource sns = aws.session().resource("sns");
            assertThat(sns.meta().describe().values()).allSatisfy(names -> assertThat(names.get("references")).isEmpty());

            SnsSubscription subscription = sns.subscription(TOPIC + ":sub-1");
            SnsPlatformEndpoint endpoint = sns.platformEndpoint("arn:aws:sns:us-east-1:123456789012:endpoint/GCM/app/e-1");

            assertThat(subscription.arn()).isEqualTo(TOPIC + ":sub-1");
            assertThat(endpoint.arn()).endsWith("/e-1");
            assertThat(aws.requests).isEmpty();
        }
    }

    /** sns has no waiter at all: none on its resources, none on its client (botocore has no waiters-2.json for sns). */
    @Test
    void noResourceWaiterAndNoClientWaiter() throws Exception {
        try (LocalAws aws = new LocalAws(r -> sns("Unexpected", ""))) {
            SnsResource sns = aws.session().resource("sns");
            assertThat(sns.meta().describe().values()).allSatisfy(names -> assertThat(names.get("waiters")).isEmpty());
            assertThat(sns.meta().client().waiterNames()).isEmpty();
            assertThat(aws.requests).isEmpty();
        }
    }

    @Test
    void attributesLoadOnceWithGetTopicAttributesAndReloadSendsAgain() throws Exception {
        try (LocalAws aws = new LocalAws(r -> attributes("GetTopicAttributes",
                Map.of("TopicArn", TOPIC, "Owner", "123456789012", "DisplayName", "Orders", "SubscriptionsConfirmed", "2")))) {
            SnsResource sns = aws.session().resource("sns");
            SnsTopic topic = sns.topic(TOPIC);
            assertThat(topic.meta().data()).isNull();

            assertThat(topic.attributes()).containsEntry("DisplayName", "Orders").containsEntry("SubscriptionsConfirmed", "2");
            assertThat(aws.requests).hasSize(1);
            assertThat(form(aws.requests.get(0))).containsEntry("Action", "GetTopicAttributes").containsEntry("TopicArn", TOPIC);

            assertThat(topic.attributes()).containsEntry("Owner", "123456789012");
            assertThat(aws.requests).as("a second read sends nothing").hasSize(1);

            topic.reload();
            assertThat(aws.requests).hasSize(2);
            assertThat(form(aws.requests.get(1))).containsEntry("Action", "GetTopicAttributes").containsEntry("TopicArn", TOPIC);
        }
    }

    // ---- SNS's answers ----

    private static LocalAws.Response sns(String action, String result) {
        return LocalAws.Response.xml(200, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><" + action + "Response xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\">"
                + "<" + action + "Result>" + result + "</" + action + "Result>"
                + "<ResponseMetadata><RequestId>0c3e1e2a-EXAMPLE</RequestId></ResponseMetadata></" + action + "Response>");
    }

    private static LocalAws.Response attributes(String action, Map<String, String> attributes) {
        StringBuilder entries = new StringBuilder("<Attributes>");
        attributes.forEach((k, v) -> entries.append("<entry><key>").append(k).append("</key><value>").append(v).append("</value></entry>"));
        return sns(action, entries.append("</Attributes>").toString());
    }

    private static LocalAws.Response listSubscriptions(String nextToken, String... ids) {
        StringBuilder members = new StringBuilder("<Subscriptions>");
        for (String id : ids) {
            members.append("<member><TopicArn>").append(TOPIC).append("</TopicArn><Protocol>email</Protocol>")
                    .append("<SubscriptionArn>").append(TOPIC).append(':').append(id).append("</SubscriptionArn>")
                    .append("<Owner>123456789012</Owner><Endpoint>ops@example.com</Endpoint></member>");
        }
        members.append("</Subscriptions>").append(nextToken == null ? "" : "<NextToken>" + nextToken + "</NextToken>");
        return sns("ListSubscriptionsByTopic", members.toString());
    }
}
