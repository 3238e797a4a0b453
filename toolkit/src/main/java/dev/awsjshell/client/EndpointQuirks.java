package dev.awsjshell.client;

import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

import java.util.List;

/**
 * What an emulator behind an endpoint needs that AWS does not (the sandbox's S3Proxy, say). The emulator's package
 * implements it; the client factory applies it to every client it builds, sync and async.
 */
public interface EndpointQuirks {
    EndpointQuirks NONE = new EndpointQuirks() {};

    /** Interceptors added to every client of the service. */
    default List<ExecutionInterceptor> interceptors(String service) { return List.of(); }

    /** The object size from which managed transfers upload in parts, or null for the SDK's default. */
    default Long multipartThreshold(String service) { return null; }
}
