package dev.awsjshell.errors;

/** The base of every error the toolkit raises itself (botocore's BotoCoreError): nothing was sent when one of these is thrown before a call. */
public class ToolkitError extends RuntimeException {
    public ToolkitError(String message) { super(message); }
    public ToolkitError(String message, Throwable cause) { super(message, cause); }
}
