package dev.awsjshell.errors;

/** botocore's TokenRetrievalError: an SSO session's token has expired and could not be refreshed. */
public class TokenRetrievalError extends ToolkitError {
    public TokenRetrievalError(String provider, String errorMsg) {
        super("Error when retrieving token from " + provider + ": " + errorMsg);
    }
}
