package dev.awsjshell.errors;

/** botocore's ConnectTimeoutError: no connection within Config's connect_timeout. */
public class ConnectTimeoutError extends HttpClientError {
    public ConnectTimeoutError(String endpointUrl, Throwable cause) {
        super("Connect timeout on endpoint URL: \"" + endpointUrl + "\"", endpointUrl, cause);
    }
}
