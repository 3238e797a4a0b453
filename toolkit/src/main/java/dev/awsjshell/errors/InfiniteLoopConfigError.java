package dev.awsjshell.errors;

import java.util.List;

/** botocore's InfiniteLoopConfigError: a chain of source_profile settings comes back to a profile already visited. */
public class InfiniteLoopConfigError extends InvalidConfigError {
    public InfiniteLoopConfigError(String sourceProfile, List<String> visitedProfiles) {
        super("Infinite loop in credential configuration detected. Attempting to load from profile " + sourceProfile
                + " which has already been visited. Visited profiles: " + visitedProfiles);
    }
}
