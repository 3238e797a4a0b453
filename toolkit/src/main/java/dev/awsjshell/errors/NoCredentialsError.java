package dev.awsjshell.errors;

/** botocore's NoCredentialsError, with how to fix it. */
public class NoCredentialsError extends ToolkitError {
    public NoCredentialsError(String detail) {
        super("Unable to locate credentials. Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, put a profile in "
                + "~/.aws/credentials, or pass them with Aws.session().accessKeyId(..).secretAccessKey(..)."
                + (detail == null ? "" : " (" + detail + ")"));
    }
}
