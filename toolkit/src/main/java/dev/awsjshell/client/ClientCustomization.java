package dev.awsjshell.client;

/**
 * A service's own client class, as boto3 injects S3's transfer methods into its S3 client: found with
 * {@link java.util.ServiceLoader} (listed in {@code META-INF/services}), so this package names no service.
 */
public interface ClientCustomization {
    /** boto3's service name: {@code s3}. */
    String service();

    /** The client for a spec of that service, a subclass of {@link AwsClient}. */
    AwsClient newClient(ClientSpec spec);
}
