package dev.awsjshell;

import dev.awsjshell.client.AwsClient;
import dev.awsjshell.config.Config;
import dev.awsjshell.errors.InvalidConfigError;
import dev.awsjshell.errors.InvalidMaxRetryAttemptsError;
import dev.awsjshell.errors.InvalidRegionError;
import dev.awsjshell.errors.InvalidRetryConfigurationError;
import dev.awsjshell.errors.InvalidRetryModeError;
import dev.awsjshell.errors.ParamValidationError;
import dev.awsjshell.errors.ResourceNotExistsError;
import dev.awsjshell.errors.ToolkitError;
import dev.awsjshell.errors.UnknownNameError;
import dev.awsjshell.errors.UnknownOperationError;
import dev.awsjshell.errors.UnknownServiceError;
import dev.awsjshell.errors.UnknownWaiterError;
import dev.awsjshell.resource.Resource;
import dev.awsjshell.services.s3.S3AwsClient;
import dev.awsjshell.session.Session;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Bad input, case by case: each is refused with a typed error (botocore's class), a message naming the problem, and
 * nothing sent. Every client points at a local server on 127.0.0.1 that counts what reaches it.
 */
class BadInputCorpusTest {
    private static LocalAws server;
    private static Session session;

    /** One bad input: the call, the error class it must raise, a phrase of the message. */
    record Case(String name, Consumer<Session> call, Class<? extends ToolkitError> error, String phrase) {
        @Override public String toString() { return name; }
    }

    @BeforeAll
    static void start() throws IOException {
        server = new LocalAws(r -> LocalAws.Response.xml(200, "<ok/>"));
        session = server.session();
    }

    @AfterAll
    static void stop() { server.close(); }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusedTypedAndNothingSent(Case c) {
        server.requests.clear();
        Throwable thrown = catchThrowable(() -> c.call().accept(session));
        assertThat(thrown).as(c.name()).isNotNull();
        assertThat(thrown).as(c.name() + ": " + thrown).isInstanceOf(c.error());
        assertThat(thrown.getMessage()).as(c.name()).contains(c.phrase());
        assertThat(thrown.getMessage().length()).as(c.name() + ": a message of a few lines, the value cut").isLessThan(2500);
        assertThat(server.requests).as(c.name() + ": nothing sent").isEmpty();
    }

    @Test
    void theCorpusHasAtLeast150Cases() {
        assertThat(cases()).hasSizeGreaterThanOrEqualTo(150);
    }

    @Test
    void aValidCallReachesTheCountingServer() {
        server.requests.clear();
        catchThrowable(() -> session.client("sqs").call("list_queues"));
        assertThat(server.requests).isNotEmpty();
    }

    static List<Case> cases() {
        List<Case> all = new ArrayList<>();
        Class<ParamValidationError> pve = ParamValidationError.class;
        Class<InvalidConfigError> ice = InvalidConfigError.class;

        // --- strings
        all.add(call("string: Integer", "s3", "list_objects_v2", Map.of("Bucket", "b", "Prefix", 5), pve, "Invalid type for parameter Prefix, value: 5, type: Integer"));
        all.add(call("string: List", "s3", "list_objects_v2", Map.of("Bucket", "b", "Prefix", List.of("a")), pve, "valid types: String"));
        all.add(call("string: Map", "sqs", "get_queue_url", Map.of("QueueName", Map.of()), pve, "Invalid type for parameter QueueName"));
        all.add(call("string: byte[]", "sqs", "get_queue_url", Map.of("QueueName", new byte[] {1}), pve, "type: byte[]"));
        all.add(call("string: Boolean", "sqs", "send_message", Map.of("QueueUrl", "http://q", "MessageBody", true), pve, "Invalid type for parameter MessageBody"));
        all.add(call("string empty, min length 1", "s3", "get_object", Map.of("Bucket", "b", "Key", ""), pve, "Invalid length for parameter Key, value: 0, valid min length: 1"));
        all.add(call("string empty: dynamodb TableName", "dynamodb", "scan", Map.of("TableName", ""), pve, "Invalid length for parameter TableName, value: 0, valid min length: 1"));
        all.add(call("string too short: IndexName 'ab'", "dynamodb", "scan", Map.of("TableName", "tbl", "IndexName", "ab"), pve, "Invalid length for parameter IndexName, value: 2, valid min length: 3"));
        all.add(call("string empty: lambda Qualifier", "lambda", "get_function", Map.of("FunctionName", "f", "Qualifier", ""), pve, "Invalid length for parameter Qualifier"));
        all.add(call("string empty: cloudwatch Namespace", "cloudwatch", "list_metrics", Map.of("Namespace", ""), pve, "Invalid length for parameter Namespace"));
        all.add(call("string empty: lambda FunctionName", "lambda", "get_function", Map.of("FunctionName", ""), pve, "Invalid length for parameter FunctionName"));
        all.add(call("string empty: iam UserName", "iam", "get_user", Map.of("UserName", ""), pve, "Invalid length for parameter UserName"));
        all.add(call("string empty: ssm Name", "ssm", "get_parameter", Map.of("Name", ""), pve, "Invalid length for parameter Name"));
        all.add(call("string empty: sns TopicArn", "sns", "get_topic_attributes", Map.of("TopicArn", 7), pve, "Invalid type for parameter TopicArn"));
        all.add(call("string: a huge value is cut", "s3", "list_objects_v2", Map.of("Bucket", "b", "MaxKeys", "x".repeat(100_000)), pve, "characters)"));
        all.add(call("nested string: Delete.Objects[0].Key Integer", "s3", "delete_objects", Map.of("Bucket", "b", "Delete", Map.of("Objects", List.of(Map.of("Key", 1)))), pve, "Delete.Objects[0].Key"));
        all.add(call("nested string empty: Delete.Objects[0].Key", "s3", "delete_objects", Map.of("Bucket", "b", "Delete", Map.of("Objects", List.of(Map.of("Key", "")))), pve, "Invalid length for parameter Delete.Objects[0].Key"));

        // --- integers
        all.add(call("int: BigInteger 2^70 (sent as 0 before)", "s3", "list_objects_v2", Map.of("Bucket", "b", "MaxKeys", BigInteger.TWO.pow(70)), pve, "Invalid range for parameter MaxKeys, value: 1180591620717411303424, valid range: -2147483648 to 2147483647"));
        all.add(call("int: Long beyond int", "s3", "list_objects_v2", Map.of("Bucket", "b", "MaxKeys", 3_000_000_000L), pve, "Invalid range for parameter MaxKeys"));
        all.add(call("int: Long below int", "sqs", "receive_message", Map.of("QueueUrl", "http://q", "MaxNumberOfMessages", -3_000_000_000L), pve, "valid range: -2147483648"));
        all.add(call("int: String", "sqs", "receive_message", Map.of("QueueUrl", "http://q", "MaxNumberOfMessages", "5"), pve, "Invalid type for parameter MaxNumberOfMessages, value: 5, type: String"));
        all.add(call("int: Double 1.5", "dynamodb", "scan", Map.of("TableName", "tbl", "TotalSegments", 1.5), pve, "Invalid type for parameter TotalSegments, value: 1.5, type: Double"));
        all.add(call("int: Double 2.0", "dynamodb", "scan", Map.of("TableName", "tbl", "Limit", 2.0), pve, "Invalid type for parameter Limit"));
        all.add(call("int: BigDecimal", "dynamodb", "scan", Map.of("TableName", "tbl", "Limit", new BigDecimal("3")), pve, "type: BigDecimal"));
        all.add(call("int: Boolean", "s3", "list_objects_v2", Map.of("Bucket", "b", "MaxKeys", true), pve, "type: Boolean"));
        all.add(call("int: below min value (Limit 0)", "dynamodb", "scan", Map.of("TableName", "tbl", "Limit", 0), pve, "Invalid value for parameter Limit, value: 0, valid min value: 1"));
        all.add(call("int: below min value (Period 0)", "cloudwatch", "get_metric_statistics", Map.of("Namespace", "n", "MetricName", "m", "StartTime", Instant.EPOCH, "EndTime", Instant.EPOCH, "Period", 0, "Statistics", List.of("Sum")), pve, "Invalid value for parameter Period, value: 0, valid min value: 1"));
        all.add(call("int: negative Segment", "dynamodb", "scan", Map.of("TableName", "tbl", "Segment", -1, "TotalSegments", 2), pve, "Invalid value for parameter Segment"));
        all.add(call("int: List", "s3", "list_objects_v2", Map.of("Bucket", "b", "MaxKeys", List.of(1)), pve, "Invalid type for parameter MaxKeys, value: [1]"));
        all.add(call("int: ec2 MaxResults a String", "ec2", "describe_instances", Map.of("MaxResults", "5"), pve, "Invalid type for parameter MaxResults"));

        // --- longs
        all.add(call("long: BigInteger 2^70", "logs", "filter_log_events", Map.of("logGroupName", "g", "startTime", BigInteger.TWO.pow(70)), pve, "Invalid range for parameter startTime, value: 1180591620717411303424, valid range: -9223372036854775808 to 9223372036854775807"));
        all.add(call("long: String", "logs", "filter_log_events", Map.of("logGroupName", "g", "startTime", "1"), pve, "Invalid type for parameter startTime"));
        all.add(call("long: Double", "logs", "filter_log_events", Map.of("logGroupName", "g", "startTime", 1.25), pve, "Invalid type for parameter startTime"));
        all.add(call("long: below min value", "logs", "filter_log_events", Map.of("logGroupName", "g", "startTime", -5L), pve, "Invalid value for parameter startTime, value: -5, valid min value: 0"));
        all.add(call("long: ContentLength String", "s3", "put_object", Map.of("Bucket", "b", "Key", "k", "ContentLength", "10"), pve, "Invalid type for parameter ContentLength"));

        // --- doubles
        all.add(call("double: String", "cloudwatch", "put_metric_data", Map.of("Namespace", "n", "MetricData", List.of(Map.of("MetricName", "m", "Value", "1.5"))), pve, "Invalid type for parameter MetricData[0].Value"));
        all.add(call("double: beyond Double", "cloudwatch", "put_metric_data", Map.of("Namespace", "n", "MetricData", List.of(Map.of("MetricName", "m", "Value", new BigDecimal("1e400")))), pve, "Invalid range for parameter MetricData[0].Value"));
        all.add(call("double: Boolean", "cloudwatch", "put_metric_data", Map.of("Namespace", "n", "MetricData", List.of(Map.of("MetricName", "m", "Value", false))), pve, "type: Boolean"));
        all.add(call("double: List", "cloudwatch", "put_metric_data", Map.of("Namespace", "n", "MetricData", List.of(Map.of("MetricName", "m", "Values", 1.0))), pve, "Invalid type for parameter MetricData[0].Values"));

        // --- booleans
        all.add(call("boolean: String \"true\"", "s3", "list_objects_v2", Map.of("Bucket", "b", "FetchOwner", "true"), pve, "Invalid type for parameter FetchOwner, value: true, type: String, valid types: Boolean"));
        all.add(call("boolean: Integer 1", "s3", "list_objects_v2", Map.of("Bucket", "b", "FetchOwner", 1), pve, "valid types: Boolean"));
        all.add(call("boolean: ec2 DryRun String", "ec2", "describe_instances", Map.of("DryRun", "no"), pve, "Invalid type for parameter DryRun"));
        all.add(call("boolean: dynamodb ConsistentRead", "dynamodb", "get_item", Map.of("TableName", "tbl", "Key", Map.of("id", Map.of("S", "1")), "ConsistentRead", "yes"), pve, "Invalid type for parameter ConsistentRead"));

        // --- timestamps
        all.add(call("timestamp: epoch milliseconds", "cloudwatch", "get_metric_statistics", Map.of("Namespace", "n", "MetricName", "m", "StartTime", 1767225600000L, "EndTime", 1767225600, "Period", 60, "Statistics", List.of("Sum")), pve, "as epoch milliseconds it would be 2026-01-01T00:00:00Z"));
        all.add(call("timestamp: epoch ms on S3 IfModifiedSince", "s3", "head_object", Map.of("Bucket", "b", "Key", "k", "IfModifiedSince", 1767225600000L), pve, "a number is epoch seconds, and this is after the year 9999"));
        all.add(call("timestamp: not a date", "s3", "head_object", Map.of("Bucket", "b", "Key", "k", "IfModifiedSince", "yesterday"), pve, "Invalid timestamp for parameter IfModifiedSince, value: yesterday"));
        all.add(call("timestamp: Boolean", "s3", "head_object", Map.of("Bucket", "b", "Key", "k", "IfModifiedSince", true), pve, "Invalid type for parameter IfModifiedSince"));
        all.add(call("timestamp: List", "cloudwatch", "get_metric_statistics", Map.of("Namespace", "n", "MetricName", "m", "StartTime", List.of(), "EndTime", 1, "Period", 60, "Statistics", List.of("Sum")), pve, "Invalid type for parameter StartTime"));
        all.add(call("timestamp: Infinity", "cloudwatch", "get_metric_statistics", Map.of("Namespace", "n", "MetricName", "m", "StartTime", Double.POSITIVE_INFINITY, "EndTime", 1, "Period", 60, "Statistics", List.of("Sum")), pve, "Invalid timestamp for parameter StartTime"));
        all.add(call("timestamp: a date with a bad month", "s3", "head_object", Map.of("Bucket", "b", "Key", "k", "IfModifiedSince", "2026-13-01"), pve, "Invalid timestamp"));
        all.add(call("timestamp: Duration", "s3", "head_object", Map.of("Bucket", "b", "Key", "k", "IfModifiedSince", Duration.ofDays(1)), pve, "Invalid type for parameter IfModifiedSince"));

        // --- blobs
        all.add(call("blob: Integer", "kms", "encrypt", Map.of("KeyId", "k", "Plaintext", 5), pve, "Invalid type for parameter Plaintext, value: 5, type: Integer, valid types: byte[], String, ByteBuffer or InputStream"));
        all.add(call("blob: List", "lambda", "invoke", Map.of("FunctionName", "f", "Payload", List.of(1)), pve, "Invalid type for parameter Payload"));
        all.add(call("blob: Map", "kms", "decrypt", Map.of("CiphertextBlob", Map.of()), pve, "Invalid type for parameter CiphertextBlob"));
        all.add(call("blob: Boolean", "kms", "encrypt", Map.of("KeyId", "k", "Plaintext", true), pve, "Invalid type for parameter Plaintext, value: true"));
        all.add(call("streaming body: Integer", "s3", "put_object", Map.of("Bucket", "b", "Key", "k", "Body", 42), pve, "Invalid type for parameter Body"));
        all.add(call("streaming body: Map", "s3", "put_object", Map.of("Bucket", "b", "Key", "k", "Body", Map.of()), pve, "valid types: String, byte[], ByteBuffer, Path, File, InputStream"));

        // --- lists
        all.add(call("list: a String", "cloudwatch", "get_metric_statistics", Map.of("Namespace", "n", "MetricName", "m", "StartTime", 1, "EndTime", 1, "Period", 60, "Statistics", "Sum"), pve, "Invalid type for parameter Statistics, value: Sum, type: String, valid types: List"));
        all.add(call("list: empty, min length 1", "cloudwatch", "get_metric_statistics", Map.of("Namespace", "n", "MetricName", "m", "StartTime", 1, "EndTime", 1, "Period", 60, "Statistics", List.of()), pve, "Invalid length for parameter Statistics, value: 0, valid min length: 1"));
        all.add(call("list: a null item", "s3", "delete_objects", Map.of("Bucket", "b", "Delete", Map.of("Objects", Arrays.asList(Map.of("Key", "a"), null))), pve, "Invalid type for parameter Delete.Objects[1], value: null, type: null, valid types: Map"));
        all.add(call("list: a null String item", "sqs", "receive_message", Map.of("QueueUrl", "http://q", "AttributeNames", Arrays.asList("All", null)), pve, "Invalid type for parameter AttributeNames[1], value: null"));
        all.add(call("list: a Map", "sqs", "delete_message_batch", Map.of("QueueUrl", "http://q", "Entries", Map.of("Id", "1")), pve, "Invalid type for parameter Entries"));
        all.add(call("list: an item of the wrong type", "sqs", "delete_message_batch", Map.of("QueueUrl", "http://q", "Entries", List.of("1")), pve, "Invalid type for parameter Entries[0], value: 1, type: String, valid types: Map"));
        all.add(call("list: an item missing a required member", "sqs", "delete_message_batch", Map.of("QueueUrl", "http://q", "Entries", List.of(Map.of("Id", "1"))), pve, "Missing required parameter in Entries[0]: \"ReceiptHandle\""));
        all.add(call("list: empty, min length 1 (logs)", "logs", "filter_log_events", Map.of("logGroupName", "g", "logStreamNames", List.of()), pve, "Invalid length for parameter logStreamNames, value: 0, valid min length: 1"));
        all.add(call("list: an array of ints", "ec2", "describe_instances", Map.of("InstanceIds", new int[] {1}), pve, "Invalid type for parameter InstanceIds"));
        all.add(call("list: Integer items", "ec2", "describe_instances", Map.of("InstanceIds", List.of(1, 2)), pve, "Invalid type for parameter InstanceIds[0]"));

        // --- maps
        all.add(call("map: a List", "sqs", "create_queue", Map.of("QueueName", "q", "Attributes", List.of("a")), pve, "Invalid type for parameter Attributes"));
        all.add(call("map: a null value", "s3", "put_object", Map.of("Bucket", "b", "Key", "k", "Metadata", mapWithNull("owner")), pve, "Invalid type for parameter Metadata.owner, value: null"));
        all.add(call("map: a null value (dynamodb Key)", "dynamodb", "get_item", Map.of("TableName", "tbl", "Key", mapWithNull("a")), pve, "Invalid type for parameter Key.a, value: null, type: null, valid types: Map"));
        all.add(call("map: an Integer value", "s3", "put_object", Map.of("Bucket", "b", "Key", "k", "Metadata", Map.of("n", 5)), pve, "Invalid type for parameter Metadata.n"));
        all.add(call("map: an Integer key", "s3", "put_object", Map.of("Bucket", "b", "Key", "k", "Metadata", Map.of(5, "x")), pve, "Invalid type for parameter Metadata (key: 5)"));
        all.add(call("map: a null key", "s3", "put_object", Map.of("Bucket", "b", "Key", "k", "Metadata", mapWithNullKey()), pve, "Metadata (key: null)"));
        all.add(call("map: dynamodb attribute value not a Map", "dynamodb", "get_item", Map.of("TableName", "tbl", "Key", Map.of("id", "1")), pve, "Invalid type for parameter Key.id, value: 1, type: String, valid types: Map"));
        all.add(call("map: dynamodb attribute value unknown type key", "dynamodb", "get_item", Map.of("TableName", "tbl", "Key", Map.of("id", Map.of("Q", "1"))), pve, "Unknown parameter in Key.id: \"Q\""));
        all.add(call("map: dynamodb N as a Number", "dynamodb", "put_item", Map.of("TableName", "tbl", "Item", Map.of("n", Map.of("N", 5))), pve, "Invalid type for parameter Item.n.N"));
        all.add(call("map: sqs MessageAttributes missing DataType", "sqs", "send_message", Map.of("QueueUrl", "http://q", "MessageBody", "m", "MessageAttributes", Map.of("a", Map.of("StringValue", "v"))), pve, "Missing required parameter in MessageAttributes.a: \"DataType\""));
        all.add(call("map: a String", "sqs", "create_queue", Map.of("QueueName", "q", "Attributes", "DelaySeconds=1"), pve, "valid types: Map"));
        all.add(call("map: tags null value", "sqs", "tag_queue", Map.of("QueueUrl", "http://q", "Tags", mapWithNull("env")), pve, "Invalid type for parameter Tags.env, value: null"));

        // --- structures
        all.add(call("structure: a String", "s3", "delete_objects", Map.of("Bucket", "b", "Delete", "k"), pve, "Invalid type for parameter Delete, value: k, type: String, valid types: Map"));
        all.add(call("structure: a List", "s3", "put_bucket_versioning", Map.of("Bucket", "b", "VersioningConfiguration", List.of()), pve, "Invalid type for parameter VersioningConfiguration"));
        all.add(call("structure: missing nested required", "s3", "delete_objects", Map.of("Bucket", "b", "Delete", Map.of()), pve, "Missing required parameter in Delete: \"Objects\""));
        all.add(call("structure: unknown nested member", "s3", "put_bucket_versioning", Map.of("Bucket", "b", "VersioningConfiguration", Map.of("State", "Enabled")), pve, "Unknown parameter in VersioningConfiguration: \"State\""));
        all.add(call("structure: deep unknown member", "dynamodb", "create_table", Map.of("TableName", "tbl", "KeySchema", List.of(Map.of("AttributeName", "id", "KeyType", "HASH", "Extra", 1)), "AttributeDefinitions", List.of(Map.of("AttributeName", "id", "AttributeType", "S")), "BillingMode", "PAY_PER_REQUEST"), pve, "Unknown parameter in KeySchema[0]: \"Extra\""));
        all.add(call("structure: null nested list item", "dynamodb", "create_table", Map.of("TableName", "tbl", "KeySchema", Arrays.asList((Object) null), "AttributeDefinitions", List.of(), "BillingMode", "PAY_PER_REQUEST"), pve, "Invalid type for parameter KeySchema[0], value: null"));
        all.add(call("structure: Integer", "sqs", "send_message", Map.of("QueueUrl", "http://q", "MessageBody", "m", "MessageAttributes", Map.of("a", 5)), pve, "Invalid type for parameter MessageAttributes.a"));

        // --- enums (botocore does not check enum values; a wrong type is refused)
        all.add(call("enum: Integer", "dynamodb", "scan", Map.of("TableName", "tbl", "Select", 1), pve, "Invalid type for parameter Select"));
        all.add(call("enum: List", "s3", "list_objects_v2", Map.of("Bucket", "b", "EncodingType", List.of("url")), pve, "Invalid type for parameter EncodingType"));
        all.add(call("enum: Boolean", "dynamodb", "put_item", Map.of("TableName", "tbl", "Item", Map.of(), "ReturnValues", false), pve, "Invalid type for parameter ReturnValues"));

        // --- unknown names at every level
        all.add(call("unknown parameter at the top", "s3", "list_objects_v2", Map.of("Bucket", "b", "Prefx", "p"), pve, "Unknown parameter in input: \"Prefx\""));
        all.add(call("unknown parameter: did you mean", "s3", "list_objects_v2", Map.of("Bucket", "b", "MaxKey", 1), pve, "did you mean MaxKeys"));
        all.add(call("unknown parameter: lower case", "s3", "list_objects_v2", Map.of("bucket", "b"), pve, "Unknown parameter in input: \"bucket\""));
        all.add(call("unknown parameter in a list item", "s3", "delete_objects", Map.of("Bucket", "b", "Delete", Map.of("Objects", List.of(Map.of("Kee", "a")))), pve, "Unknown parameter in Delete.Objects[0]: \"Kee\""));
        all.add(call("unknown parameter in a map value", "sqs", "send_message", Map.of("QueueUrl", "http://q", "MessageBody", "m", "MessageAttributes", Map.of("a", Map.of("DataType", "String", "Value", "v"))), pve, "Unknown parameter in MessageAttributes.a: \"Value\""));
        all.add(call("missing required parameter", "s3", "get_object", Map.of("Bucket", "b"), pve, "Missing required parameter in input: \"Key\""));
        all.add(call("missing every required parameter", "dynamodb", "put_item", Map.of(), pve, "Missing required parameter in input: \"TableName\""));
        // boto3: "Invalid type for parameter Key, value: None, type: <class 'NoneType'>, valid types: <class 'str'>"
        all.add(call("required parameter null", "s3", "get_object", mapWithNull("Key", "Bucket", "b"), pve, "Invalid type for parameter Key, value: null, type: null, valid types: String"));
        all.add(call("optional parameter null", "sqs", "send_message", mapWithNull("DelaySeconds", "QueueUrl", "http://q", "MessageBody", "m"), pve, "Invalid type for parameter DelaySeconds, value: null, type: null, valid types: Number"));
        all.add(call("optional parameter null in a structure", "dynamodb", "put_item", Map.of("TableName", "t", "Item", Map.of("a", mapWithNull("S"))), pve, "Invalid type for parameter Item.a.S, value: null, type: null, valid types: String"));
        all.add(call("every problem at once", "s3", "list_objects_v2", Map.of("Bucket", 1, "MaxKeys", "x", "Foo", 2), pve, "Unknown parameter in input: \"Foo\""));
        all.add(call("unknown operation", "s3", "list_object", Map.of(), UnknownOperationError.class, "list_object"));
        all.add(call("unknown operation: CamelCase of another service", "sqs", "ListBuckets", Map.of(), UnknownOperationError.class, "ListBuckets"));
        all.add(call("unknown operation: empty", "s3", "", Map.of(), UnknownOperationError.class, "Unknown"));
        all.add(new Case("unknown operation: null", s -> s.client("s3").call(null, Map.of()), UnknownOperationError.class, "null"));
        all.add(new Case("unknown service", s -> s.client("s4"), UnknownServiceError.class, "s4"));
        all.add(new Case("unknown service: empty", s -> s.client(""), UnknownServiceError.class, "Unknown service"));
        all.add(new Case("unknown service: null", s -> s.client((String) null), UnknownServiceError.class, "null"));
        all.add(new Case("unknown service: upper case", s -> s.client("S3 "), UnknownServiceError.class, "S3"));
        all.add(new Case("unknown waiter", s -> s.client("s3").getWaiter("bucket_exist"), UnknownWaiterError.class, "bucket_exists"));
        all.add(new Case("unknown waiter: null", s -> s.client("s3").getWaiter(null), UnknownWaiterError.class, "null"));
        all.add(new Case("waiter of a service without waiters", s -> s.client("sts").getWaiter("x"), UnknownWaiterError.class, "x"));
        all.add(new Case("unknown paginator", s -> s.client("s3").getPaginator("get_object"), UnknownOperationError.class, "get_object"));
        all.add(new Case("unknown paginator operation", s -> s.client("s3").getPaginator("list_objectz"), UnknownOperationError.class, "list_objectz"));
        all.add(new Case("doc of an unknown operation", s -> s.client("s3").doc("gett_object"), UnknownOperationError.class, "gett_object"));
        all.add(new Case("can_paginate of an unknown operation", s -> s.client("s3").canPaginate("nope"), UnknownOperationError.class, "nope"));

        // --- waiters
        all.add(new Case("WaiterConfig: a String", s -> s.client("s3").getWaiter("bucket_exists").wait(Map.of("Bucket", "b", "WaiterConfig", "fast")), pve, "Invalid type for WaiterConfig, value: fast"));
        all.add(new Case("WaiterConfig: Delay a String", s -> s.client("s3").getWaiter("bucket_exists").wait(Map.of("Bucket", "b", "WaiterConfig", Map.of("Delay", "x"))), pve, "Invalid value for WaiterConfig.Delay, value: x"));
        all.add(new Case("WaiterConfig: Delay negative", s -> s.client("s3").getWaiter("bucket_exists").wait(Map.of("Bucket", "b", "WaiterConfig", Map.of("Delay", -1))), pve, "WaiterConfig.Delay"));
        all.add(new Case("WaiterConfig: Delay NaN", s -> s.client("s3").getWaiter("bucket_exists").wait(Map.of("Bucket", "b", "WaiterConfig", Map.of("Delay", Double.NaN))), pve, "WaiterConfig.Delay"));
        all.add(new Case("WaiterConfig: MaxAttempts 0", s -> s.client("s3").getWaiter("bucket_exists").wait(Map.of("Bucket", "b", "WaiterConfig", Map.of("MaxAttempts", 0))), pve, "Invalid value for WaiterConfig.MaxAttempts, value: 0"));
        all.add(new Case("WaiterConfig: MaxAttempts 2.5", s -> s.client("s3").getWaiter("bucket_exists").wait(Map.of("Bucket", "b", "WaiterConfig", Map.of("MaxAttempts", 2.5))), pve, "WaiterConfig.MaxAttempts"));
        all.add(new Case("WaiterConfig: MaxAttempts a String", s -> s.client("s3").getWaiter("bucket_exists").wait(Map.of("Bucket", "b", "WaiterConfig", Map.of("MaxAttempts", "3"))), pve, "WaiterConfig.MaxAttempts"));
        all.add(new Case("WaiterConfig: unknown key", s -> s.client("s3").getWaiter("bucket_exists").wait(Map.of("Bucket", "b", "WaiterConfig", Map.of("Timeout", 3))), pve, "Unknown key in WaiterConfig: \"Timeout\""));
        all.add(new Case("waiter: missing parameter", s -> s.client("s3").getWaiter("object_exists").wait(Map.of("Bucket", "b")), pve, "Missing required parameter in input: \"Key\""));
        all.add(new Case("waiter: unknown parameter", s -> s.client("s3").getWaiter("bucket_exists").wait(Map.of("Bucket", "b", "Buckets", "c")), pve, "Unknown parameter in input: \"Buckets\""));
        all.add(new Case("waiter: wrong type", s -> s.client("dynamodb").getWaiter("table_exists").wait(Map.of("TableName", 5)), pve, "Invalid type for parameter TableName"));
        all.add(new Case("waiter: empty name", s -> s.client("dynamodb").getWaiter("table_exists").wait(Map.of("TableName", "")), pve, "Invalid length for parameter TableName"));

        // --- paginators
        all.add(new Case("PaginationConfig: a String", s -> s.client("s3").getPaginator("list_objects_v2").paginate(Map.of("Bucket", "b", "PaginationConfig", "all")).iterator().next(), pve, "Invalid type for PaginationConfig, value: all"));
        all.add(new Case("PaginationConfig: MaxItems a String", s -> s.client("s3").getPaginator("list_objects_v2").paginate(Map.of("Bucket", "b", "PaginationConfig", Map.of("MaxItems", "10"))), pve, "Invalid value for PaginationConfig.MaxItems, value: 10"));
        all.add(new Case("PaginationConfig: MaxItems 0", s -> s.client("s3").getPaginator("list_objects_v2").paginate(Map.of("Bucket", "b", "PaginationConfig", Map.of("MaxItems", 0))), pve, "PaginationConfig.MaxItems"));
        all.add(new Case("PaginationConfig: PageSize 2^40", s -> s.client("s3").getPaginator("list_objects_v2").paginate(Map.of("Bucket", "b", "PaginationConfig", Map.of("PageSize", 1L << 40))), pve, "PaginationConfig.PageSize"));
        all.add(new Case("PaginationConfig: PageSize a Double", s -> s.client("s3").getPaginator("list_objects_v2").paginate(Map.of("Bucket", "b", "PaginationConfig", Map.of("PageSize", 2.5))), pve, "PaginationConfig.PageSize"));
        all.add(new Case("PaginationConfig: StartingToken an Integer", s -> s.client("s3").getPaginator("list_objects_v2").paginate(Map.of("Bucket", "b", "PaginationConfig", Map.of("StartingToken", 5))), pve, "Invalid type for PaginationConfig.StartingToken, value: 5"));
        all.add(new Case("PaginationConfig: unknown key", s -> s.client("s3").getPaginator("list_objects_v2").paginate(Map.of("Bucket", "b", "PaginationConfig", Map.of("Limit", 5))), pve, "Unknown key in PaginationConfig: \"Limit\""));
        all.add(new Case("paginate: bad parameter, when iterated", s -> s.client("s3").getPaginator("list_objects_v2").paginate(Map.of("Bucket", "b", "MaxKeys", "x")).iterator().next(), pve, "Invalid type for parameter MaxKeys"));
        all.add(new Case("paginate: missing parameter, when iterated", s -> s.client("s3").getPaginator("list_objects_v2").paginate(Map.of()).iterator().next(), pve, "Missing required parameter in input: \"Bucket\""));

        // --- Config
        all.add(new Case("Config: unknown key", s -> Config.of(Map.of("region", "eu-west-1")), ice, "region_name"));
        all.add(new Case("Config: unknown retries key", s -> Config.of(Map.of("retries", Map.of("attempts", 3))), InvalidRetryConfigurationError.class, "Cannot provide retry configuration for \"attempts\". Valid retry configuration options are: max_attempts, total_max_attempts, mode"));
        all.add(new Case("Config: retries a number", s -> Config.of(Map.of("retries", 3)), ice, "retries must be a map, got 3 (Integer)"));
        all.add(new Case("Config: retry mode", s -> Config.of(Map.of("retries", Map.of("mode", "fast"))), InvalidRetryModeError.class, "Invalid value provided to \"mode\": \"fast\" must be one of: legacy, standard, adaptive"));
        all.add(new Case("Config: max_attempts negative", s -> Config.of(Map.of("retries", Map.of("max_attempts", -1))), InvalidMaxRetryAttemptsError.class, "Value provided to \"max_attempts\": -1 (Integer) must be an integer greater than or equal to 0."));
        all.add(new Case("Config: max_attempts a String", s -> Config.of(Map.of("retries", Map.of("max_attempts", "3"))), InvalidMaxRetryAttemptsError.class, "\"max_attempts\": 3 (String) must be an integer"));
        all.add(new Case("Config: max_attempts 2^40", s -> Config.of(Map.of("retries", Map.of("max_attempts", 1L << 40))), ice, "max_attempts"));
        all.add(new Case("Config: total_max_attempts 0", s -> Config.of(Map.of("retries", Map.of("total_max_attempts", 0))), InvalidMaxRetryAttemptsError.class, "greater than or equal to 1"));
        all.add(new Case("Config: connect_timeout a String", s -> Config.of(Map.of("connect_timeout", "5")), ice, "connect_timeout must be a number of seconds or a Duration"));
        all.add(new Case("Config: read_timeout negative", s -> Config.of(Map.of("read_timeout", -1)), ice, "read_timeout must be positive"));
        all.add(new Case("Config: read_timeout NaN", s -> Config.of(Map.of("read_timeout", Double.NaN)), ice, "read_timeout"));
        all.add(new Case("Config: max_pool_connections 0", s -> Config.of(Map.of("max_pool_connections", 0)), ice, "max_pool_connections must be at least 1"));
        all.add(new Case("Config: max_pool_connections a String", s -> Config.of(Map.of("max_pool_connections", "10")), ice, "max_pool_connections must be an integer"));
        all.add(new Case("Config: region_name an Integer", s -> Config.of(Map.of("region_name", 5)), ice, "region_name must be a String, got 5 (Integer)"));
        all.add(new Case("Config: region_name not a region", s -> Config.of(Map.of("region_name", "us east 1")), InvalidRegionError.class, "Provided region_name 'us east 1' doesn't match a supported format."));
        all.add(new Case("Config: region_name with a slash", s -> Config.builder().regionName("us-east-1/").build(), InvalidRegionError.class, "us-east-1/"));
        all.add(new Case("Config: region_name empty", s -> Config.of(Map.of("region_name", "")), InvalidRegionError.class, "region_name ''"));
        all.add(new Case("Config: region_name all digits", s -> Config.of(Map.of("region_name", "123")), InvalidRegionError.class, "'123'"));
        all.add(new Case("Config: endpoint_url not a URL", s -> Config.of(Map.of("endpoint_url", "not a url")), ice, "Invalid endpoint: not a url"));
        all.add(new Case("Config: endpoint_url without a scheme", s -> Config.of(Map.of("endpoint_url", "127.0.0.1:9000")), ice, "Invalid endpoint: 127.0.0.1:9000"));
        all.add(new Case("Config: endpoint_url without a host", s -> Config.of(Map.of("endpoint_url", "http://")), ice, "Invalid endpoint"));
        all.add(new Case("Config: endpoint_url ftp", s -> Config.of(Map.of("endpoint_url", "ftp://host")), ice, "http:// or https://"));
        all.add(new Case("Config: endpoint_url an Integer", s -> Config.of(Map.of("endpoint_url", 9000)), ice, "endpoint_url must be a String"));
        all.add(new Case("Config: endpoint_url password masked", s -> Config.of(Map.of("endpoint_url", "http://u:topsecret@ho st")), ice, "u:****@"));
        all.add(new Case("Config: s3 addressing style", s -> Config.of(Map.of("s3", Map.of("addressing_style", "vhost"))), ice, "must be one of [auto, virtual, path]"));
        all.add(new Case("Config: s3 unknown key", s -> Config.of(Map.of("s3", Map.of("style", "path"))), ice, "addressing_style"));
        all.add(new Case("Config: user_agent_extra a List", s -> Config.of(Map.of("user_agent_extra", List.of())), ice, "user_agent_extra must be a String"));
        all.add(new Case("Config: null map", s -> Config.of(null), ice, "Config"));
        all.add(new Case("Aws.client with a bad Config map", s -> s.client("s3", Config.of(Map.of("retries", Map.of("max_attempts", "many")))), ice, "max_attempts"));

        // --- regions and endpoints at client creation
        all.add(new Case("client: session region not a region", s -> s.toBuilder().regionName("eu central 1").build().client("sqs"), InvalidRegionError.class, "'eu central 1'"));
        all.add(new Case("client: session region with a dot", s -> s.toBuilder().regionName("us-east-1.evil.com").build(), InvalidRegionError.class, "us-east-1.evil.com"));
        all.add(new Case("client: region ending with a dash", s -> s.client("sqs", Config.builder().regionName("us-east-").build()), InvalidRegionError.class, "us-east-"));
        all.add(new Case("client: region of 64 characters", s -> s.client("sqs", Config.builder().regionName("a".repeat(64)).build()), InvalidRegionError.class, "doesn't match a supported format"));
        all.add(new Case("session: endpoint_url not a URL", s -> Session.builder().endpointUrl("localhost 4566").build(), ice, "Invalid endpoint: localhost 4566"));

        // --- sessions
        all.add(new Case("Session.of: region_name an Integer", s -> Session.of(Map.of("region_name", 5)), ice, "Session keyword region_name must be a String, got 5 (Integer)"));
        all.add(new Case("Session.of: profile_name a List", s -> Session.of(Map.of("profile_name", List.of("dev"))), ice, "Session keyword profile_name must be a String"));
        all.add(new Case("Session.of: aws_secret_access_key not quoted", s -> Session.of(Map.of("aws_access_key_id", "AKID", "aws_secret_access_key", new StringBuilder("hidden-secret"))), ice, "aws_secret_access_key must be a String, got ****"));
        all.add(new Case("Session.of: config an Integer", s -> Session.of(Map.of("config", 5)), ice, "Session keyword config must be a Config or a Map, got 5"));
        all.add(new Case("Session.of: config map with a bad key", s -> Session.of(Map.of("config", Map.of("retry", 1))), ice, "retries"));
        all.add(new Case("Session.of: unknown keyword", s -> Session.of(Map.of("region", "eu-west-1")), UnknownNameError.class, "region_name"));
        all.add(new Case("Session.of: endpoint_url an Integer", s -> Session.of(Map.of("endpoint_url", 1)), ice, "Session keyword endpoint_url must be a String"));
        all.add(new Case("Session.of: region not a region", s -> Session.of(Map.of("region_name", "mars 1")), InvalidRegionError.class, "mars 1"));
        all.add(new Case("Session.of: null", s -> Session.of(null), ice, "Session settings must be a Map"));
        all.add(new Case("Session: key id without secret", s -> Session.builder().accessKeyId("AKID").build(), ice, "Give both aws_access_key_id and aws_secret_access_key"));
        all.add(new Case("Session: secret without key id", s -> Session.builder().secretAccessKey("x").build(), ice, "Give both"));

        // --- presign
        all.add(new Case("presign: over seven days", s -> s3(s).generatePresignedUrl("get_object", Map.of("Bucket", "b", "Key", "k"), 8 * 86400), pve, "Invalid value for parameter ExpiresIn, value: 691200, valid range: 1 to 604800"));
        all.add(new Case("presign: negative", s -> s3(s).generatePresignedUrl("get_object", Map.of("Bucket", "b", "Key", "k"), -5), pve, "ExpiresIn, value: -5"));
        all.add(new Case("presign: zero", s -> s3(s).generatePresignedUrl("get_object", Map.of("Bucket", "b", "Key", "k"), 0), pve, "ExpiresIn"));
        all.add(new Case("presign: unknown operation", s -> s3(s).generatePresignedUrl("get_objet", Map.of("Bucket", "b", "Key", "k"), 60), UnknownOperationError.class, "get_objet"));
        all.add(new Case("presign: unknown HTTP method", s -> s3(s).generatePresignedUrl("get_object", Map.of("Bucket", "b", "Key", "k"), 60, "FETCH"), pve, "HttpMethod must be one of"));
        all.add(new Case("presign: unknown parameter", s -> s3(s).generatePresignedUrl("get_object", Map.of("Bucket", "b", "Kee", "k"), 60), pve, "Unknown parameter in input: \"Kee\""));
        all.add(new Case("presign: missing Key", s -> s3(s).generatePresignedUrl("get_object", Map.of("Bucket", "b"), 60), pve, "Missing required parameter in input: \"Key\""));
        all.add(new Case("presign: null parameters", s -> s3(s).generatePresignedUrl("get_object", null, 60), pve, "Missing required parameter in input: \"Bucket\""));
        all.add(new Case("presign: wrong type", s -> s3(s).generatePresignedUrl("put_object", Map.of("Bucket", "b", "Key", "k", "ContentLength", "5"), 60), pve, "Invalid type for parameter ContentLength"));
        all.add(new Case("presign: empty Key", s -> s3(s).generatePresignedUrl("get_object", Map.of("Bucket", "b", "Key", ""), 60), pve, "Invalid length for parameter Key"));

        // --- resources and collections
        all.add(new Case("resource: unknown service", s -> s.resource("lambda"), ResourceNotExistsError.class, "lambda"));
        all.add(new Case("resource: unknown service typo", s -> s.resource("s4"), ResourceNotExistsError.class, "s3"));
        all.add(new Case("resource: unknown subresource", s -> s.resource("s3").subresource("Bucke", "b"), UnknownNameError.class, "Bucket"));
        all.add(new Case("resource: too few identifiers", s -> s.resource("s3").subresource("Object", "b"), pve, "key"));
        all.add(new Case("resource: too many identifiers", s -> s.resource("s3").subresource("Bucket", "b", "c"), pve, "Bucket"));
        all.add(new Case("resource: null identifier", s -> s.resource("s3").subresource("Bucket", (String) null), pve, "name"));
        all.add(new Case("resource: unknown attribute", s -> bucket(s).get("creation"), UnknownNameError.class, "creation_date"));
        all.add(new Case("resource: unknown action", s -> bucket(s).action("delete_it", Map.of()), UnknownNameError.class, "delete"));
        all.add(new Case("resource: action with an unknown parameter", s -> bucket(s).action("put_object", Map.of("Key", "k", "Bodyy", "x")), pve, "Unknown parameter in input: \"Bodyy\""));
        all.add(new Case("resource: action with the identifier again", s -> bucket(s).action("put_object", Map.of("Key", 5)), pve, "Invalid type for parameter Key"));
        all.add(new Case("resource: unknown reference", s -> bucket(s).reference("owner"), UnknownNameError.class, "owner"));
        all.add(new Case("resource: unknown collection", s -> bucket(s).collection("object"), UnknownNameError.class, "objects"));
        all.add(new Case("resource: unknown waiter", s -> bucket(s).waitUntil("wait_until_there", Map.of()), UnknownNameError.class, "wait_until_exists"));
        all.add(new Case("collection: limit negative", s -> bucket(s).collection("objects").limit(-1), pve, "limit"));
        all.add(new Case("collection: page size 0", s -> bucket(s).collection("objects").pageSize(0), pve, "page"));
        all.add(new Case("collection: filter with a bad parameter, when iterated", s -> bucket(s).collection("objects").filter(Map.of("Prefix", 5)).iterator().hasNext(), pve, "Invalid type for parameter Prefix"));
        all.add(new Case("collection: filter with an unknown parameter, when iterated", s -> bucket(s).collection("objects").filter(Map.of("Prefx", "a")).iterator().hasNext(), pve, "Unknown parameter in input: \"Prefx\""));
        all.add(new Case("collection: unknown batch action", s -> bucket(s).collection("objects").batch("remove"), UnknownNameError.class, "delete"));
        all.add(new Case("resource: dynamodb table with a bad key type", s -> s.resource("dynamodb").subresource("Table", "t").action("get_item", Map.of("Key", "id")), pve, "Key"));
        all.add(new Case("resource: sqs queue with a bad attribute", s -> s.resource("sqs").subresource("Queue", "http://q").action("send_message", Map.of("MessageBody", 5)), pve, "Invalid type for parameter MessageBody"));

        // --- null names and arguments
        all.add(new Case("paginator: null operation", s -> s.client("s3").getPaginator(null), UnknownOperationError.class, "null"));
        all.add(new Case("doc: null operation", s -> s.client("s3").doc(null), UnknownOperationError.class, "null"));
        all.add(new Case("waiter: null parameters", s -> s.client("s3").getWaiter("bucket_exists").wait(null), pve, "Missing required parameter in input: \"Bucket\""));
        all.add(new Case("paginate: null parameters, when iterated", s -> s.client("s3").getPaginator("list_objects_v2").paginate(null).iterator().next(), pve, "Missing required parameter in input: \"Bucket\""));
        all.add(new Case("resource: null service", s -> s.resource(null), ResourceNotExistsError.class, "null"));
        all.add(new Case("resource: null attribute", s -> bucket(s).get(null), UnknownNameError.class, "null"));
        all.add(new Case("resource: null action", s -> bucket(s).action(null, Map.of()), UnknownNameError.class, "null"));
        all.add(new Case("resource: null collection", s -> bucket(s).collection(null), UnknownNameError.class, "null"));
        all.add(new Case("resource: null subresource", s -> s.resource("s3").subresource(null, "b"), UnknownNameError.class, "null"));
        all.add(new Case("resource: action with null parameters", s -> bucket(s).action("put_object", null), pve, "Missing required parameter in input: \"Key\""));
        all.add(new Case("collection: null filter", s -> bucket(s).collection("objects").filter(null), pve, "filter takes a Map"));
        all.add(new Case("collection: null batch action", s -> bucket(s).collection("objects").batch(null), UnknownNameError.class, "null"));
        all.add(new Case("Config.builder: max attempts negative", s -> Config.builder().maxAttempts(-1).build(), InvalidMaxRetryAttemptsError.class, "\"max_attempts\": -1"));
        all.add(new Case("Config.builder: zero connect timeout", s -> Config.builder().connectTimeout(Duration.ZERO).build(), ice, "connect_timeout must be positive"));
        all.add(new Case("Config.builder: bad retry mode", s -> Config.builder().retryMode("Standard").build(), InvalidRetryModeError.class, "\"Standard\" must be one of: legacy, standard, adaptive"));
        all.add(new Case("copy: CopySource without Key", s -> s3(s).copy(Map.of("Bucket", "src"), "b", "k"), pve, "Key"));

        all.add(call("an empty Bucket", "s3", "list_objects_v2", Map.of("Bucket", ""), pve, "Invalid bucket name \"\""));

        // --- calls with null where a map is expected
        all.add(new Case("call: a null parameter map is no parameters", s -> s.client("s3").call("get_object", null), pve, "Missing required parameter in input: \"Bucket\""));
        return all;
    }

    private static S3AwsClient s3(Session s) { return s.client("s3"); }

    private static Resource bucket(Session s) { return s.resource("s3").subresource("Bucket", "demo"); }

    private static Case call(String name, String service, String operation, Map<?, ?> params, Class<? extends ToolkitError> error, String phrase) {
        @SuppressWarnings("unchecked") Map<String, ?> p = (Map<String, ?>) params;
        return new Case(name, s -> {
            AwsClient client = s.client(service);
            client.call(operation, p);
        }, error, phrase);
    }

    private static Map<String, Object> mapWithNull(String key, Object... more) {
        Map<String, Object> m = new HashMap<>();
        m.put(key, null);
        for (int i = 0; i < more.length; i += 2) m.put((String) more[i], more[i + 1]);
        return m;
    }

    private static Map<Object, Object> mapWithNullKey() {
        Map<Object, Object> m = new HashMap<>();
        m.put(null, "x");
        return m;
    }
}
