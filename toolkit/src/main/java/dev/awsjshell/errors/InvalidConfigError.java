package dev.awsjshell.errors;

import java.util.Collection;

/** A Config key or value that botocore's Config would not take either. */
public class InvalidConfigError extends ToolkitError {
    public InvalidConfigError(String message) { super(message); }

    public static InvalidConfigError unknownKey(String where, String key, Collection<String> valid) {
        return new InvalidConfigError(UnknownNameError.message("Config key" + where, key, valid));
    }
}
