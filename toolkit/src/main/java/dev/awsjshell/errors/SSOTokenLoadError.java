package dev.awsjshell.errors;

/** botocore's SSOTokenLoadError: no usable SSO token in the cache; the message says how to get one. */
public class SSOTokenLoadError extends SSOError {
    public SSOTokenLoadError(String errorMsg) { super("Error loading SSO Token: " + errorMsg); }
}
