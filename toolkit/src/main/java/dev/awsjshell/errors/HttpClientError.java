package dev.awsjshell.errors;

/**
 * botocore's HTTPClientError and ConnectionError family: the request could not be sent or its answer not read
 * (after the retries the retry mode allows). The subclasses carry botocore's messages.
 */
public class HttpClientError extends ToolkitError {
    private final String endpointUrl;

    public HttpClientError(String message, String endpointUrl, Throwable cause) {
        super(message, cause);
        this.endpointUrl = endpointUrl;
    }

    public String endpointUrl() { return endpointUrl; }
}
