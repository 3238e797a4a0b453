package dev.awsjshell.errors;

/** botocore's NoRegionError, with how to fix it. */
public class NoRegionError extends ToolkitError {
    public NoRegionError(String service) {
        super("You must specify a region for " + service + ". Set AWS_DEFAULT_REGION, add 'region = ...' "
                + "to your profile in ~/.aws/config, or use Config.of(Map.of(\"region_name\", \"eu-central-1\")).");
    }
}
