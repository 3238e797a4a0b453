package dev.awsjshell.errors;

import java.util.Collection;

/** botocore's InvalidRetryConfigurationError: a key of Config's {@code retries} that botocore does not know. */
public class InvalidRetryConfigurationError extends InvalidConfigError {
    public InvalidRetryConfigurationError(String option, Collection<String> valid) {
        this("Cannot provide retry configuration for \"" + option + "\". Valid retry configuration options are: " + String.join(", ", valid));
    }

    protected InvalidRetryConfigurationError(String message) { super(message); }
}
