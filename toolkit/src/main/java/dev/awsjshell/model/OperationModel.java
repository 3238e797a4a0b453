package dev.awsjshell.model;

import java.lang.reflect.Method;

/** One operation: boto3's snake_case name, the SDK's request and response classes and the client method to call. */
public record OperationModel(ServiceModel service, String name, String snakeName, Class<?> requestClass,
                             Class<?> responseClass, Method method, Kind kind) {
    public enum Kind { PLAIN, STREAMING_INPUT, STREAMING_OUTPUT }

    @Override public String toString() { return service.name() + "." + snakeName; }
}
