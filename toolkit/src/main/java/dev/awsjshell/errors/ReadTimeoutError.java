package dev.awsjshell.errors;

/** botocore's ReadTimeoutError: the service did not answer within Config's read_timeout. */
public class ReadTimeoutError extends HttpClientError {
    public ReadTimeoutError(String endpointUrl, Throwable cause) {
        super("Read timeout on endpoint URL: \"" + endpointUrl + "\"", endpointUrl, cause);
    }
}
