package dev.awsjshell.client;

import dev.awsjshell.config.Config;

/**
 * botocore's {@code client.meta}: what a client talks to and how; {@code requestsSent}: the HTTP requests (retries
 * included) the client had sent when this was taken, to see what a resource or collection costs.
 */
public record ClientMeta(String serviceName, String sdkClient, String regionName, String endpointUrl, Config config, long requestsSent) {
    @Override public String toString() {
        return "ClientMeta(service_name=" + serviceName + ", region_name=" + regionName + ", endpoint_url="
                + (endpointUrl == null ? "(resolved by the SDK per region)" : Config.maskUserInfo(endpointUrl)) + ", config=" + config + ", sdk=" + sdkClient + ")";
    }
}
