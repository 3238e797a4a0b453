package dev.awsjshell.errors;

/** botocore's ConnectionClosedError: the connection was closed or reset before a whole answer was read. */
public class ConnectionClosedError extends HttpClientError {
    public ConnectionClosedError(String endpointUrl, Throwable cause) {
        super("Connection was closed before we received a valid response from endpoint URL: \"" + endpointUrl + "\".", endpointUrl, cause);
    }
}
