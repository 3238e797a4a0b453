package dev.awsjshell.errors;

/** botocore's CredentialRetrievalError: a configured source (a process, the container endpoint, STS, SSO) failed to give keys. */
public class CredentialRetrievalError extends ToolkitError {
    private final String provider;

    public CredentialRetrievalError(String provider, String errorMsg) { this(provider, errorMsg, null); }

    public CredentialRetrievalError(String provider, String errorMsg, Throwable cause) {
        super("Error when retrieving credentials from " + provider + ": " + errorMsg, cause);
        this.provider = provider;
    }

    public String provider() { return provider; }
}
