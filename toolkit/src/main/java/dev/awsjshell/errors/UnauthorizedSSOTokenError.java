package dev.awsjshell.errors;

/** botocore's UnauthorizedSSOTokenError: the cached SSO token has expired or SSO refused it. */
public class UnauthorizedSSOTokenError extends SSOError {
    public UnauthorizedSSOTokenError(String howToRenew) {
        super("The SSO session associated with this profile has expired or is otherwise invalid. To refresh this SSO "
                + "session run " + howToRenew + ".");
    }
}
