package dev.awsjshell.sandbox;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The three emulators of one in-memory sandbox, through the raw SDK v2 clients. */
@Tag("sandbox")
class SandboxEmulatorsTest {
    static Sandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.start();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void endpointsAreLoopbackPortsInServiceOrder() {
        assertThat(sandbox.owned()).isTrue();
        assertThat(sandbox.endpoints()).containsOnlyKeys(Sandbox.SERVICES);
        assertThat(sandbox.endpoints().keySet()).containsExactlyElementsOf(Sandbox.SERVICES);
        assertThat(sandbox.endpoints().values()).allSatisfy(uri -> {
            assertThat(uri.getScheme()).isEqualTo("http");
            assertThat(uri.getHost()).isEqualTo("127.0.0.1");
        });
        assertThat(sandbox.endpoints().values().stream().map(java.net.URI::getPort).distinct()).hasSize(3);
        assertThat(sandbox.toString()).startsWith("Sandbox[s3=http://127.0.0.1:").contains(", sqs=http://127.0.0.1:", ", dynamodb=http://127.0.0.1:");
    }

    @Test
    void everyEmulatorListensOnLoopbackOnly() throws Exception {
        ListeningSockets sockets = ListeningSockets.read();
        for (int i = 0; i < Sandbox.SERVICES.size(); i++) {
            String service = Sandbox.SERVICES.get(i);
            String name = Emulators.name(service);
            int port = sandbox.endpoints().get(service).getPort();
            assertThat(sockets.onPort(port)).as(name + " listens on its endpoint's port " + port).isNotEmpty()
                    .allSatisfy(l -> assertThat(l.loopback()).as(name + " listens on " + l + ", not on loopback only").isTrue());
            List<ListeningSockets.Listener> held = sockets.heldBy(sandbox.processes().get(i));
            assertThat(held).as("the listening sockets of " + name + "'s process").extracting(ListeningSockets.Listener::port).contains(port);
            assertThat(held).as("every socket " + name + " listens on").allSatisfy(l ->
                    assertThat(l.loopback()).as(name + " listens on " + l + ", not on loopback only").isTrue());
        }
    }

