package dev.awsjshell.errors;

import dev.awsjshell.response.AwsMap;

import java.util.Map;

/**
 * botocore's ClientError: the service answered with an error. {@link #response()} is the dict boto3 gives,
 * {@code {Error: {Code, Message}, ResponseMetadata: {RequestId, HTTPStatusCode, ...}}}. The message is boto3's line and
 * a second one with the HTTP status and the request id (for AWS support); {@link #errorLine()} is boto3's line alone.
 * The SDK's exception is kept aside ({@link #sdkException()}), not as the cause, so that JShell and the notebook kernel
 * print the error and where the caller's code raised it, not the SDK's frames; {@link #fullTrace()} has them all.
 */
public class ClientError extends ToolkitError {
    private final String operation;
    private final AwsMap response;

    public ClientError(String operation, AwsMap response, Throwable sdkException) {
        super(line(operation, response) + "\n" + status(response), sdkException);
        this.operation = operation;
        this.response = response;
    }

    /** boto3's {@code str(e)}: {@code An error occurred (NoSuchBucket) when calling the ListObjectsV2 operation: ...}. */
    public String errorLine() { return line(operation, response); }

    private static String line(String operation, AwsMap response) {
        return "An error occurred (" + code(response) + ") when calling the " + operation + " operation" + retries(response) + ": "
                + response.map("Error").getOrDefault("Message", "");
    }

    private static String status(AwsMap response) {
        Map<String, Object> meta = response.map("ResponseMetadata");
        Object id = meta.get("RequestId");
        return "HTTP " + meta.getOrDefault("HTTPStatusCode", "?") + (id == null ? "" : ", request id " + id)
                + "; Aws.lastError() shows the whole trace";
    }

    public String operation() { return operation; }
    public AwsMap response() { return response; }
    public String code() { return code(response); }
    public String errorMessage() { return String.valueOf(response.map("Error").getOrDefault("Message", "")); }
    public int statusCode() { return ((Number) response.map("ResponseMetadata").getOrDefault("HTTPStatusCode", 0)).intValue(); }
    public String requestId() { return (String) response.map("ResponseMetadata").get("RequestId"); }

    /** True if the error code is {@code code}: {@code e.is("NoSuchBucket")}. */
    public boolean is(String code) { return code.equals(code()); }

    /** botocore's " (reached max retries: N)", where the retry mode gave up. */
    private static String retries(Map<String, Object> response) {
        Object meta = response.get("ResponseMetadata");
        if (!(meta instanceof Map<?, ?> m) || !Boolean.TRUE.equals(m.get("MaxAttemptsReached"))) return "";
        return " (reached max retries: " + m.get("RetryAttempts") + ")";
    }

    private static String code(Map<String, Object> response) {
        Object error = response.get("Error");
        return error instanceof Map<?, ?> m ? String.valueOf(m.get("Code")) : "Unknown";
    }
}
