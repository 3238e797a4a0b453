package dev.awsjshell.errors;

/** botocore's PaginationError: a bad StartingToken, or a service that returned the same token twice. */
public class PaginationError extends ToolkitError {
    public PaginationError(String message) { super(message); }
}
