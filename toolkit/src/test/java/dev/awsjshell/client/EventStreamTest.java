package dev.awsjshell.client;

import dev.awsjshell.errors.EventStreamError;
import dev.awsjshell.response.AwsMap;
import dev.awsjshell.response.EventStream;
import dev.awsjshell.session.Session;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.eventstream.HeaderValue;
import software.amazon.eventstream.Message;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Operations that answer with an event stream, against a local server that writes real event-stream frames (the SDK's
 * own encoder, software.amazon.eventstream) as Bedrock and Lambda do.
 */
class EventStreamTest {
    HttpServer server;
    final List<String> requests = new CopyOnWriteArrayList<>();
    final CountDownLatch firstEventRead = new CountDownLatch(1);
    final AtomicBoolean streamedBeforeTheEnd = new AtomicBoolean();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    @AfterEach
    void stop() { server.stop(0); }

    Session session() {
        return Session.builder().endpointUrl("http://127.0.0.1:" + server.getAddress().getPort()).regionName("us-east-1")
                .accessKeyId("AKIDLOCALTEST").secretAccessKey("local-secret-key").build();
    }

    static byte[] event(String type, String contentType, byte[] payload) {
        Map<String, HeaderValue> headers = new LinkedHashMap<>();
        headers.put(":message-type", HeaderValue.fromString("event"));
        headers.put(":event-type", HeaderValue.fromString(type));
        headers.put(":content-type", HeaderValue.fromString(contentType));
        return new Message(headers, payload).toByteBuffer().array();
    }

    static byte[] json(String type, String json) { return event(type, "application/json", json.getBytes(StandardCharsets.UTF_8)); }

    static byte[] exception(String type, String json) {
        Map<String, HeaderValue> headers = new LinkedHashMap<>();
        headers.put(":message-type", HeaderValue.fromString("exception"));
        headers.put(":exception-type", HeaderValue.fromString(type));
        headers.put(":content-type", HeaderValue.fromString("application/json"));
        return new Message(headers, json.getBytes(StandardCharsets.UTF_8)).toByteBuffer().array();
    }

