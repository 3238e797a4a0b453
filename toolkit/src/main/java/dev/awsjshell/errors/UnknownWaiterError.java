package dev.awsjshell.errors;

import java.util.Collection;

public class UnknownWaiterError extends UnknownNameError {
    public UnknownWaiterError(String service, String name, Collection<String> waiters) {
        super("waiter of " + service, name, waiters);
    }
}
