package dev.awsjshell.errors;

import java.util.Collection;

/**
 * botocore's ProfileNotFound: the profile named in code, by AWS_PROFILE or by AWS_DEFAULT_PROFILE is in neither the
 * config nor the credentials file. The message is botocore's, then the closest profile names.
 */
public class ProfileNotFound extends UnknownNameError {
    public ProfileNotFound(String name, Collection<String> profiles) {
        super(name, profiles, "The config profile (" + name + ") could not be found." + (profiles.isEmpty()
                ? " The config and credentials files have no profile."
                : message("profile", name, profiles).substring(("Unknown profile: '" + name + "'.").length())));
    }
}
