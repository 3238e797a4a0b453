package dev.awsjshell.shape;

import dev.awsjshell.errors.ClientError;
import dev.awsjshell.errors.NoCredentialsError;
import dev.awsjshell.errors.ToolkitError;
import dev.awsjshell.response.AwsMap;
import dev.awsjshell.response.StreamingBody;

import software.amazon.awssdk.awscore.AwsResponse;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;
import software.amazon.awssdk.http.SdkHttpResponse;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * SDK responses and errors as boto3 shows them, through the SDK's {@link SdkField} metadata: the data under boto3's
 * member names (absent members left out), then ResponseMetadata; errors as ClientError's dict.
 */
public final class Responses {
    private Responses() {}

    public static AwsMap toMap(Object result, int retryAttempts) {
        if (result instanceof ResponseInputStream<?> stream) {
            SdkResponse response = (SdkResponse) stream.response();
            LinkedHashMap<String, Object> m = members(response);
            Long length = m.get("ContentLength") instanceof Long l ? l : null;
            m.put("Body", new StreamingBody(stream, length));
            m.put("ResponseMetadata", metadata(response, retryAttempts));
            return AwsMap.adopt(m);
        }
        SdkResponse response = (SdkResponse) result;
        LinkedHashMap<String, Object> m = members(response);
        m.put("ResponseMetadata", metadata(response, retryAttempts));
        return AwsMap.adopt(m);
    }

    public static AwsMap metadata(SdkResponse response, int retryAttempts) {
        LinkedHashMap<String, Object> meta = new LinkedHashMap<>();
        if (response instanceof AwsResponse aws && aws.responseMetadata() != null) {
            String id = aws.responseMetadata().requestId();
            if (id != null && !id.equals("UNKNOWN")) meta.put("RequestId", id);
        }
        SdkHttpResponse http = response.sdkHttpResponse();
        if (http != null) {
            http.firstMatchingHeader("x-amz-id-2").ifPresent(h -> meta.put("HostId", h));
            meta.put("HTTPStatusCode", http.statusCode());
            meta.put("HTTPHeaders", headers(http));
        }
        meta.put("RetryAttempts", retryAttempts);
        return AwsMap.adopt(meta);
    }

    /** A service error as ClientError; missing credentials as NoCredentialsError; anything else as it came. */
    public static RuntimeException translate(String operation, Throwable error, int retryAttempts) {
        return translate(operation, error, retryAttempts, false);
    }

    /** The same; {@code maxAttemptsReached} when the retry mode gave up on a retryable error (botocore's MaxAttemptsReached). */
    public static RuntimeException translate(String operation, Throwable error, int retryAttempts, boolean maxAttemptsReached) {
        // A credential source that failed raised its own error (ClientError from STS, CredentialRetrievalError, ...):
        // the SDK wraps it on the way out; give it back as it was raised.
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ToolkitError own) return own;
        }
        if (error instanceof AwsServiceException e) return new ClientError(operation, errorResponse(e, retryAttempts, maxAttemptsReached), e);
        if (error instanceof SdkClientException e && e.getMessage() != null && e.getMessage().contains("Unable to load credentials")) {
            return new NoCredentialsError(e.getMessage().lines().findFirst().orElse(""));
        }
        if (error instanceof RuntimeException r) return r;
        return new IllegalStateException(error);
    }

    /**
     * botocore's error dict: Error (every field the service sent: S3's BucketName, Key, Resource...; Code and Message),
     * ResponseMetadata, and the members of the service's modeled error (DynamoDB's Item...) at the top level. An error
     * with no body (a HEAD's 404) or a 5xx HTML page has the HTTP status as its code ("404"), as botocore gives it.
     */
    public static AwsMap errorResponse(AwsServiceException e, int retryAttempts) { return errorResponse(e, retryAttempts, false); }

    public static AwsMap errorResponse(AwsServiceException e, int retryAttempts, boolean maxAttemptsReached) {
        AwsErrorDetails details = e.awsErrorDetails();
        SdkHttpResponse http = details == null ? null : details.sdkHttpResponse();
        byte[] raw = details == null || details.rawResponse() == null ? new byte[0] : details.rawResponse().asByteArray();
        String code = details == null ? null : details.errorCode();
        String message = details == null ? null : details.errorMessage();
        if (ErrorBodies.isBodyless(raw, e.statusCode()) || code == null || code.isEmpty()) {
            code = String.valueOf(e.statusCode());
            message = http == null ? "" : http.statusText().orElse("");
        }
        if (message == null) message = "";
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("Code", code);
        error.put("Message", message);
        ErrorBodies.xmlFields(raw).forEach(error::putIfAbsent);
        Map<String, Object> meta = new LinkedHashMap<>();
        if (e.requestId() != null) meta.put("RequestId", e.requestId());
        if (e.extendedRequestId() != null) meta.put("HostId", e.extendedRequestId());
        meta.put("HTTPStatusCode", e.statusCode());
        if (http != null) meta.put("HTTPHeaders", headers(http));
        meta.put("RetryAttempts", retryAttempts);
        if (maxAttemptsReached) meta.put("MaxAttemptsReached", true);
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("Error", new AwsMap(error));
        response.put("ResponseMetadata", new AwsMap(meta));
        if (!e.sdkFields().isEmpty()) {
            toMap((SdkPojo) e).forEach(response::putIfAbsent);
        }
        return new AwsMap(response);
    }

    private static AwsMap headers(SdkHttpResponse http) {
        Map<String, Object> h = new TreeMap<>();
        for (Map.Entry<String, List<String>> e : http.headers().entrySet()) {
            h.put(e.getKey().toLowerCase(), String.join(", ", e.getValue()));
        }
        return new AwsMap(h);
    }

    /** An SDK object as boto3 would show it: absent members left out, values as plain Java. */
    public static AwsMap toMap(SdkPojo pojo) { return AwsMap.adopt(members(pojo)); }

    private static LinkedHashMap<String, Object> members(SdkPojo pojo) {
        LinkedHashMap<String, Object> out = new LinkedHashMap<>();
        Map<String, SdkField<?>> fields = MemberIndex.fields(pojo.getClass(), () -> pojo);
        for (Map.Entry<String, SdkField<?>> e : fields.entrySet()) {
            Object v = toJava(e.getValue().getValueOrDefault(pojo));
            if (v != null) out.put(e.getKey(), v);
        }
        return out;
    }

    private static Object toJava(Object v) {
        if (v == null || v instanceof SdkAutoConstructList<?> || v instanceof SdkAutoConstructMap<?, ?>) return null;
        if (v instanceof SdkPojo p) return toMap(p);
        if (v instanceof List<?> l) return Collections.unmodifiableList(l.stream().map(Responses::toJava).toList());
        if (v instanceof Map<?, ?> m) {
            LinkedHashMap<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, val) -> out.put(String.valueOf(k), toJava(val)));
            return AwsMap.adopt(out);
        }
        if (v instanceof SdkBytes b) return b.asByteArray();
        if (v instanceof Document d) return d.isNull() ? null : d.unwrap();
        return v;
    }
}
