package dev.awsjshell.errors;

/** botocore's InvalidMaxRetryAttemptsError: a retry count that is not a whole number of at least the minimum. */
public class InvalidMaxRetryAttemptsError extends InvalidRetryConfigurationError {
    public InvalidMaxRetryAttemptsError(String option, Object value, int min) {
        super("Value provided to \"" + option + "\": " + value + " must be an integer greater than or equal to " + min + ".");
    }
}
