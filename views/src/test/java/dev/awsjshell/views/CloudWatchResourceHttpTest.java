package dev.awsjshell.views;

import dev.awsjshell.LocalAws;
import dev.awsjshell.session.Session;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.thirdparty.jackson.core.JsonFactory;
import software.amazon.awssdk.thirdparty.jackson.core.JsonGenerator;
import software.amazon.awssdk.thirdparty.jackson.core.JsonParser;
import software.amazon.awssdk.thirdparty.jackson.core.JsonToken;
import software.amazon.awssdk.thirdparty.jackson.dataformat.cbor.CBORFactory;
import software.amazon.awssdk.thirdparty.jackson.dataformat.cbor.CBORGenerator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * cloudwatch's resources over HTTP. SDK 2.54 speaks Smithy RPC v2 CBOR to CloudWatch ({@code POST
 * /service/GraniteServiceVersion20100801/operation/DescribeAlarms}, {@code Content-Type: application/cbor}), which
 * {@link LocalAws} cannot carry (its bodies are UTF-8 strings), so {@link CborAws} below does the same job in CBOR:
 * it records each request with its body turned into JSON and turns the JSON answers into CBOR, timestamps as tag 1.
 */
class CloudWatchResourceHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Object> FAST = Map.of("WaiterConfig", Map.of("Delay", 0.01, "MaxAttempts", 2));

    @Test
    void putAlarmFillsTheMetricsIdentifiersAndReturnsTheAlarmNamedInTheRequest() throws Exception {
        try (CborAws aws = new CborAws(r -> "{}")) {
            CloudWatchResource cw = aws.session().resource("cloudwatch");

            CloudWatchAlarm alarm = cw.metric("AWS/EC2", "CPUUtilization").putAlarm(Map.of("AlarmName", "cpu-high",
                    "Statistic", "Average", "Period", 300, "EvaluationPeriods", 2, "Threshold", 80.0, "ComparisonOperator", "GreaterThanThreshold"));

            assertThat(aws.requests).hasSize(1);
            assertThat(operation(aws.requests.get(0))).isEqualTo("PutMetricAlarm");
            assertThat(body(aws.requests.get(0))).containsEntry("Namespace", "AWS/EC2").containsEntry("MetricName", "CPUUtilization")
                    .containsEntry("AlarmName", "cpu-high").containsEntry("Period", 300);
            assertThat(((Number) body(aws.requests.get(0)).get("Threshold")).doubleValue()).as("80.0, which CBOR may send as 80").isEqualTo(80.0);
            assertThat(alarm.name()).isEqualTo("cpu-high");

            alarm.disableActions();

            assertThat(operation(aws.requests.get(1))).isEqualTo("DisableAlarmActions");
            assertThat(body(aws.requests.get(1))).containsEntry("AlarmNames", List.of("cpu-high"));
        }
    }

    @Test
    void alarmsIterateTwoPagesWithNextTokenAndTheirAttributesComeFromTheListing() throws Exception {
        try (CborAws aws = new CborAws(r -> body(r).containsKey("NextToken")
                ? describeAlarms(null, alarm("disk-full", "OK"))
                : describeAlarms("page-2", alarm("cpu-high", "ALARM"), alarm("mem-high", "INSUFFICIENT_DATA")))) {
            CloudWatchResource cw = aws.session().resource("cloudwatch");

            List<CloudWatchAlarm> alarms = cw.alarms().filter(Map.of("AlarmTypes", List.of("MetricAlarm"))).toList();

            assertThat(alarms).extracting(CloudWatchAlarm::name).containsExactly("cpu-high", "mem-high", "disk-full");
            assertThat(aws.requests).hasSize(2).allSatisfy(r -> assertThat(operation(r)).isEqualTo("DescribeAlarms"));
            assertThat(body(aws.requests.get(0))).doesNotContainKey("NextToken");
            assertThat(body(aws.requests.get(1))).containsEntry("NextToken", "page-2");
            assertThat(alarms).extracting(CloudWatchAlarm::stateValue).containsExactly("ALARM", "INSUFFICIENT_DATA", "OK");
            assertThat(alarms.get(0).threshold()).isEqualTo(80.0);
            assertThat(alarms.get(0).period()).isEqualTo(300);
            assertThat(alarms.get(0).stateUpdatedTimestamp()).isEqualTo(Instant.parse("2026-01-31T12:00:00Z"));
            assertThat(aws.requests).as("attributes read from the listing send nothing").hasSize(2);
        }
    }

    @Test
    void batchDisableActionsSendsOneDisableAlarmActionsPerPage() throws Exception {
        try (CborAws aws = new CborAws(r -> switch (operation(r)) {
            case "DescribeAlarms" -> body(r).containsKey("NextToken")
                    ? describeAlarms(null, alarm("disk-full", "OK"))
                    : describeAlarms("page-2", alarm("cpu-high", "ALARM"), alarm("mem-high", "OK"));
            default -> "{}";
        })) {
            CloudWatchResource cw = aws.session().resource("cloudwatch");

            assertThat(cw.alarms().disableActions()).hasSize(2);

            List<Map<String, Object>> disables = aws.requests.stream().filter(r -> operation(r).equals("DisableAlarmActions"))
                    .map(CloudWatchResourceHttpTest::body).toList();
            assertThat(disables).containsExactly(Map.of("AlarmNames", List.of("cpu-high", "mem-high")), Map.of("AlarmNames", List.of("disk-full")));
        }
    }

    @Test
    void anAlarmsMetricReferenceComesFromItsLoadedNamespaceAndMetricName() throws Exception {
        try (CborAws aws = new CborAws(r -> describeAlarms(null, alarm("cpu-high", "ALARM")))) {
            CloudWatchResource cw = aws.session().resource("cloudwatch");

            CloudWatchMetric metric = cw.alarm("cpu-high").metric();

            assertThat(metric.namespace()).isEqualTo("AWS/EC2");
            assertThat(metric.name()).isEqualTo("CPUUtilization");
            assertThat(aws.requests).as("the alarm's load, nothing for the reference").hasSize(1);
            assertThat(body(aws.requests.get(0))).containsEntry("AlarmNames", List.of("cpu-high"));
        }
    }

    /** The model has no resource waiter for cloudwatch (nor has boto3's); an alarm waits with the client's alarm_exists. */
    @Test
    void noResourceWaiterSoTheClientsAlarmExistsPollsDescribeAlarms() throws Exception {
        AtomicInteger polls = new AtomicInteger();
        try (CborAws aws = new CborAws(r -> polls.incrementAndGet() == 1 ? describeAlarms(null) : describeAlarms(null, alarm("cpu-high", "OK")))) {
            CloudWatchResource cw = aws.session().resource("cloudwatch");
            CloudWatchAlarm alarm = cw.alarm("cpu-high");
            assertThat(cw.meta().describe().values()).allSatisfy(names -> assertThat(names.get("waiters")).isEmpty());

            Map<String, Object> params = new java.util.HashMap<>(FAST);
            params.put("AlarmNames", List.of(alarm.name()));
            alarm.meta().client().getWaiter("alarm_exists").wait(params);

            assertThat(aws.requests).hasSize(2).allSatisfy(r -> {
                assertThat(operation(r)).isEqualTo("DescribeAlarms");
                assertThat(body(r)).containsEntry("AlarmNames", List.of("cpu-high"));
            });
        }
    }

    @Test
    void anAttributeLoadsOnceWithDescribeAlarmsAndReloadSendsAgain() throws Exception {
        try (CborAws aws = new CborAws(r -> describeAlarms(null, alarm("cpu-high", "ALARM")))) {
            CloudWatchResource cw = aws.session().resource("cloudwatch");
            CloudWatchAlarm alarm = cw.alarm("cpu-high");
            assertThat(alarm.meta().data()).isNull();

            assertThat(alarm.stateValue()).isEqualTo("ALARM");
            assertThat(aws.requests).hasSize(1);
            assertThat(operation(aws.requests.get(0))).isEqualTo("DescribeAlarms");
            assertThat(body(aws.requests.get(0))).containsEntry("AlarmNames", List.of("cpu-high"));

            assertThat(alarm.comparisonOperator()).isEqualTo("GreaterThanThreshold");
            assertThat(aws.requests).as("a second read sends nothing").hasSize(1);

            alarm.reload();
            assertThat(aws.requests).hasSize(2);
            assertThat(body(aws.requests.get(1))).containsEntry("AlarmNames", List.of("cpu-high"));
        }
    }

    // ---- CloudWatch's answers, as JSON (CborAws sends them in CBOR) ----

    private static String describeAlarms(String nextToken, String... alarms) {
        return "{\"MetricAlarms\":[" + String.join(",", alarms) + "],\"CompositeAlarms\":[]"
                + (nextToken == null ? "" : ",\"NextToken\":\"" + nextToken + "\"") + "}";
    }

    private static String alarm(String name, String state) {
        return "{\"AlarmName\":\"" + name + "\",\"AlarmArn\":\"arn:aws:cloudwatch:us-east-1:123456789012:alarm:" + name + "\","
                + "\"ActionsEnabled\":true,\"OKActions\":[],\"AlarmActions\":[],\"InsufficientDataActions\":[],"
                + "\"StateValue\":\"" + state + "\",\"StateReason\":\"Threshold crossed\",\"StateUpdatedTimestamp\":\"2026-01-31T12:00:00Z\","
                + "\"MetricName\":\"CPUUtilization\",\"Namespace\":\"AWS/EC2\",\"Statistic\":\"Average\","
                + "\"Dimensions\":[{\"Name\":\"InstanceId\",\"Value\":\"i-123\"}],\"Period\":300,\"EvaluationPeriods\":2,"
                + "\"Threshold\":80.0,\"ComparisonOperator\":\"GreaterThanThreshold\"}";
    }

    /** The operation, from the RPC v2 path {@code /service/GraniteServiceVersion20100801/operation/DescribeAlarms}. */
    private static String operation(LocalAws.Request request) {
        assertThat(request.uri()).startsWith("/service/GraniteServiceVersion20100801/operation/");
        return request.uri().substring(request.uri().lastIndexOf('/') + 1);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> body(LocalAws.Request request) {
        try {
            return JSON.readValue(request.body(), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link LocalAws} in CBOR: records each request (body as JSON) and answers the function's JSON in CBOR. */
    static final class CborAws implements AutoCloseable {
        private static final CBORFactory CBOR = new CBORFactory();
        private static final JsonFactory JSON_TEXT = new JsonFactory();
        final List<LocalAws.Request> requests = new CopyOnWriteArrayList<>();
        private final HttpServer server;

        CborAws(Function<LocalAws.Request, String> answer) throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> handle(exchange, answer));
            server.start();
        }

        Session session() {
            return Session.builder().endpointUrl("http://127.0.0.1:" + server.getAddress().getPort()).regionName("us-east-1")
                    .accessKeyId("AKIDLOCALTEST").secretAccessKey("local-secret-key").build();
        }

        private void handle(HttpExchange exchange, Function<LocalAws.Request, String> answer) throws IOException {
            byte[] body = exchange.getRequestBody().readAllBytes();
            LocalAws.Request request = new LocalAws.Request(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                    Map.copyOf(exchange.getRequestHeaders()), toJson(body));
            requests.add(request);
            byte[] bytes = toCbor(answer.apply(request));
            exchange.getResponseHeaders().add("Content-Type", "application/cbor");
            exchange.getResponseHeaders().add("smithy-protocol", "rpc-v2-cbor");
            exchange.getResponseHeaders().add("x-amzn-RequestId", "REQ-cbor");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) { out.write(bytes); }
            exchange.close();
        }

        private static String toJson(byte[] cbor) throws IOException {
            if (cbor.length == 0) return "{}";
            StringWriter out = new StringWriter();
            try (JsonParser in = CBOR.createParser(cbor); JsonGenerator gen = JSON_TEXT.createGenerator(out)) {
                in.nextToken();
                gen.copyCurrentStructure(in);
            }
            return out.toString();
        }

        /** JSON to CBOR; a string that is an ISO instant becomes a timestamp (tag 1, epoch seconds), as the protocol sends it. */
        private static byte[] toCbor(String json) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (JsonParser in = JSON_TEXT.createParser(json); CBORGenerator gen = (CBORGenerator) CBOR.createGenerator(out)) {
                for (JsonToken t = in.nextToken(); t != null; t = in.nextToken()) {
                    switch (t) {
                        case START_OBJECT -> gen.writeStartObject();
                        case END_OBJECT -> gen.writeEndObject();
                        case START_ARRAY -> gen.writeStartArray();
                        case END_ARRAY -> gen.writeEndArray();
                        case FIELD_NAME -> gen.writeFieldName(in.getCurrentName());
                        case VALUE_STRING -> writeString(gen, in.getText());
                        case VALUE_NUMBER_INT -> gen.writeNumber(in.getLongValue());
                        case VALUE_NUMBER_FLOAT -> gen.writeNumber(in.getDoubleValue());
                        case VALUE_TRUE, VALUE_FALSE -> gen.writeBoolean(in.getBooleanValue());
                        case VALUE_NULL -> gen.writeNull();
                        default -> throw new IllegalStateException("unexpected " + t);
                    }
                }
            }
            return out.toByteArray();
        }

        private static void writeString(CBORGenerator gen, String s) throws IOException {
            try {
                Instant at = Instant.parse(s);
                gen.writeTag(1);
                gen.writeNumber(at.toEpochMilli() / 1000.0);
            } catch (DateTimeParseException notATimestamp) {
                gen.writeString(s);
            }
        }

        @Override public void close() { server.stop(0); }
    }
}
