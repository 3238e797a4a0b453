package dev.awsjshell.errors;

/** botocore's SSOError: the base of the errors of IAM Identity Center (SSO) credentials. */
public class SSOError extends ToolkitError {
    public SSOError(String message) { super(message); }
    public SSOError(String message, Throwable cause) { super(message, cause); }
}
