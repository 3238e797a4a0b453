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
 * cloudformation's resources over HTTP (AWS query protocol): each request as the SDK serialises it, each answer as
 * CloudFormation sends it ({@code <XxxResponse><XxxResult>...}, namespace {@code http://cloudformation.amazonaws.com/doc/2010-05-15/}).
 */
class CloudFormationResourceHttpTest {
    private static final String STACK_ID = "arn:aws:cloudformation:us-east-1:123456789012:stack/web/1a2b3c4d-EXAMPLE";

    @Test
    void createStackReturnsTheStackNamedInTheRequestAndDeleteSendsItsName() throws Exception {
        try (LocalAws aws = new LocalAws(r -> form(r).get("Action").equals("CreateStack")
                ? cfn("CreateStack", "<StackId>" + STACK_ID + "</StackId>")
                : cfn("DeleteStack", null))) {
            CloudFormationResource cfn = aws.session().resource("cloudformation");

            CloudFormationStack stack = cfn.createStack(Map.of("StackName", "web", "TemplateBody", "{\"Resources\":{}}"));

            assertThat(form(aws.requests.get(0))).containsEntry("Action", "CreateStack").containsEntry("Version", "2010-05-15")
                    .containsEntry("StackName", "web").containsEntry("TemplateBody", "{\"Resources\":{}}");
            assertThat(stack.name()).isEqualTo("web");

            stack.delete();

            assertThat(aws.requests).hasSize(2);
            assertThat(form(aws.requests.get(1))).containsEntry("Action", "DeleteStack").containsEntry("StackName", "web");
        }
    }

    @Test
    void resourceSummariesIterateTwoPagesWithTheStackNameAndNextTokenAndTheirAttributesComeFromTheListing() throws Exception {
        try (LocalAws aws = new LocalAws(r -> form(r).containsKey("NextToken")
                ? listStackResources(null, "Queue")
                : listStackResources("page-2", "Bucket", "Topic"))) {
            CloudFormationResource cfn = aws.session().resource("cloudformation");

            List<CloudFormationStackResourceSummary> summaries = cfn.stack("web").resourceSummaries().toList();

            assertThat(summaries).extracting(CloudFormationStackResourceSummary::logicalId).containsExactly("Bucket", "Topic", "Queue");
            assertThat(summaries).extracting(CloudFormationStackResourceSummary::stackName).containsOnly("web");
            assertThat(aws.requests).hasSize(2);
            assertThat(form(aws.requests.get(0))).containsEntry("Action", "ListStackResources").containsEntry("StackName", "web")
                    .doesNotContainKey("NextToken");
            assertThat(form(aws.requests.get(1))).containsEntry("Action", "ListStackResources").containsEntry("StackName", "web")
                    .containsEntry("NextToken", "page-2");
            assertThat(summaries.get(2).resourceStatus()).isEqualTo("CREATE_COMPLETE");
            assertThat(summaries.get(2).physicalResourceId()).isEqualTo("web-queue-physical");
            assertThat(summaries.get(2).lastUpdatedTimestamp()).isEqualTo(Instant.parse("2026-01-31T12:00:00Z"));
            assertThat(aws.requests).as("attributes read from the listing send nothing").hasSize(2);
        }
    }

    /** boto3 shows a listed summary as {@code cloudformation.StackResourceSummary(stack_name='web', logical_id='Bucket')}. */
    @Test
    void aListedSummaryShowsItsIdentifiersInTheTypesOrder() throws Exception {
        try (LocalAws aws = new LocalAws(r -> listStackResources(null, "Bucket"))) {
            CloudFormationResource cfn = aws.session().resource("cloudformation");

            CloudFormationStackResourceSummary summary = cfn.stack("web").resourceSummaries().toList().get(0);

            assertThat(summary).isEqualTo(cfn.stackResourceSummary("web", "Bucket"));
            assertThat(summary.meta().identifiers().keySet()).containsExactly("stack_name", "logical_id");
            assertThat(summary).hasToString("cloudformation.StackResourceSummary(stack_name='web', logical_id='Bucket')");
        }
    }

    /**
     * The model has no references for cloudformation (boto3's Stack/StackResource links are all identifier-based, so
     * they are sub-resources): StackResourceSummary.resource() and StackResource.stack() send nothing.
     */
    @Test
    void aSummarysResourceAndItsStackAreBuiltFromIdentifiersAndLoadWithDescribeStackResource() throws Exception {
        try (LocalAws aws = new LocalAws(r -> cfn("DescribeStackResource", "<StackResourceDetail><StackName>web</StackName>"
                + "<StackId>" + STACK_ID + "</StackId><LogicalResourceId>Bucket</LogicalResourceId>"
                + "<PhysicalResourceId>web-bucket-physical</PhysicalResourceId><ResourceType>AWS::S3::Bucket</ResourceType>"
                + "<LastUpdatedTimestamp>2026-01-31T12:00:00Z</LastUpdatedTimestamp><ResourceStatus>CREATE_COMPLETE</ResourceStatus>"
                + "</StackResourceDetail>"))) {
            CloudFormationResource cfn = aws.session().resource("cloudformation");

            CloudFormationStackResource resource = cfn.stackResourceSummary("web", "Bucket").resource();
            CloudFormationStack stack = resource.stack();

            assertThat(resource.stackName()).isEqualTo("web");
            assertThat(resource.logicalId()).isEqualTo("Bucket");
            assertThat(stack.name()).isEqualTo("web");
            assertThat(aws.requests).isEmpty();

            assertThat(resource.physicalResourceId()).isEqualTo("web-bucket-physical");
            assertThat(aws.requests).hasSize(1);
            assertThat(form(aws.requests.get(0))).containsEntry("Action", "DescribeStackResource")
                    .containsEntry("StackName", "web").containsEntry("LogicalResourceId", "Bucket");
        }
    }

    /** The model has no resource waiter for cloudformation (nor has boto3's); a stack waits with the client's waiters. */
    @Test
    void noResourceWaiterSoTheClientsStackCreateCompletePollsDescribeStacks() throws Exception {
        AtomicInteger polls = new AtomicInteger();
        try (LocalAws aws = new LocalAws(r -> describeStacks(polls.incrementAndGet() == 1 ? "CREATE_IN_PROGRESS" : "CREATE_COMPLETE"))) {
            CloudFormationResource cfn = aws.session().resource("cloudformation");
            CloudFormationStack stack = cfn.stack("web");
            assertThat(cfn.meta().describe().values()).allSatisfy(names -> assertThat(names.get("waiters")).isEmpty());

            stack.meta().client().getWaiter("stack_create_complete").wait(Map.of("StackName", stack.name(),
                    "WaiterConfig", Map.of("Delay", 0.01, "MaxAttempts", 2)));

            assertThat(aws.requests).hasSize(2).allSatisfy(r -> assertThat(form(r))
                    .containsEntry("Action", "DescribeStacks").containsEntry("StackName", "web"));
        }
    }

    @Test
    void anAttributeLoadsOnceWithDescribeStacksAndReloadSendsAgain() throws Exception {
        try (LocalAws aws = new LocalAws(r -> describeStacks("CREATE_COMPLETE"))) {
            CloudFormationResource cfn = aws.session().resource("cloudformation");
            CloudFormationStack stack = cfn.stack("web");
            assertThat(stack.meta().data()).isNull();

            assertThat(stack.stackStatus()).isEqualTo("CREATE_COMPLETE");
            assertThat(aws.requests).hasSize(1);
            assertThat(form(aws.requests.get(0))).containsEntry("Action", "DescribeStacks").containsEntry("StackName", "web");

            assertThat(stack.stackId()).isEqualTo(STACK_ID);
            assertThat(stack.creationTime()).isEqualTo(Instant.parse("2026-01-31T12:00:00Z"));
            assertThat(aws.requests).as("a second read sends nothing").hasSize(1);

            stack.reload();
            assertThat(aws.requests).hasSize(2);
            assertThat(form(aws.requests.get(1))).containsEntry("Action", "DescribeStacks").containsEntry("StackName", "web");
        }
    }

    // ---- CloudFormation's answers ----

    private static LocalAws.Response cfn(String action, String result) {
        return LocalAws.Response.xml(200, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><" + action + "Response xmlns=\"http://cloudformation.amazonaws.com/doc/2010-05-15/\">"
                + (result == null ? "" : "<" + action + "Result>" + result + "</" + action + "Result>")
                + "<ResponseMetadata><RequestId>b9b4b068-3a41-11e5-94eb-example</RequestId></ResponseMetadata></" + action + "Response>");
    }

    private static LocalAws.Response describeStacks(String status) {
        return cfn("DescribeStacks", "<Stacks><member><StackName>web</StackName><StackId>" + STACK_ID + "</StackId>"
                + "<CreationTime>2026-01-31T12:00:00Z</CreationTime><StackStatus>" + status + "</StackStatus>"
                + "<DisableRollback>false</DisableRollback></member></Stacks>");
    }

    private static LocalAws.Response listStackResources(String nextToken, String... logicalIds) {
        StringBuilder members = new StringBuilder("<StackResourceSummaries>");
        for (String id : logicalIds) {
            members.append("<member><LogicalResourceId>").append(id).append("</LogicalResourceId>")
                    .append("<PhysicalResourceId>web-").append(id.toLowerCase()).append("-physical</PhysicalResourceId>")
                    .append("<ResourceType>AWS::Example::").append(id).append("</ResourceType>")
                    .append("<LastUpdatedTimestamp>2026-01-31T12:00:00Z</LastUpdatedTimestamp>")
                    .append("<ResourceStatus>CREATE_COMPLETE</ResourceStatus></member>");
        }
        members.append("</StackResourceSummaries>").append(nextToken == null ? "" : "<NextToken>" + nextToken + "</NextToken>");
        return cfn("ListStackResources", members.toString());
    }
}
