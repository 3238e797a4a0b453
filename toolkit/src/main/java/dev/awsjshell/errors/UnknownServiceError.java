package dev.awsjshell.errors;

import java.util.Collection;

public class UnknownServiceError extends UnknownNameError {
    public UnknownServiceError(String name, Collection<String> services) { super("service", name, services); }
}
