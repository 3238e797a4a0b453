package dev.awsjshell.errors;

import dev.awsjshell.response.AwsMap;

import java.util.Map;

/**
 * botocore's ClientError: the service answered with an error. {@link #response()} is the dict boto3 gives,
 * {@code {Error: {Code, Message}, ResponseMetadata: {RequestId, HTTPStatusCode, ...}}}.
 */
public class ClientError extends ToolkitError {
    private final String operation;
    private final AwsMap response;

    public ClientError(String operation, AwsMap response, Throwable cause) {
        super("An error occurred (" + code(response) + ") when calling the " + operation + " operation" + retries(response) + ": "
                + response.map("Error").getOrDefault("Message", ""), cause);
        this.operation = operation;
        this.response = response;
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
