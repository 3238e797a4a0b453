package dev.awsjshell.client;

import dev.awsjshell.errors.ClientError;
import dev.awsjshell.errors.ParamValidationError;
import dev.awsjshell.errors.StubAssertionError;
import dev.awsjshell.errors.StubResponseError;
import dev.awsjshell.errors.UnStubbedResponseError;
import dev.awsjshell.model.OperationModel;
import dev.awsjshell.response.AwsMap;
import dev.awsjshell.response.StreamingBody;
import dev.awsjshell.shape.RequestMarshaller;
import dev.awsjshell.shape.Responses;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkPojo;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * botocore's {@code Stubber}, for users' own tests: while active, the client sends nothing and answers each call with the
 * next queued response, in order.
 * <pre>{@code
 * AwsClient s3 = Aws.client("s3");
 * try (Stubber stubber = new Stubber(s3).activate()) {
 *     stubber.addResponse("list_buckets", Map.of("Buckets", List.of(Map.of("Name", "demo"))));
 *     stubber.addClientError("head_bucket", "404", "Not Found", 404, null, Map.of("Bucket", "gone"), null);
 *     ... code under test calls s3 ...
 *     stubber.assertNoPendingResponses();
 * }
 * }</pre>
 * As in botocore: a queued response is checked against the operation's output shape when it is added (a wrong key or
 * type is a ParamValidationError); a call checks, in this order, that a response is queued (UnStubbedResponseError),
 * that it is for this operation (StubResponseError) and that the parameters equal the expected ones, if given
 * (StubAssertionError; {@link #ANY} matches any value); then the parameters are validated as for a real call, and the
 * response is returned, or the queued error raised as a ClientError. The response passes through the SDK's own response
 * object, so its values have the types a real call gives (a timestamp as Instant); ResponseMetadata is there only if the
 * response gave it, as in botocore. Paginators and resources go through the stubbed client too; waiters, which are the
 * SDK's own, and presigning do not.
 */
public final class Stubber implements AutoCloseable {
    /** botocore's {@code stub.ANY}: an expected parameter value that matches anything. */
    public static final Object ANY = new Object() {
        @Override public String toString() { return "<ANY>"; }
    };

    private record Queued(OperationModel operation, AwsMap response, byte[] body, ClientError error, Map<String, ?> expectedParams) {}

    private final AwsClient client;
    private final Deque<Queued> queue = new ArrayDeque<>();

    public Stubber(AwsClient client) { this.client = Objects.requireNonNull(client, "client"); }

    @Override public String toString() { return "Stubber(" + client + ", " + queue.size() + " responses pending)"; }

    /** From now on the client answers from this stubber, and sends nothing. */
    public Stubber activate() {
        client.stubber(this);
        return this;
    }

    /** The client sends its calls again. */
    public void deactivate() { client.stubber(null); }

    /** Deactivates: {@code try (Stubber s = new Stubber(client).activate()) { ... }} is botocore's {@code with Stubber(client):}. */
    @Override public void close() { deactivate(); }

    public Stubber addResponse(String operation, Map<String, ?> serviceResponse) { return addResponse(operation, serviceResponse, null); }

    /** botocore's {@code add_response(method, service_response, expected_params)}. */
    public Stubber addResponse(String operation, Map<String, ?> serviceResponse, Map<String, ?> expectedParams) {
        OperationModel op = client.service().operation(operation);
        Object body = op.kind() == OperationModel.Kind.STREAMING_OUTPUT ? serviceResponse.get("Body") : null;
        AwsMap response = validated(op, serviceResponse);
        synchronized (queue) { queue.add(new Queued(op, response, body == null ? null : bytes(body), null, expectedParams)); }
        return this;
    }

    public Stubber addClientError(String operation) { return addClientError(operation, "", "", 400, null, null, null); }

    public Stubber addClientError(String operation, String serviceErrorCode) { return addClientError(operation, serviceErrorCode, "", 400, null, null, null); }

    public Stubber addClientError(String operation, String serviceErrorCode, String serviceMessage, int httpStatusCode) {
        return addClientError(operation, serviceErrorCode, serviceMessage, httpStatusCode, null, null, null);
    }

    /**
     * botocore's {@code add_client_error(method, service_error_code, service_message, http_status_code, service_error_meta,
     * expected_params, response_meta)}; nulls for the maps not given.
     */
    public Stubber addClientError(String operation, String serviceErrorCode, String serviceMessage, int httpStatusCode,
                                  Map<String, ?> serviceErrorMeta, Map<String, ?> expectedParams, Map<String, ?> responseMeta) {
        OperationModel op = client.service().operation(operation);
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("Message", serviceMessage);
        error.put("Code", serviceErrorCode);
        if (serviceErrorMeta != null) error.putAll(serviceErrorMeta);
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("HTTPStatusCode", httpStatusCode);
        if (responseMeta != null) metadata.putAll(responseMeta);
        AwsMap response = new AwsMap(Map.of("ResponseMetadata", new AwsMap(metadata), "Error", new AwsMap(error)));
        synchronized (queue) { queue.add(new Queued(op, null, null, new ClientError(op.name(), response, null), expectedParams)); }
        return this;
    }

    /**
     * The same with botocore's keyword names: {@code addClientError("get_object", Map.of("service_error_code", "NoSuchKey",
     * "http_status_code", 404))}; also {@code service_message}, {@code service_error_meta}, {@code expected_params},
     * {@code response_meta}.
     */
    public Stubber addClientError(String operation, Map<String, ?> keywords) {
        Set<String> known = Set.of("service_error_code", "service_message", "http_status_code", "service_error_meta", "expected_params", "response_meta");
        List<String> unknown = keywords.keySet().stream().filter(k -> !known.contains(k)).toList();
        if (!unknown.isEmpty()) {
            throw new ParamValidationError("add_client_error", List.of("Unknown keyword " + unknown + ", must be one of: " + new TreeSet<>(known)));
        }
        Object status = keywords.get("http_status_code");
        return addClientError(operation, keywords.containsKey("service_error_code") ? String.valueOf(keywords.get("service_error_code")) : "",
                keywords.containsKey("service_message") ? String.valueOf(keywords.get("service_message")) : "",
                status == null ? 400 : ((Number) status).intValue(), map(keywords.get("service_error_meta")),
                map(keywords.get("expected_params")), map(keywords.get("response_meta")));
    }

    /** botocore's {@code assert_no_pending_responses()}: an AssertionError if any queued response was not used. */
    public void assertNoPendingResponses() {
        int remaining;
        synchronized (queue) { remaining = queue.size(); }
        if (remaining != 0) throw new AssertionError(remaining + " responses remaining in queue.");
    }

    /** Before the parameters are validated, as botocore's before-parameter-build: the order of calls, then the expected parameters. */
    void expect(OperationModel op, Map<String, ?> params) {
        Queued next;
        synchronized (queue) { next = queue.peek(); }
        if (next == null) {
            throw new UnStubbedResponseError(op.name(), "Unexpected API Call: A call was made but no additional calls expected. "
                    + "Either the API Call was not stubbed or it was called multiple times.");
        }
        if (!next.operation().name().equals(op.name())) {
            throw new StubResponseError(op.name(), "Operation mismatch: found response for " + next.operation().name() + ".");
        }
        Map<String, ?> expected = next.expectedParams();
        if (expected == null) return;
        boolean same = expected.keySet().equals(params.keySet());
        for (Map.Entry<String, ?> e : expected.entrySet()) same &= params.containsKey(e.getKey()) && matches(e.getValue(), params.get(e.getKey()));
        if (!same) throw new StubAssertionError(op.name(), "Expected parameters:\n" + expected + ",\nbut received:\n" + params);
    }

    /** After validation, as botocore's before-call: the queued answer. */
    AwsMap respond(OperationModel op) {
        Queued next;
        synchronized (queue) { next = queue.poll(); }
        if (next == null || !next.operation().name().equals(op.name())) {
            throw new UnStubbedResponseError(op.name(), "the queued response was taken by another thread");
        }
        if (next.error() != null) throw next.error();
        if (next.body() == null) return next.response();
        Map<String, Object> withBody = new LinkedHashMap<>(next.response());   // each call reads its own stream
        withBody.put("Body", new StreamingBody(new ByteArrayInputStream(next.body()), (long) next.body().length));
        return new AwsMap(withBody);
    }

    /** The response through the SDK's response object: wrong keys or types are refused now, values get the SDK's types. */
    private static AwsMap validated(OperationModel op, Map<String, ?> serviceResponse) {
        Map<String, Object> data = new LinkedHashMap<>(serviceResponse);
        Object metadata = data.remove("ResponseMetadata");
        if (op.kind() == OperationModel.Kind.STREAMING_OUTPUT) data.remove("Body");
        List<String> problems = new ArrayList<>();
        Object pojo = RequestMarshaller.toRequest(op.responseClass(), data, problems);
        if (!problems.isEmpty()) throw new ParamValidationError(op.name() + " (stubbed response)", problems);
        Map<String, Object> out = new LinkedHashMap<>(Responses.toMap((SdkPojo) pojo));
        if (metadata != null) out.put("ResponseMetadata", metadata);
        return new AwsMap(out);
    }

    private static byte[] bytes(Object body) {
        if (body instanceof byte[] b) return b;
        if (body instanceof String s) return s.getBytes(StandardCharsets.UTF_8);
        if (body instanceof SdkBytes b) return b.asByteArray();
        if (body instanceof StreamingBody b) return b.read();
        if (body instanceof InputStream in) {
            try { return in.readAllBytes(); } catch (java.io.IOException e) { throw new java.io.UncheckedIOException(e); }
        }
        throw new ParamValidationError("stubbed response", List.of("Body must be byte[], String, SdkBytes, InputStream or StreamingBody; got " + body.getClass().getSimpleName()));
    }

    /** botocore compares with Python's ==: numbers by value, lists and maps deeply; ANY matches anything. */
    private static boolean matches(Object expected, Object actual) {
        if (expected == ANY) return true;
        if (expected == null || actual == null) return expected == actual;
        if (expected instanceof Number a && actual instanceof Number b && !(a instanceof Double || b instanceof Double || a instanceof Float || b instanceof Float)) {
            return new java.math.BigDecimal(a.toString()).compareTo(new java.math.BigDecimal(b.toString())) == 0;
        }
        if (expected instanceof Number a && actual instanceof Number b) return a.doubleValue() == b.doubleValue();
        if (expected instanceof Map<?, ?> a && actual instanceof Map<?, ?> b) {
            if (!a.keySet().equals(b.keySet())) return false;
            for (Map.Entry<?, ?> e : a.entrySet()) if (!matches(e.getValue(), b.get(e.getKey()))) return false;
            return true;
        }
        if (expected instanceof List<?> a && actual instanceof List<?> b) {
            if (a.size() != b.size()) return false;
            for (int i = 0; i < a.size(); i++) if (!matches(a.get(i), b.get(i))) return false;
            return true;
        }
        if (expected instanceof byte[] a && actual instanceof byte[] b) return Arrays.equals(a, b);
        return expected.equals(actual);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> map(Object v) { return (Map<String, ?>) v; }
}
