package dev.awsjshell.errors;

import java.util.Collection;

public class UnknownOperationError extends UnknownNameError {
    public UnknownOperationError(String service, String name, Collection<String> operations) {
        super("operation of " + service, name, operations);
    }
}
