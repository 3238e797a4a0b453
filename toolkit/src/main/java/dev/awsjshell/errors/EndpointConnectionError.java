package dev.awsjshell.errors;

/** botocore's EndpointConnectionError: no connection could be made (refused, no route, unknown host). */
public class EndpointConnectionError extends HttpClientError {
    public EndpointConnectionError(String endpointUrl, Throwable cause) {
        super("Could not connect to the endpoint URL: \"" + endpointUrl + "\"", endpointUrl, cause);
    }
}
