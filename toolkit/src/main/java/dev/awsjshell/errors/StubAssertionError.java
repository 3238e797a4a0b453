package dev.awsjshell.errors;

/** botocore's StubAssertionError: a stubbed call's parameters are not the expected ones. */
public class StubAssertionError extends StubResponseError {
    public StubAssertionError(String operationName, String reason) { super(operationName, reason); }
}
