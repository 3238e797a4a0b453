package dev.awsjshell.services.s3;

import dev.awsjshell.client.AwsClient;
import dev.awsjshell.client.ClientCustomization;
import dev.awsjshell.client.ClientSpec;

/** Makes {@code Aws.client("s3")} an {@link S3AwsClient}. */
public final class S3ClientCustomization implements ClientCustomization {
    @Override public String service() { return "s3"; }

    @Override public AwsClient newClient(ClientSpec spec) { return new S3AwsClient(spec); }

    @Override public String toString() { return "ClientCustomization(" + service() + ")"; }
}
