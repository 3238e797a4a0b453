package dev.awsjshell.errors;

import java.util.Collection;

/** botocore's ProfileNotFound: the profile is in neither the config nor the credentials file. */
public class ProfileNotFound extends UnknownNameError {
    public ProfileNotFound(String name, Collection<String> profiles) { super("profile", name, profiles); }
}
