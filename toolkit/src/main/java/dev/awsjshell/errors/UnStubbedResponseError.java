package dev.awsjshell.errors;

/** botocore's UnStubbedResponseError: a stubbed client was called with no stubbed response left. */
public class UnStubbedResponseError extends StubAssertionError {
    public UnStubbedResponseError(String operationName, String reason) { super(operationName, reason); }
}
