package dev.awsjshell.errors;

import java.util.regex.Pattern;

/** botocore's InvalidRegionError: a region name that is not a host label, refused before a client is made. */
public class InvalidRegionError extends ToolkitError {
    /** botocore's validate_region_name: a host label, not all digits, no dash at either end; empty is refused too. */
    private static final Pattern HOST_LABEL = Pattern.compile("^(?![0-9]+$)(?!-)[a-zA-Z0-9-]{1,63}(?<!-)$");

    private final String regionName;

    public InvalidRegionError(String regionName) {
        super("Provided region_name '" + regionName + "' doesn't match a supported format."
                + " A region is a name such as us-east-1 or eu-central-1: letters, digits and dashes.");
        this.regionName = regionName;
    }

    public String regionName() { return regionName; }

    /** Raises for a region name botocore would refuse; null (no region) passes. */
    public static void check(String regionName) {
        if (regionName != null && !HOST_LABEL.matcher(regionName).matches()) throw new InvalidRegionError(regionName);
    }
}
