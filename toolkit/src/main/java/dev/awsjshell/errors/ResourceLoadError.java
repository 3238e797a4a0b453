package dev.awsjshell.errors;

/** boto3's ResourceLoadException: an attribute was read on a resource that has no way to load its data. */
public class ResourceLoadError extends ToolkitError {
    public ResourceLoadError(String message) { super(message); }
}
