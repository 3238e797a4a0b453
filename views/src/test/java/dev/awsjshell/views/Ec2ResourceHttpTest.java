package dev.awsjshell.views;

import dev.awsjshell.LocalAws;
import dev.awsjshell.errors.WaiterError;
import dev.awsjshell.response.AwsMap;

import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * ec2's resources over HTTP (AWS query protocol, EC2 dialect): each request as the SDK serialises it, each answer as
 * EC2 sends it (shapes from the EC2 API reference, namespace {@code http://ec2.amazonaws.com/doc/2016-11-15/}).
 */
class Ec2ResourceHttpTest {
    private static final Map<String, Object> FAST = Map.of("WaiterConfig", Map.of("Delay", 0.01, "MaxAttempts", 2));

    @Test
    void stopSendsStopInstancesWithTheInstanceIdAndReturnsEc2sAnswer() throws Exception {
        try (LocalAws aws = new LocalAws(r -> ec2("StopInstances", "<instancesSet><item><instanceId>i-123</instanceId>"
                + "<currentState><code>64</code><name>stopping</name></currentState>"
                + "<previousState><code>16</code><name>running</name></previousState></item></instancesSet>"))) {
            Ec2Resource ec2 = aws.session().resource("ec2");
            AwsMap answer = ec2.instance("i-123").stop();

            assertThat(aws.requests).hasSize(1);
            assertThat(form(aws.requests.get(0))).containsEntry("Action", "StopInstances")
                    .containsEntry("Version", "2016-11-15").containsEntry("InstanceId.1", "i-123");
            assertThat(answer.search("StoppingInstances[0].CurrentState.Name")).isEqualTo("stopping");
            assertThat(answer.search("StoppingInstances[0].PreviousState.Name")).isEqualTo("running");
        }
    }

    @Test
    void createSubnetFillsVpcIdAndReturnsTheSubnetWithItsDataFromTheAnswer() throws Exception {
        try (LocalAws aws = new LocalAws(r -> ec2("CreateSubnet", "<subnet><subnetId>subnet-9</subnetId><state>pending</state>"
                + "<vpcId>vpc-1</vpcId><cidrBlock>10.0.1.0/24</cidrBlock><availableIpAddressCount>251</availableIpAddressCount>"
                + "<availabilityZone>us-east-1a</availabilityZone></subnet>"))) {
            Ec2Resource ec2 = aws.session().resource("ec2");
            Ec2Subnet subnet = ec2.vpc("vpc-1").createSubnet(Map.of("CidrBlock", "10.0.1.0/24"));

            assertThat(form(aws.requests.get(0))).containsEntry("Action", "CreateSubnet")
                    .containsEntry("VpcId", "vpc-1").containsEntry("CidrBlock", "10.0.1.0/24");
            assertThat(subnet.id()).isEqualTo("subnet-9");
            assertThat(subnet.cidrBlock()).isEqualTo("10.0.1.0/24");
            assertThat(subnet.availableIpAddressCount()).isEqualTo(251);
            assertThat(aws.requests).as("the subnet's data came with the answer").hasSize(1);
        }
    }

    @Test
    void instancesIterateTwoPagesWithTheFilterAndNextTokenAndTheirAttributesComeFromTheListing() throws Exception {
        try (LocalAws aws = new LocalAws(r -> form(r).containsKey("NextToken")
                ? describeInstances(null, instance("i-3", "running", "t3.large", "vpc-1"))
                : describeInstances("page-2", instance("i-1", "running", "t3.micro", "vpc-1"), instance("i-2", "running", "t3.small", "vpc-2")))) {
            Ec2Resource ec2 = aws.session().resource("ec2");
            Ec2InstanceCollection running = ec2.instances().filter(Map.of("Filters", List.of(Map.of("Name", "instance-state-name", "Values", List.of("running")))));
            assertThat(aws.requests).as("a collection is lazy").isEmpty();

            List<Ec2Instance> instances = running.toList();

            assertThat(instances).extracting(Ec2Instance::id).containsExactly("i-1", "i-2", "i-3");
            assertThat(aws.requests).hasSize(2);
            assertThat(form(aws.requests.get(0))).containsEntry("Action", "DescribeInstances")
                    .containsEntry("Filter.1.Name", "instance-state-name").containsEntry("Filter.1.Value.1", "running")
                    .doesNotContainKey("NextToken");
            assertThat(form(aws.requests.get(1))).containsEntry("Action", "DescribeInstances")
                    .containsEntry("Filter.1.Name", "instance-state-name").containsEntry("NextToken", "page-2");
            assertThat(instances).extracting(Ec2Instance::instanceType).containsExactly("t3.micro", "t3.small", "t3.large");
            assertThat(instances.get(1).state()).containsEntry("Name", "running");
            assertThat(instances.get(1).vpcId()).isEqualTo("vpc-2");
            assertThat(aws.requests).as("attributes read from the listing send nothing").hasSize(2);
        }
    }

    @Test
    void aVpcsInstancesAddTheCallersFiltersToTheVpcIdFilterAndLimitStopsAfterThePageThatFillsIt() throws Exception {
        try (LocalAws aws = new LocalAws(r -> describeInstances("page-2", instance("i-1", "running", "t3.micro", "vpc-1"), instance("i-2", "running", "t3.micro", "vpc-1")))) {
            Ec2Resource ec2 = aws.session().resource("ec2");

            List<Ec2Instance> instances = ec2.vpc("vpc-1").instances()
                    .filter(Map.of("Filters", List.of(Map.of("Name", "instance-state-name", "Values", List.of("running")))))
                    .pageSize(5).limit(2).toList();

            assertThat(instances).extracting(Ec2Instance::id).containsExactly("i-1", "i-2");
            assertThat(aws.requests).as("the limit is reached on the first page").hasSize(1);
            assertThat(form(aws.requests.get(0))).containsEntry("Action", "DescribeInstances")
                    .containsEntry("Filter.1.Name", "vpc-id").containsEntry("Filter.1.Value.1", "vpc-1")
                    .containsEntry("Filter.2.Name", "instance-state-name").containsEntry("Filter.2.Value.1", "running")
                    .containsEntry("MaxResults", "5");
        }
    }

    @Test
    void pagesAndBatchStopSendOneStopInstancesPerPage() throws Exception {
        try (LocalAws aws = new LocalAws(r -> switch (form(r).get("Action")) {
            case "DescribeInstances" -> form(r).containsKey("NextToken")
                    ? describeInstances(null, instance("i-3", "running", "t3.large", "vpc-1"))
                    : describeInstances("page-2", instance("i-1", "running", "t3.micro", "vpc-1"), instance("i-2", "running", "t3.small", "vpc-1"));
            default -> ec2("StopInstances", "<instancesSet/>");
        })) {
            Ec2Resource ec2 = aws.session().resource("ec2");
            List<List<String>> pages = new java.util.ArrayList<>();
            for (List<Ec2Instance> page : ec2.instances().pages()) pages.add(page.stream().map(Ec2Instance::id).toList());
            assertThat(pages).containsExactly(List.of("i-1", "i-2"), List.of("i-3"));
            aws.requests.clear();

            List<AwsMap> answers = ec2.instances().stop();

            assertThat(answers).hasSize(2);
            List<Map<String, String>> stops = aws.requests.stream().map(Ec2ResourceHttpTest::form).filter(f -> f.get("Action").equals("StopInstances")).toList();
            assertThat(stops).hasSize(2);
            assertThat(stops.get(0)).containsEntry("InstanceId.1", "i-1").containsEntry("InstanceId.2", "i-2").doesNotContainKey("InstanceId.3");
            assertThat(stops.get(1)).containsEntry("InstanceId.1", "i-3").doesNotContainKey("InstanceId.2");
        }
    }

    @Test
    void vpcReferenceComesFromTheLoadedDataWithoutAnotherRequest() throws Exception {
        try (LocalAws aws = new LocalAws(r -> describeInstances(null, instance("i-123", "running", "t3.micro", "vpc-1")))) {
            Ec2Resource ec2 = aws.session().resource("ec2");
            Ec2Instance instance = ec2.instance("i-123");

            Ec2Vpc vpc = instance.vpc();

            assertThat(vpc.id()).isEqualTo("vpc-1");
            assertThat(instance.subnet().id()).isEqualTo("subnet-1");
            assertThat(instance.keyPair()).as("no KeyName in the data: no key pair").isNull();
            assertThat(aws.requests).as("one load, then references from its data").hasSize(1);
            assertThat(form(aws.requests.get(0))).containsEntry("Action", "DescribeInstances").containsEntry("InstanceId.1", "i-123");
            assertThat(vpc.meta().data()).as("a reference is not loaded").isNull();
        }
    }

    @Test
    void createTagsReturnsOneTagPerRequestedTag() throws Exception {
        try (LocalAws aws = new LocalAws(r -> ec2("CreateTags", "<return>true</return>"))) {
            Ec2Resource ec2 = aws.session().resource("ec2");

            List<Ec2Tag> tags = ec2.instance("i-123").createTags(Map.of("Tags", List.of(Map.of("Key", "env", "Value", "prod"), Map.of("Key", "team", "Value", "web"))));

            assertThat(form(aws.requests.get(0))).containsEntry("Action", "CreateTags").containsEntry("ResourceId.1", "i-123")
                    .containsEntry("Tag.1.Key", "env").containsEntry("Tag.1.Value", "prod").containsEntry("Tag.2.Key", "team").containsEntry("Tag.2.Value", "web");
            assertThat(tags).containsExactly(ec2.tag("i-123", "env", "prod"), ec2.tag("i-123", "team", "web"));
        }
    }

    /** boto3 builds a reference that has a path (RouteTable.routes: {@code Routes[]}) with its data from the parent's data. */
    @Test
    void routeTableRoutesCarryTheirDataFromTheTablesData() throws Exception {
        try (LocalAws aws = new LocalAws(r -> ec2("DescribeRouteTables", "<routeTableSet><item><routeTableId>rtb-1</routeTableId>"
                + "<vpcId>vpc-1</vpcId><ownerId>123456789012</ownerId><routeSet>"
                + "<item><destinationCidrBlock>10.0.0.0/16</destinationCidrBlock><gatewayId>local</gatewayId><state>active</state><origin>CreateRouteTable</origin></item>"
                + "<item><destinationCidrBlock>0.0.0.0/0</destinationCidrBlock><gatewayId>igw-1</gatewayId><state>active</state><origin>CreateRoute</origin></item>"
                + "</routeSet><associationSet><item><routeTableAssociationId>rtbassoc-1</routeTableAssociationId><routeTableId>rtb-1</routeTableId>"
                + "<subnetId>subnet-1</subnetId><main>false</main><associationState><state>associated</state></associationState></item></associationSet>"
                + "</item></routeTableSet>"))) {
            Ec2Resource ec2 = aws.session().resource("ec2");
            Ec2RouteTable table = ec2.routeTable("rtb-1");

            List<Ec2Route> routes = table.routes();

            assertThat(routes).containsExactly(ec2.route("rtb-1", "10.0.0.0/16"), ec2.route("rtb-1", "0.0.0.0/0"));
            assertThat(form(aws.requests.get(0))).containsEntry("Action", "DescribeRouteTables").containsEntry("RouteTableId.1", "rtb-1");
            assertThat(routes.get(1).gatewayId()).isEqualTo("igw-1");
            assertThat(table.associations().get(0).subnet()).isEqualTo(ec2.subnet("subnet-1"));
            assertThat(aws.requests).as("the table's load only").hasSize(1);
        }
    }

    @Test
    void anActionForgetsTheLoadedDataSoTheNextReadLoadsAgain() throws Exception {
        try (LocalAws aws = new LocalAws(r -> form(r).get("Action").equals("StopInstances")
                ? ec2("StopInstances", "<instancesSet/>")
                : describeInstances(null, instance("i-123", "running", "t3.micro", "vpc-1")))) {
            Ec2Resource ec2 = aws.session().resource("ec2");
            Ec2Instance instance = ec2.instance("i-123");
            assertThat(instance.instanceType()).isEqualTo("t3.micro");

            instance.stop();

            assertThat(instance.meta().data()).isNull();
            assertThat(instance.instanceType()).isEqualTo("t3.micro");
            assertThat(aws.requests).extracting(r -> form(r).get("Action")).containsExactly("DescribeInstances", "StopInstances", "DescribeInstances");
        }
    }

    /** boto3's Image attribute {@code public} is a Java keyword, so the view names it with its category: publicAttribute(). */
    @Test
    void anImagesPublicAttributeIsNamedPublicAttribute() throws Exception {
        try (LocalAws aws = new LocalAws(r -> ec2("DescribeImages", "<imagesSet><item><imageId>ami-1</imageId><imageState>available</imageState>"
                + "<isPublic>true</isPublic><name>base</name></item></imagesSet>"))) {
            Ec2Resource ec2 = aws.session().resource("ec2");
            Ec2Image image = ec2.image("ami-1");

            assertThat(Ec2Image.class.getMethod("publicAttribute").invoke(image)).isEqualTo(true);
            assertThat(form(aws.requests.get(0))).containsEntry("Action", "DescribeImages").containsEntry("ImageId.1", "ami-1");
        }
    }

    @Test
    void waitUntilRunningPollsDescribeInstancesUntilTheInstanceRuns() throws Exception {
        AtomicInteger polls = new AtomicInteger();
        try (LocalAws aws = new LocalAws(r -> describeInstances(null,
                instance("i-123", polls.incrementAndGet() == 1 ? "pending" : "running", "t3.micro", "vpc-1")))) {
            Ec2Resource ec2 = aws.session().resource("ec2");

            ec2.instance("i-123").waitUntilRunning(FAST);

            assertThat(aws.requests).hasSize(2).allSatisfy(r -> assertThat(form(r))
                    .containsEntry("Action", "DescribeInstances").containsEntry("InstanceId.1", "i-123"));
        }
    }

    @Test
    void waitUntilRunningGivesUpAfterMaxAttempts() throws Exception {
        try (LocalAws aws = new LocalAws(r -> describeInstances(null, instance("i-123", "pending", "t3.micro", "vpc-1")))) {
            Ec2Resource ec2 = aws.session().resource("ec2");

            assertThatThrownBy(() -> ec2.instance("i-123").waitUntilRunning(FAST))
                    .isInstanceOfSatisfying(WaiterError.class, e -> assertThat(e.waiterName()).isEqualTo("instance_running"));
            assertThat(aws.requests).hasSize(2);
        }
    }

    @Test
    void anAttributeLoadsOnceWithDescribeInstancesAndReloadSendsAgain() throws Exception {
        try (LocalAws aws = new LocalAws(r -> describeInstances(null, instance("i-123", "running", "t3.micro", "vpc-1")))) {
            Ec2Resource ec2 = aws.session().resource("ec2");
            Ec2Instance instance = ec2.instance("i-123");
            assertThat(instance.meta().data()).isNull();
            assertThat(aws.requests).isEmpty();

            assertThat(instance.instanceType()).isEqualTo("t3.micro");
            assertThat(aws.requests).hasSize(1);
            assertThat(form(aws.requests.get(0))).containsEntry("Action", "DescribeInstances").containsEntry("InstanceId.1", "i-123");

            assertThat(instance.state()).containsEntry("Name", "running");
            assertThat(instance.instanceId()).as("the identifier's alias").isEqualTo("i-123");
            assertThat(aws.requests).as("a second read sends nothing").hasSize(1);

            instance.reload();
            assertThat(aws.requests).hasSize(2);
            assertThat(form(aws.requests.get(1))).containsEntry("Action", "DescribeInstances").containsEntry("InstanceId.1", "i-123");
        }
    }

    // ---- EC2's answers ----

    private static LocalAws.Response ec2(String action, String result) {
        return LocalAws.Response.xml(200, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><" + action + "Response xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\">"
                + "<requestId>59dbff89-35bd-4eac-99ed-be587EXAMPLE</requestId>" + result + "</" + action + "Response>");
    }

    private static LocalAws.Response describeInstances(String nextToken, String... instances) {
        return ec2("DescribeInstances", "<reservationSet><item><reservationId>r-1</reservationId><ownerId>123456789012</ownerId><groupSet/>"
                + "<instancesSet>" + String.join("", instances) + "</instancesSet></item></reservationSet>"
                + (nextToken == null ? "" : "<nextToken>" + nextToken + "</nextToken>"));
    }

    private static String instance(String id, String state, String type, String vpc) {
        int code = switch (state) { case "pending" -> 0; case "running" -> 16; default -> 80; };
        return "<item><instanceId>" + id + "</instanceId><imageId>ami-0abcdef1234567890</imageId>"
                + "<instanceState><code>" + code + "</code><name>" + state + "</name></instanceState>"
                + "<privateDnsName>ip-10-0-0-12.ec2.internal</privateDnsName><amiLaunchIndex>0</amiLaunchIndex>"
                + "<instanceType>" + type + "</instanceType><launchTime>2026-01-31T12:00:00.000Z</launchTime>"
                + "<placement><availabilityZone>us-east-1a</availabilityZone><tenancy>default</tenancy></placement>"
                + "<monitoring><state>disabled</state></monitoring><subnetId>subnet-1</subnetId><vpcId>" + vpc + "</vpcId>"
                + "<privateIpAddress>10.0.0.12</privateIpAddress></item>";
    }

    /** The query protocol's form body, decoded: {@code Action=StopInstances&InstanceId.1=i-123}. */
    static Map<String, String> form(LocalAws.Request request) {
        Map<String, String> fields = new LinkedHashMap<>();
        Function<String, String> decode = s -> URLDecoder.decode(s, StandardCharsets.UTF_8);
        for (String pair : request.body().split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            fields.put(decode.apply(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode.apply(pair.substring(eq + 1)));
        }
        return fields;
    }
}
