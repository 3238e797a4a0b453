package dev.awsjshell;

/** botocore's {@code client.meta}: what a client talks to and how. */
public record ClientMeta(String serviceName, String sdkClient, String regionName, String endpointUrl, Config config, Session session) {
    @Override public String toString() {
        return "ClientMeta(service_name=" + serviceName + ", region_name=" + regionName + ", endpoint_url="
                + (endpointUrl == null ? "(resolved by the SDK per region)" : endpointUrl) + ", config=" + config + ", sdk=" + sdkClient + ")";
    }
}
