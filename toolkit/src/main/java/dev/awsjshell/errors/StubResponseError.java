package dev.awsjshell.errors;

/** botocore's StubResponseError: a stubbed client was called for an operation other than the next stubbed one. */
public class StubResponseError extends ToolkitError {
    private final String operationName;

    public StubResponseError(String operationName, String reason) {
        super("Error getting response stub for operation " + operationName + ": " + reason);
        this.operationName = operationName;
    }

    public String operationName() { return operationName; }
}
