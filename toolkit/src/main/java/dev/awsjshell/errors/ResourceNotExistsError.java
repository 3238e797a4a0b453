package dev.awsjshell.errors;

import java.util.Collection;

/** boto3's ResourceNotExistsError: the service has no resource interface; says which services have one. */
public class ResourceNotExistsError extends UnknownNameError {
    public ResourceNotExistsError(String name, Collection<String> services) { super("resource service", name, services); }

    /** OpsWorks Stacks is retired and the SDK no longer has its client, so its boto3 resource cannot be offered. */
    public static ResourceNotExistsError retired(String name, Collection<String> services) {
        return new ResourceNotExistsError(name, services) {
            @Override public String getMessage() {
                return "The '" + name + "' resource is not offered: AWS retired OpsWorks Stacks and the AWS SDK for Java v2 "
                        + "no longer has its client. Resource services: " + String.join(", ", services);
            }
        };
    }
}
