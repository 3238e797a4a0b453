package dev.awsjshell.errors;

import java.util.Collection;

/** botocore's InvalidRetryModeError: a retry mode other than legacy, standard and adaptive. */
public class InvalidRetryModeError extends InvalidRetryConfigurationError {
    public InvalidRetryModeError(Object mode, Collection<String> valid) {
        super("Invalid value provided to \"mode\": \"" + mode + "\" must be one of: " + String.join(", ", valid));
    }
}
