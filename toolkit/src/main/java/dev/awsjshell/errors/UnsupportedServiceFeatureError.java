package dev.awsjshell.errors;

/** A client method that only some services have (S3's presigned URLs and transfers), called on another service. */
public class UnsupportedServiceFeatureError extends ToolkitError {
    public UnsupportedServiceFeatureError(String message) { super(message); }
}
