package dev.awsjshell.model;

import java.lang.reflect.Method;

/**
 * One operation: boto3's snake_case name, the SDK's request and response classes and the client method to call. An
 * {@code EVENT_STREAM} operation's method is on the SDK's async client (the only one that has it); its output's stream
 * member is {@link #eventStreamMember()}.
 */
public record OperationModel(ServiceModel service, String name, String snakeName, Class<?> requestClass,
                             Class<?> responseClass, Method method, Kind kind) {
    public enum Kind { PLAIN, STREAMING_INPUT, STREAMING_OUTPUT, EVENT_STREAM }

    /** The member of the response that holds the events, as boto3 names it ({@code stream}, {@code EventStream}, ...). */
    public String eventStreamMember() { return EventStreams.member(service.name(), snakeName); }

    @Override public String toString() { return service.name() + "." + snakeName; }
}
