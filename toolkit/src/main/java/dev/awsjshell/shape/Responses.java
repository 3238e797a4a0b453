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
            Map<String, Object> m = new LinkedHashMap<>(toMap((SdkPojo) response));
            Long length = m.get("ContentLength") instanceof Long l ? l : null;
            m.put("Body", new StreamingBody(stream, length));
            m.put("ResponseMetadata", metadata(response, retryAttempts));
            return new AwsMap(m);
        }
        SdkResponse response = (SdkResponse) result;
        Map<String, Object> m = new LinkedHashMap<>(toMap((SdkPojo) response));
        m.put("ResponseMetadata", metadata(response, retryAttempts));
        return new AwsMap(m);
    }

    public static AwsMap metadata(SdkResponse response, int retryAttempts) {
        Map<String, Object> meta = new LinkedHashMap<>();
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
        return new AwsMap(meta);
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

    public static AwsMap errorResponse(AwsServiceException e, int retryAttempts) { return errorResponse(e, retryAttempts, false); }

    public static AwsMap errorResponse(AwsServiceException e, int retryAttempts, boolean maxAttemptsReached) {
        AwsErrorDetails details = e.awsErrorDetails();
        SdkHttpResponse http = details == null ? null : details.sdkHttpResponse();
        String code = details == null ? null : details.errorCode();
        if (code == null || code.isEmpty()) code = String.valueOf(e.statusCode());
        String message = details == null ? null : details.errorMessage();
        if (message == null) message = http == null ? "" : http.statusText().orElse("");
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("Code", code);
        error.put("Message", message);
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
    public static AwsMap toMap(SdkPojo pojo) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, SdkField<?>> fields = MemberIndex.fields(pojo.getClass(), () -> pojo);
        for (Map.Entry<String, SdkField<?>> e : fields.entrySet()) {
            Object v = toJava(e.getValue().getValueOrDefault(pojo));
            if (v != null) out.put(e.getKey(), v);
        }
        return new AwsMap(out);
    }

    private static Object toJava(Object v) {
        if (v == null || v instanceof SdkAutoConstructList<?> || v instanceof SdkAutoConstructMap<?, ?>) return null;
        if (v instanceof SdkPojo p) return toMap(p);
        if (v instanceof List<?> l) return Collections.unmodifiableList(l.stream().map(Responses::toJava).toList());
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, val) -> out.put(String.valueOf(k), toJava(val)));
            return new AwsMap(out);
        }
        if (v instanceof SdkBytes b) return b.asByteArray();
        if (v instanceof Document d) return d.isNull() ? null : d.unwrap();
        return v;
    }
}
