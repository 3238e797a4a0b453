package dev.awsjshell.errors;

import dev.awsjshell.response.AwsMap;

/** botocore's WaiterError: the waiter gave up or hit a failure state; carries the last response it saw. */
public class WaiterError extends ToolkitError {
    private final String waiterName;
    private final AwsMap lastResponse;

    public WaiterError(String waiterName, String reason, AwsMap lastResponse, Throwable cause) {
        super("Waiter " + waiterName + " failed: " + reason, cause);
        this.waiterName = waiterName;
        this.lastResponse = lastResponse;
    }

    public String waiterName() { return waiterName; }
    /** The last response (or error response) the waiter saw; empty if none was received. */
    public AwsMap lastResponse() { return lastResponse; }
}
