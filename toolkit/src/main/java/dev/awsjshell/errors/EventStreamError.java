package dev.awsjshell.errors;

import dev.awsjshell.response.AwsMap;

/** botocore's EventStreamError: the service sent an error inside an event stream, after the response had begun. */
public class EventStreamError extends ClientError {
    public EventStreamError(String operation, AwsMap response, Throwable cause) { super(operation, response, cause); }
}