    void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.add(exchange.getRequestMethod() + " " + path + " " + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        exchange.getResponseHeaders().add("Content-Type", "application/vnd.amazon.eventstream");
        exchange.getResponseHeaders().add("x-amzn-RequestId", "REQ-STREAM");
        if (path.endsWith("/response-streaming-invocations")) exchange.getResponseHeaders().add("X-Amz-Executed-Version", "$LATEST");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            if (path.contains("/model/ok/converse-stream")) {
                out.write(json("messageStart", "{\"role\":\"assistant\"}"));
                out.write(json("contentBlockDelta", "{\"delta\":{\"text\":\"Hel\"},\"contentBlockIndex\":0}"));
                out.flush();
                try {
                    streamedBeforeTheEnd.set(firstEventRead.await(10, TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                out.write(json("contentBlockDelta", "{\"delta\":{\"text\":\"lo\"},\"contentBlockIndex\":0}"));
                out.write(json("messageStop", "{\"stopReason\":\"end_turn\"}"));
                out.write(json("metadata", "{\"usage\":{\"inputTokens\":3,\"outputTokens\":2,\"totalTokens\":5},\"metrics\":{\"latencyMs\":12}}"));
            } else if (path.contains("/model/throttled/converse-stream")) {
                out.write(json("messageStart", "{\"role\":\"assistant\"}"));
                out.write(exception("throttlingException", "{\"message\":\"Too many tokens, slow down\"}"));
            } else if (exchange.getRequestURI().getQuery() != null && exchange.getRequestURI().getQuery().contains("select")) {
                out.write(event("Records", "application/octet-stream", "a,1\nb,2\n".getBytes(StandardCharsets.UTF_8)));
                out.write(event("Stats", "text/xml", "<Stats><BytesScanned>8</BytesScanned><BytesProcessed>8</BytesProcessed><BytesReturned>8</BytesReturned></Stats>"
                        .getBytes(StandardCharsets.UTF_8)));
                out.write(event("End", "text/xml", new byte[0]));
            } else {
                out.write(event("PayloadChunk", "application/octet-stream", "part one,".getBytes(StandardCharsets.UTF_8)));
                out.write(event("PayloadChunk", "application/octet-stream", " part two".getBytes(StandardCharsets.UTF_8)));
                out.write(json("InvokeComplete", "{\"LogResult\":\"bG9n\"}"));
            }
        }
    }

    @Test
    void converseStreamYieldsBoto3sEventsAsTheyArrive() {
        AwsClient bedrock = session().client("bedrock-runtime");
        assertThat(bedrock.operations()).contains("converse_stream", "invoke_model_with_response_stream", "converse");
        assertThat(bedrock.doc("converse_stream").text()).contains("stream (EventStream)").contains("messageStart, contentBlockStart, contentBlockDelta");
        AwsMap response = bedrock.call("converse_stream", Map.of("modelId", "ok",
                "messages", List.of(Map.of("role", "user", "content", List.of(Map.of("text", "Say hello"))))));
        assertThat(response.keySet()).containsExactly("stream", "ResponseMetadata");
        assertThat(response.integer("ResponseMetadata.HTTPStatusCode")).isEqualTo(200);
        assertThat(response.string("ResponseMetadata.RequestId")).isEqualTo("REQ-STREAM");
        List<AwsMap> events = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (AwsMap event : response.eventStream("stream")) {
            events.add(event);
            firstEventRead.countDown();
            if (event.containsKey("contentBlockDelta")) text.append(event.string("contentBlockDelta.delta.text"));
        }
        assertThat(streamedBeforeTheEnd).as("the first events were read while the server still held the rest").isTrue();
        assertThat(events).extracting(e -> e.keySet().iterator().next())
                .containsExactly("messageStart", "contentBlockDelta", "contentBlockDelta", "messageStop", "metadata");
        assertThat(text).hasToString("Hello");
        assertThat(events.get(0).string("messageStart.role")).isEqualTo("assistant");
        assertThat(events.get(3).string("messageStop.stopReason")).isEqualTo("end_turn");
        assertThat(events.get(4).integer("metadata.usage.totalTokens")).isEqualTo(5);
        assertThat(requests).singleElement().satisfies(r -> assertThat(r).startsWith("POST /model/ok/converse-stream ")
                .contains("\"messages\":[{\"role\":\"user\",\"content\":[{\"text\":\"Say hello\"}]}]"));
        assertThatThrownBy(() -> response.eventStream("stream").iterator()).isInstanceOf(IllegalStateException.class).hasMessageContaining("read once");
        bedrock.close();
    }

    @Test
    void anErrorInTheStreamIsEventStreamError() {
        AwsClient bedrock = session().client("bedrock-runtime");
        EventStream stream = bedrock.call("converse_stream", Map.of("modelId", "throttled",
                "messages", List.of(Map.of("role", "user", "content", List.of(Map.of("text", "hi")))))).eventStream("stream");
        List<AwsMap> seen = new ArrayList<>();
        assertThatThrownBy(() -> stream.forEach(seen::add)).isInstanceOfSatisfying(EventStreamError.class, e -> {
            assertThat(e.code()).as("the :exception-type header, as botocore gives it").isEqualTo("throttlingException");
            assertThat(e.errorMessage()).isEqualTo("Too many tokens, slow down");
        });
        assertThat(seen).hasSize(1);
        bedrock.close();
    }

    @Test
    void s3SelectGivesRecordsStatsAndEnd() {
        AwsClient s3 = session().client("s3");
        AwsMap response = s3.call("select_object_content", Map.of("Bucket", "data", "Key", "rows.csv", "Expression", "SELECT * FROM S3Object",
                "ExpressionType", "SQL", "InputSerialization", Map.of("CSV", Map.of()), "OutputSerialization", Map.of("CSV", Map.of())));
        List<AwsMap> events = new ArrayList<>();
        response.eventStream("Payload").forEach(events::add);
        assertThat(events).extracting(e -> e.keySet().iterator().next()).containsExactly("Records", "Stats", "End");
        assertThat(new String((byte[]) events.get(0).map("Records").get("Payload"), StandardCharsets.UTF_8)).isEqualTo("a,1\nb,2\n");
        assertThat(events.get(1).longValue("Stats.Details.BytesScanned")).isEqualTo(8L);
        assertThat(requests).singleElement().satisfies(r -> assertThat(r).startsWith("POST /data/rows.csv ").contains("<Expression>SELECT * FROM S3Object</Expression>"));
        s3.close();
    }

    @Test
    void lambdaResponseStreamingGivesPayloadChunks() {
        AwsClient lambda = session().client("lambda");
        AwsMap response = lambda.call("invoke_with_response_stream", Map.of("FunctionName", "streamer", "Payload", "{}".getBytes(StandardCharsets.UTF_8)));
        assertThat(response.integer("StatusCode")).isEqualTo(200);
        assertThat(response.string("ExecutedVersion")).isEqualTo("$LATEST");
        StringBuilder body = new StringBuilder();
        List<String> names = new ArrayList<>();
        try (EventStream events = response.eventStream("EventStream")) {
            for (AwsMap event : events) {
                names.add(event.keySet().iterator().next());
                if (event.containsKey("PayloadChunk")) body.append(new String((byte[]) event.map("PayloadChunk").get("Payload"), StandardCharsets.UTF_8));
            }
        }
        assertThat(names).containsExactly("PayloadChunk", "PayloadChunk", "InvokeComplete");
        assertThat(body).hasToString("part one, part two");
        assertThat(requests).singleElement().satisfies(r -> assertThat(r).isEqualTo("POST /2021-11-15/functions/streamer/response-streaming-invocations {}"));
        assertThat(lambda.doc("invoke_with_response_stream").text()).contains("EventStream (EventStream) -- iterate it: each event is a map of one key, PayloadChunk, InvokeComplete");
        lambda.close();
    }
}
