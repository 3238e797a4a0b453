package dev.awsjshell.views;

import dev.awsjshell.errors.ClientError;
import dev.awsjshell.errors.ParamValidationError;
import dev.awsjshell.errors.ResourceLoadError;
import dev.awsjshell.errors.UnknownNameError;
import dev.awsjshell.resource.Resource;
import dev.awsjshell.resource.ResourceCollection;
import dev.awsjshell.resource.ServiceResource;
import dev.awsjshell.response.AwsMap;
import dev.awsjshell.sandbox.Sandbox;
import dev.awsjshell.sandbox.SandboxQuirks;
import dev.awsjshell.services.dynamodb.Binary;
import dev.awsjshell.services.dynamodb.TypeDeserializer;
import dev.awsjshell.session.Session;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.awsjshell.services.dynamodb.Conditions.Attr;
import static dev.awsjshell.services.dynamodb.Conditions.Key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** S3, SQS and DynamoDB resources end to end against the sandbox's emulators (S3Proxy, ElasticMQ, dynalite). */
@Tag("sandbox")
class SandboxResourcesTest {
    static Sandbox sandbox;
    static Session session;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.start();
        session = Session.builder().sandbox(sandbox.endpoints(), SandboxQuirks.INSTANCE).build();
    }

    @AfterAll
    static void stop() { sandbox.close(); }

    @Test
    void theIssueExampleRunsAsWritten() {
        S3Resource s3 = session.resource("s3");
        S3Bucket b = s3.bucket("demo");
        b.create();
        b.waitUntilExists();
        assertThat(s3.buckets().all()).contains(b);
        S3Object written = b.putObject(Map.of("Key", "logs/a.txt", "Body", "hello"));
        assertThat(written).isEqualTo(b.object("logs/a.txt"));
        for (int i = 0; i < 14; i++) b.putObject(Map.of("Key", String.format("logs/%02d.txt", i), "Body", "x".repeat(i)));
        b.putObject(Map.of("Key", "other/z.txt", "Body", "z"));

        List<String> seen = new ArrayList<>();
        for (var o : b.objects().filter(Map.of("Prefix", "logs/")).pageSize(4).limit(10)) seen.add(o.key() + " " + o.size());
        assertThat(seen).hasSize(10).startsWith("logs/00.txt 0", "logs/01.txt 1").allMatch(s -> s.startsWith("logs/"));
        assertThat(s3.meta().client().call("list_buckets").search("Buckets[].Name")).asList().contains("demo");

        List<AwsMap> deleted = b.objects().delete();
        assertThat(deleted).hasSize(1);
        assertThat(deleted.get(0).search("Deleted[].Key")).asList().hasSize(16);
        assertThat(b.objects().all()).isEmpty();
        b.delete();
        b.waitUntilNotExists();
        assertThat(s3.buckets().all()).doesNotContain(b);
    }

    @Test
    void listingFillsAttributesSoReadingThemSendsNothing() {
        S3Resource s3 = session.resource("s3");
        S3Bucket b = s3.bucket("counted");
        b.create();
        for (int i = 0; i < 30; i++) b.putObject(Map.of("Key", "k" + i, "Body", "v".repeat(i)));
        long before = s3.meta().client().meta().requestsSent();
        long total = 0;
        for (S3ObjectSummary o : b.objects().pageSize(10)) total += o.size() + o.lastModified().getEpochSecond() * 0 + o.eTag().length() * 0;
        assertThat(total).isEqualTo(435);
        assertThat(s3.meta().client().meta().requestsSent() - before).as("three pages, no loads").isEqualTo(3);

        S3Object object = b.object("k3");
        assertThat(object.meta().data()).as("nothing loaded yet").isNull();
        long beforeLoad = s3.meta().client().meta().requestsSent();
        assertThat(object.contentLength()).isEqualTo(3L);
        assertThat(object.contentType()).isNotNull();
        assertThat(s3.meta().client().meta().requestsSent() - beforeLoad).as("one head_object for both attributes").isEqualTo(1);
        object.reload();
        assertThat(s3.meta().client().meta().requestsSent() - beforeLoad).isEqualTo(2);
        assertThat(object.get()).isNotNull();
        b.objects().delete();
        b.delete();
    }

    @Test
    void bucketLoadFindsItInTheListingAndLeavesAMissingOneEmptyAsBoto3Does() {
        S3Resource s3 = session.resource("s3");
        S3Bucket b = s3.bucket("loaded");
        b.create();
        assertThat(b.creationDate()).isNotNull();
        assertThat(b.meta().data()).containsKey("CreationDate");
        S3Bucket missing = s3.bucket("no-such-bucket");
        assertThat(missing.creationDate()).isNull();
        assertThat(missing.meta().data()).as("loaded, empty: boto3's bucket_load").isEmpty();
        S3ObjectSummary summary = b.putObject(Map.of("Key", "s", "Body", "12345")).bucket().objects().iterator().next();
        assertThat(summary.size()).isEqualTo(5L);
        b.objects().delete();
        b.delete();
    }

    @Test
    void identityDescriptionAndDiscovery() {
        S3Resource s3 = session.resource("s3");
        S3Object o = s3.object("demo", "a/b.txt");
        assertThat(o.toString()).isEqualTo("s3.Object(bucket_name='demo', key='a/b.txt')");
        assertThat(s3.toString()).isEqualTo("s3.ServiceResource()");
        assertThat(o).isEqualTo(s3.bucket("demo").object("a/b.txt")).hasSameHashCodeAs(s3.bucket("demo").object("a/b.txt"));
        assertThat(o).isNotEqualTo(s3.object("demo", "a/c.txt"));
        assertThat(o.bucket()).isEqualTo(s3.bucket("demo"));
        assertThat(o.meta().identifiers()).containsExactly(Map.entry("bucket_name", "demo"), Map.entry("key", "a/b.txt"));
        assertThat(o.meta().client()).isSameAs(s3.meta().client());
        assertThat(o.meta().actions()).contains("copy_from", "delete", "get", "put");
        assertThat(o.meta().waiters()).containsExactly("wait_until_exists", "wait_until_not_exists");
        assertThat(s3.availableSubresources()).contains("Bucket", "Object", "ObjectSummary");
        Map<String, Map<String, List<String>>> described = s3.meta().describe();
        assertThat(described).containsKeys("s3", "Bucket", "Object", "ObjectSummary");
        assertThat(described.get("s3").get("collections")).containsExactly("buckets");
        assertThat(described.get("ObjectSummary").get("batch_actions")).containsExactly("delete");
        assertThat(described.get("Bucket").keySet()).containsExactly("identifiers", "attributes", "actions", "batch_actions",
                "references", "subresources", "collections", "waiters");
        assertThat(session.availableResources()).containsExactly("cloudformation", "cloudwatch", "dynamodb", "ec2", "glacier", "iam", "s3", "sns", "sqs");

        var dynamic = session.resource("s3");
        assertThat(dynamic).isInstanceOf(ServiceResource.class);
        assertThat(((ServiceResource) dynamic).subresource("Bucket", "demo")).isEqualTo(s3.bucket("demo"));
    }

    @Test
    void badNamesAreTypedErrorsAndNothingIsSent() {
        S3Resource s3 = session.resource("s3");
        long before = s3.meta().client().meta().requestsSent();
        assertThatThrownBy(() -> session.resource("s4")).isInstanceOf(UnknownNameError.class).hasMessageContaining("'s4'").hasMessageContaining("s3");
        assertThatThrownBy(() -> session.resource("opsworks")).hasMessageContaining("retired");
        assertThatThrownBy(() -> s3.bucket("x").action("creat", Map.of())).isInstanceOf(UnknownNameError.class).hasMessageContaining("create");
        assertThatThrownBy(() -> s3.bucket("x").collection("object")).isInstanceOf(UnknownNameError.class).hasMessageContaining("objects");
        assertThatThrownBy(() -> s3.subresource("Object", "only-bucket")).isInstanceOf(ParamValidationError.class).hasMessageContaining("bucket_name");
        assertThatThrownBy(() -> s3.bucket("x").objects().limit(-1)).isInstanceOf(ParamValidationError.class);
        assertThatThrownBy(() -> s3.bucket("x").putObject(Map.of("Key", "k", "Bodyy", "v"))).isInstanceOf(ParamValidationError.class).hasMessageContaining("Body");
        assertThatThrownBy(() -> s3.bucketAcl("x").get("nope")).isInstanceOf(UnknownNameError.class);
        assertThat(s3.meta().client().meta().requestsSent()).isEqualTo(before);
    }

    @Test
    void collectionsAreSafeToShareBetweenThreads() throws Exception {
        S3Resource s3 = session.resource("s3");
        S3Bucket b = s3.bucket("shared");
        b.create();
        for (int i = 0; i < 40; i++) b.putObject(Map.of("Key", String.format("%02d", i), "Body", "x"));
        ResourceCollection<S3ObjectSummary> shared = b.objects().pageSize(7);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int t = 0; t < 8; t++) runs.add(pool.submit(() -> shared.stream().map(S3ObjectSummary::key).toList()));
            S3Object one = b.object("05");
            List<Future<Long>> loads = new ArrayList<>();
            for (int t = 0; t < 8; t++) loads.add(pool.submit(one::contentLength));
            for (Future<List<String>> run : runs) assertThat(run.get()).hasSize(40).isSorted();
            for (Future<Long> load : loads) assertThat(load.get()).isEqualTo(1L);
        } finally {
            pool.shutdown();
        }
        b.objects().delete();
        b.delete();
    }

    @Test
    void sqsQueuesAndMessages() {
        SqsResource sqs = session.resource("sqs");
        SqsQueue queue = sqs.createQueue(Map.of("QueueName", "jobs"));
        assertThat(queue.url()).endsWith("/jobs");
        assertThat(sqs.queues().filter(Map.of("QueueNamePrefix", "jo"))).containsExactly(queue);
        assertThat(sqs.getQueueByName(Map.of("QueueName", "jobs"))).isEqualTo(queue);
        queue.sendMessage(Map.of("MessageBody", "first"));
        queue.sendMessages(Map.of("Entries", List.of(Map.of("Id", "a", "MessageBody", "second"), Map.of("Id", "b", "MessageBody", "third"))));
        assertThat(queue.attributes()).containsEntry("ApproximateNumberOfMessages", "3");
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 5 && bodies.size() < 3; i++) {
            for (SqsMessage m : queue.receiveMessages(Map.of("MaxNumberOfMessages", 10, "WaitTimeSeconds", 1))) {
                assertThat(m.queueUrl()).isEqualTo(queue.url());
                bodies.add(m.body());
                m.delete();
            }
        }
        assertThat(bodies).containsExactlyInAnyOrder("first", "second", "third");
        assertThatThrownBy(() -> sqs.message(queue.url(), "receipt").body()).isInstanceOf(ResourceLoadError.class).hasMessageContaining("sqs.Message has no load method");
        queue.delete();
    }

    /** A table keyed by the string "id", billed per request. */
    private static DynamoDbTable createTable(DynamoDbResource dynamodb, String name) {
        return dynamodb.createTable(Map.of("TableName", name,
                "KeySchema", List.of(Map.of("AttributeName", "id", "KeyType", "HASH")),
                "AttributeDefinitions", List.of(Map.of("AttributeName", "id", "AttributeType", "S")),
                "BillingMode", "PAY_PER_REQUEST"));
    }

    @Test
    void dynamodbBatchWriterSendsTwentyFiveAtATimeAndTheRestOnClose() {
        DynamoDbResource dynamodb = session.resource("dynamodb");
        DynamoDbTable table = createTable(dynamodb, "batch");
        table.waitUntilExists();
        var client = dynamodb.meta().client();
        long before = client.meta().requestsSent();
        try (var batch = table.batchWriter()) {
            for (int i = 0; i < 60; i++) batch.putItem(Map.of("Item", Map.of("id", "k" + i, "n", i)));
            assertThat(client.meta().requestsSent() - before).as("two full batches so far").isEqualTo(2);
            batch.deleteItem(Map.of("Key", Map.of("id", "k0")));
            assertThatThrownBy(() -> batch.putItem(Map.of("Item", Map.of("id", "x"), "TableName", "other")))
                    .isInstanceOf(ParamValidationError.class).hasMessageContaining("one parameter, Item");
        }
        assertThat(client.meta().requestsSent() - before).as("the last 11 on close").isEqualTo(3);
        assertThat(table.scan(Map.of("Select", "COUNT")).get("Count")).isEqualTo(59);
        assertThat(table.getItem(Map.of("Key", Map.of("id", "k7"))).search("Item.n")).isEqualTo(new java.math.BigDecimal("7"));

        // the same key twice in one batch: DynamoDB refuses it, unless the writer overwrites by the key
        try (var batch = table.batchWriter(List.of("id"))) {
            batch.putItem(Map.of("Item", Map.of("id", "dup", "n", 1)));
            batch.putItem(Map.of("Item", Map.of("id", "dup", "n", 2)));
        }
        assertThat(table.getItem(Map.of("Key", Map.of("id", "dup"))).map("Item").get("n")).isEqualTo(new java.math.BigDecimal("2"));
        assertThatThrownBy(() -> {
            try (var batch = table.batchWriter()) {
                batch.putItem(Map.of("Item", Map.of("id", "twice")));
                batch.putItem(Map.of("Item", Map.of("id", "twice")));
            }
        }).isInstanceOf(dev.awsjshell.errors.ClientError.class).hasMessageContaining("ValidationException");
        assertThat(table.meta().actions()).contains("batch_writer");
        table.delete();
    }

    @Test
    void dynamodbTablesWaitersAndItems() {
        DynamoDbResource dynamodb = session.resource("dynamodb");
        DynamoDbTable table = createTable(dynamodb, "people");
        assertThat(table.name()).isEqualTo("people");
        assertThat(table.tableStatus()).as("what create_table answered, as AWS answers it").isEqualTo("CREATING");
        table.waitUntilExists();
        assertThat(table.tableStatus()).as("as in boto3, a waiter does not reload the resource").isEqualTo("CREATING");
        table.reload();
        assertThat(table.tableStatus()).isEqualTo("ACTIVE");
        assertThat(table.keySchema()).hasSize(1);
        assertThat(dynamodb.tables().all()).contains(table);
        Map<String, Object> ada = new java.util.LinkedHashMap<>(Map.of("id", "1", "name", "Ada", "born", 1815,
                "languages", java.util.Set.of("en", "fr"), "notes", List.of("analyst", Map.of("engine", true)), "binary", new byte[] {1, 2}));
        ada.put("nothing", null);
        table.putItem(Map.of("Item", ada));
        AwsMap got = table.getItem(Map.of("Key", Map.of("id", "1")));
        assertThat(got.map("Item")).containsEntry("name", "Ada").containsEntry("born", new java.math.BigDecimal("1815"))
                .containsEntry("languages", java.util.Set.of("en", "fr")).containsEntry("notes", List.of("analyst", Map.of("engine", true)))
                .containsEntry("nothing", null);
        assertThat(got.map("Item").get("binary")).as("boto3's Binary").isEqualTo(new Binary(new byte[] {1, 2}));
        table.updateItem(Map.of("Key", Map.of("id", "1"), "UpdateExpression", "SET born = :b", "ExpressionAttributeValues", Map.of(":b", 1816)));
        List<?> items = (List<?>) table.query(Map.of("KeyConditionExpression", "id = :id", "ExpressionAttributeValues", Map.of(":id", "1"))).get("Items");
        assertThat(((Map<?, ?>) items.get(0)).get("born")).isEqualTo(new java.math.BigDecimal("1816"));
        assertThatThrownBy(() -> table.putItem(Map.of("Item", Map.of("id", "2", "ratio", 0.5)))).isInstanceOf(ParamValidationError.class)
                .hasMessageContaining("Float types are not supported");
        assertThat(table.getItem(Map.of("Key", Map.of("id", "1"))).search("Item.name")).as("the raw client is not changed").isEqualTo("Ada");
        assertThat(dynamodb.meta().client().call("get_item", Map.of("TableName", "people", "Key", Map.of("id", Map.of("S", "1")))).search("Item.name.S")).isEqualTo("Ada");
        assertThat(table.itemCount()).isNotNull();
        table.reload();
        table.delete();
        table.waitUntilNotExists();
        assertThat(dynamodb.tables().all()).doesNotContain(table);
    }

    /** boto3's user guide, word for word: the movies table, Key/Attr conditions, reserved words, sets and binary. */
    @Test
    void dynamodbConditionsSetsAndBinaryAsBoto3UsersWriteThem() {
        DynamoDbResource dynamodb = session.resource("dynamodb");
        DynamoDbTable movies = dynamodb.createTable(Map.of("TableName", "movies",
                "KeySchema", List.of(Map.of("AttributeName", "year", "KeyType", "HASH"), Map.of("AttributeName", "title", "KeyType", "RANGE")),
                "AttributeDefinitions", List.of(Map.of("AttributeName", "year", "AttributeType", "N"), Map.of("AttributeName", "title", "AttributeType", "S")),
                "BillingMode", "PAY_PER_REQUEST"));
        movies.waitUntilExists();
        java.util.Set<Binary> posters = java.util.Set.of(new Binary(new byte[] {1}), new Binary(new byte[] {2, 3}));
        movies.putItem(dev.awsjshell.client.Params.of("Item", dev.awsjshell.client.Params.of("year", 1985, "title", "Back to the Future",
                "state", "released", "info", Map.of("rating", new java.math.BigDecimal("8.5"), "genres", java.util.Set.of("Comedy", "Sci-Fi")),
                "ranks", java.util.Set.of(1, 2, 3), "posters", posters, "sequel", null)));
        movies.putItem(Map.of("Item", Map.of("year", 1985, "title", "Brazil", "state", "released", "info", Map.of("rating", 8))));
        movies.putItem(Map.of("Item", Map.of("year", 1985, "title", "Ran", "state", "draft", "info", Map.of("rating", 9))));
        movies.putItem(Map.of("Item", Map.of("year", 1986, "title", "Aliens", "state", "released", "info", Map.of("rating", 8))));

        AwsMap in1985 = movies.query(Map.of("KeyConditionExpression", Key("year").eq(1985)));
        assertThat(in1985.strings("Items[].title")).containsExactly("Back to the Future", "Brazil", "Ran");
        AwsMap b = movies.query(Map.of("KeyConditionExpression", Key("year").eq(1985).and(Key("title").beginsWith("B")),
                "FilterExpression", Attr("state").eq("released").and(Attr("info.rating").gt(8))));   // "state" is a reserved word
        assertThat(b.strings("Items[].title")).containsExactly("Back to the Future");
        AwsMap first = b.maps("Items").get(0);
        assertThat(first.get("posters")).isEqualTo(posters);
        assertThat(first.get("ranks")).isEqualTo(java.util.Set.of(new java.math.BigDecimal("1"), new java.math.BigDecimal("2"), new java.math.BigDecimal("3")));
        assertThat(first.map("info").get("genres")).isEqualTo(java.util.Set.of("Comedy", "Sci-Fi"));
        assertThat(first.decimal("info.rating")).isEqualByComparingTo("8.5");
        assertThat(first).containsEntry("sequel", null);

        AwsMap scanned = movies.scan(Map.of("FilterExpression", Attr("ranks").contains(2).or(Attr("info.rating").between(9, 10)).and(Attr("sequel").notExists().not()),
                "ProjectionExpression", "title"));
        assertThat(scanned.strings("Items[].title")).containsExactly("Back to the Future");
        assertThat(movies.scan(Map.of("FilterExpression", Attr("title").isIn("Ran", "Aliens").and(Attr("ranks").size().gte(1).not()))).strings("Items[].title"))
                .containsExactlyInAnyOrder("Ran", "Aliens");
        assertThat(movies.scan(Map.of("FilterExpression", Attr("info.rating").attributeType("N").and(Attr("info.rating").ne(8)))).integer("Count")).isEqualTo(2);

        movies.updateItem(Map.of("Key", Map.of("year", 1985, "title", "Ran"), "UpdateExpression", "SET #s = :s",
                "ExpressionAttributeNames", Map.of("#s", "state"), "ExpressionAttributeValues", Map.of(":s", "released"),
                "ConditionExpression", Attr("state").eq("draft")));
        assertThatThrownBy(() -> movies.updateItem(Map.of("Key", Map.of("year", 1985, "title", "Ran"), "UpdateExpression", "SET #s = :s",
                "ExpressionAttributeNames", Map.of("#s", "state"), "ExpressionAttributeValues", Map.of(":s", "draft"),
                "ConditionExpression", Attr("state").eq("draft"))))
                .isInstanceOfSatisfying(ClientError.class, e -> assertThat(e.code()).isEqualTo("ConditionalCheckFailedException"));
        assertThatThrownBy(() -> movies.putItem(Map.of("Item", Map.of("year", 1986, "title", "Aliens"), "ConditionExpression", Attr("year").notExists())))
                .isInstanceOfSatisfying(ClientError.class, e -> assertThat(e.code()).isEqualTo("ConditionalCheckFailedException"));
        movies.deleteItem(Map.of("Key", Map.of("year", 1986, "title", "Aliens"), "ConditionExpression", Attr("state").eq("released")));
        assertThat(movies.scan(Map.of("Select", "COUNT")).integer("Count")).isEqualTo(3);

        // the client, as boto3's: the {"S": ...} form, and a condition object is refused (boto3: "Invalid type ... valid types: <class 'str'>")
        var client = dynamodb.meta().client();
        AwsMap raw = client.call("get_item", Map.of("TableName", "movies", "Key", Map.of("year", Map.of("N", "1985"), "title", Map.of("S", "Back to the Future"))));
        assertThat(new TypeDeserializer().deserialize(Map.of("M", raw.map("Item")))).isEqualTo(first);
        assertThatThrownBy(() -> client.call("query", Map.of("TableName", "movies", "KeyConditionExpression", Key("year").eq(1985))))
                .isInstanceOf(ParamValidationError.class).hasMessageContaining("KeyConditionExpression");
        movies.delete();
    }

    @Test
    void s3TransfersOnBucketsAndObjectsAndTables(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        S3Resource s3 = session.resource("s3");
        S3Bucket b = s3.bucket("transfers");
        b.create();
        java.nio.file.Path source = dir.resolve("in.bin");
        java.nio.file.Files.write(source, new byte[3 * 1024 * 1024]);
        b.uploadFile(source.toString(), "big.bin");
        java.io.ByteArrayOutputStream shown = new java.io.ByteArrayOutputStream();
        b.object("copy.bin").uploadFile(source.toString(), dev.awsjshell.services.s3.Progress.bar(new java.io.PrintStream(shown, true)));
        assertThat(shown.toString()).contains("100%");
        b.downloadFile("big.bin", dir.resolve("out.bin").toString());
        b.object("copy.bin").downloadFile(dir.resolve("out2.bin").toString());
        assertThat(java.nio.file.Files.size(dir.resolve("out.bin"))).isEqualTo(3L * 1024 * 1024);
        assertThat(java.nio.file.Files.size(dir.resolve("out2.bin"))).isEqualTo(3L * 1024 * 1024);
        assertThat(b.meta().actions()).endsWith("upload_file", "download_file", "copy", "upload_fileobj", "download_fileobj");
        assertThatThrownBy(() -> b.custom("upload_file", "only-one")).isInstanceOf(ParamValidationError.class).hasMessageContaining("[String filename, String key]");

        b.copy(Map.of("Bucket", b.name(), "Key", "big.bin"), "copies/big.bin");
        b.object("copies/copy.bin").copy(Map.of("Bucket", b.name(), "Key", "copy.bin"));
        assertThat(b.object("copies/big.bin").contentLength()).isEqualTo(3L * 1024 * 1024);
        assertThat(b.object("copies/copy.bin").contentLength()).isEqualTo(3L * 1024 * 1024);
        assertThatThrownBy(() -> b.copy(Map.of("Bucket", b.name(), "Key", "big.bin", "Versionid", "x"), "k"))
                .isInstanceOf(ParamValidationError.class).hasMessageContaining("Bucket and Key, and optionally VersionId");
        b.objects().filter(Map.of("Prefix", "copies/")).delete();

        byte[] payload = new byte[9 * 1024 * 1024 + 7];   // past the transfer manager's 8 MiB part size
        for (int i = 0; i < payload.length; i++) payload[i] = (byte) i;
        b.uploadFileobj(new java.io.ByteArrayInputStream(payload), "streams/a.bin");   // in parts: its length is unknown
        assertThat(b.object("streams/a.bin").get().body("Body").read()).isEqualTo(payload);
        java.nio.file.Path large = dir.resolve("large.bin");
        java.nio.file.Files.write(large, payload);
        b.uploadFile(large.toString(), "streams/large.bin");                     // in the sandbox: one request
        java.io.ByteArrayOutputStream back = new java.io.ByteArrayOutputStream();
        b.object("streams/large.bin").downloadFileobj(back, dev.awsjshell.services.s3.Progress.bar(new java.io.PrintStream(new java.io.ByteArrayOutputStream())));
        assertThat(back.toByteArray()).isEqualTo(payload);
        b.object("streams/b.txt").uploadFileobj(new java.io.ByteArrayInputStream("small".getBytes()));
        java.io.ByteArrayOutputStream small = new java.io.ByteArrayOutputStream();
        b.downloadFileobj("streams/b.txt", small);
        assertThat(small.toString()).isEqualTo("small");
        b.objects().filter(Map.of("Prefix", "streams/")).delete();

        String table = b.objects().table().toString();
        assertThat(table).startsWith("bucket_name  key       last_modified").contains("size", "big.bin", "copy.bin", String.valueOf(3 * 1024 * 1024))
                .doesNotContain("Key", "Size").contains("(2 rows)");
        b.objects().delete();
        b.delete();
    }

    @Test
    void theDynamicFormUsesBoto3Names() {
        ServiceResource s3 = session.resource("s3");
        Resource bucket = s3.subresource("Bucket", "dynamic");
        bucket.action("create");
        Resource object = (Resource) bucket.action("put_object", Map.of("Key", "k", "Body", "four"));
        assertThat(object.get("content_length")).isEqualTo(4L);
        assertThat(bucket.collection("objects").stream().map(o -> o.get("key"))).containsExactly("k");
        assertThat(bucket.collection("objects").batch("delete")).hasSize(1);
        bucket.waitUntil("wait_until_exists", Map.of());
        bucket.action("delete");
    }
}