    @Test
    void theLoopbackCheckSeesAWildcardListener() throws Exception {
        try (var wildcard = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("0.0.0.0"));
             var loopback = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            ListeningSockets sockets = ListeningSockets.read();
            assertThat(sockets.onPort(wildcard.getLocalPort())).isNotEmpty().noneMatch(ListeningSockets.Listener::loopback);
            assertThat(sockets.onPort(loopback.getLocalPort())).isNotEmpty().allMatch(ListeningSockets.Listener::loopback);
            assertThat(sockets.heldBy(ProcessHandle.current())).extracting(ListeningSockets.Listener::port)
                    .contains(wildcard.getLocalPort(), loopback.getLocalPort());
        }
    }

    @Test
    void s3BucketsObjectsWaitersAndPaginator() {
        try (S3Client s3 = SdkClients.s3(sandbox.endpoints())) {
            s3.createBucket(b -> b.bucket("workshop"));
            assertThat(s3.waiter().waitUntilBucketExists(b -> b.bucket("workshop")).matched().response()).isPresent();
            s3.putObject(b -> b.bucket("workshop").key("hello.txt"), RequestBody.fromString("hello sandbox"));
            assertThat(s3.waiter().waitUntilObjectExists(b -> b.bucket("workshop").key("hello.txt")).matched().response()).isPresent();
            assertThat(s3.getObjectAsBytes(b -> b.bucket("workshop").key("hello.txt")).asUtf8String()).isEqualTo("hello sandbox");

            for (int i = 0; i < 25; i++) {
                int size = i;
                s3.putObject(b -> b.bucket("workshop").key(String.format("logs/%02d.txt", size)), RequestBody.fromBytes(new byte[size]));
            }
            List<ListObjectsV2Response> pages = s3.listObjectsV2Paginator(b -> b.bucket("workshop").prefix("logs/").maxKeys(10)).stream().toList();
            assertThat(pages).hasSize(3);
            List<S3Object> objects = pages.stream().flatMap(p -> p.contents().stream()).toList();
            assertThat(objects).extracting(S3Object::key).hasSize(25).startsWith("logs/00.txt").endsWith("logs/24.txt");
            assertThat(objects).extracting(S3Object::size).contains(24L);
        }
    }

    @Test
    void sqsCreateSendReceiveDelete() {
        try (SqsClient sqs = SdkClients.sqs(sandbox.endpoints())) {
            // visibility timeout 0: a message received but not deleted would be received again at once
            String url = sqs.createQueue(b -> b.queueName("jobs").attributes(Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "0"))).queueUrl();
            sqs.sendMessage(b -> b.queueUrl(url).messageBody("job-1"));
            List<Message> received = sqs.receiveMessage(b -> b.queueUrl(url).waitTimeSeconds(1)).messages();
            assertThat(received).extracting(Message::body).containsExactly("job-1");
            sqs.deleteMessage(b -> b.queueUrl(url).receiptHandle(received.get(0).receiptHandle()));
            assertThat(sqs.receiveMessage(b -> b.queueUrl(url).waitTimeSeconds(1)).messages()).as("a deleted message never comes back").isEmpty();
            assertThat(sqs.listQueues().queueUrls()).contains(url);
        }
    }

    @Test
    void dynamodbTableWaiterItemsQueryAndScanPaginator() {
        try (DynamoDbClient ddb = SdkClients.dynamodb(sandbox.endpoints(), "sandbox")) {
            ddb.createTable(b -> b.tableName("people").billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(AttributeDefinition.builder().attributeName("team").attributeType(ScalarAttributeType.S).build(),
                            AttributeDefinition.builder().attributeName("name").attributeType(ScalarAttributeType.S).build())
                    .keySchema(KeySchemaElement.builder().attributeName("team").keyType(KeyType.HASH).build(),
                            KeySchemaElement.builder().attributeName("name").keyType(KeyType.RANGE).build()));
            assertThat(ddb.waiter().waitUntilTableExists(b -> b.tableName("people")).matched().response()).isPresent();
            for (int i = 0; i < 12; i++) {
                Map<String, AttributeValue> person = Map.of(
                        "team", AttributeValue.fromS(i % 2 == 0 ? "red" : "blue"),
                        "name", AttributeValue.fromS("p" + i),
                        "age", AttributeValue.fromN(Integer.toString(20 + i)));
                ddb.putItem(b -> b.tableName("people").item(person));
            }
            Map<String, AttributeValue> item = ddb.getItem(b -> b.tableName("people")
                    .key(Map.of("team", AttributeValue.fromS("red"), "name", AttributeValue.fromS("p0")))).item();
            assertThat(item.get("age").n()).isEqualTo("20");
            QueryResponse blue = ddb.query(b -> b.tableName("people").keyConditionExpression("team = :t")
                    .expressionAttributeValues(Map.of(":t", AttributeValue.fromS("blue"))));
            assertThat(blue.count()).isEqualTo(6);
            assertThat(blue.items()).allSatisfy(i -> assertThat(i.get("team").s()).isEqualTo("blue"));
            List<ScanResponse> pages = ddb.scanPaginator(b -> b.tableName("people").limit(5)).stream().toList();
            assertThat(pages.size()).isGreaterThanOrEqualTo(3);
            assertThat(pages.stream().flatMap(p -> p.items().stream()).map(i -> i.get("name").s())).hasSize(12).doesNotHaveDuplicates();
        }
    }

    @Test
    void dynamodbTablesAreSharedWhateverTheAccessKey() {
        try (DynamoDbClient first = SdkClients.dynamodb(sandbox.endpoints(), "AttendeeOne");
             DynamoDbClient second = SdkClients.dynamodb(sandbox.endpoints(), "AttendeeTwo")) {
            first.createTable(b -> b.tableName("shared").billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(AttributeDefinition.builder().attributeName("id").attributeType(ScalarAttributeType.S).build())
                    .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build()));
            assertThat(second.listTables().tableNames()).contains("shared");
        }
    }
}
