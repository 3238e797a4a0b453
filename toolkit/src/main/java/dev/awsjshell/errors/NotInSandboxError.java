package dev.awsjshell.errors;

import java.util.Collection;

/** A service the sandbox does not run: refused before any request, so that nothing ever goes to real AWS. */
public class NotInSandboxError extends ToolkitError {
    public NotInSandboxError(String service, Collection<String> sandboxServices) {
        super("'" + service + "' is not in the sandbox, which runs " + String.join(", ", sandboxServices.stream().sorted().toList())
                + ". For other services, start an external emulator (LocalStack, Floci or moto on port 4566) and run without "
                + "the sandbox, with AWS_ENDPOINT_URL=http://localhost:4566.");
    }
}
