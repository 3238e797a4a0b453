package dev.awsjshell.client;

import dev.awsjshell.config.Config;
import dev.awsjshell.model.ServiceModel;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.profiles.ProfileFile;

import java.net.URI;
import java.nio.file.Path;

/**
 * Everything a session decides for one service's clients: the one input of {@link ClientFactory}, so that the sync
 * client, the async client and the presigner of a service are configured alike.
 *
 * @param regionName the session's region (Config, session, environment, profile), or null: the factory then applies
 *                   botocore's fallbacks for global services
 * @param endpoint   the sandbox's or Config's endpoint, or null for the SDK's own resolution
 * @param caBundle   the PEM file of the certificates to trust ({@code AWS_CA_BUNDLE}, the profile's {@code ca_bundle},
 *                   a client's {@code verify="path"}), or null for the JVM's trust store
 * @param verify     false for boto3's {@code verify=False}: certificates are not checked
 * @param useSsl     false for boto3's {@code use_ssl=False}: AWS's own endpoints over plain HTTP
 */
public record ClientSpec(ServiceModel service, Config config, String regionName, URI endpoint,
                         AwsCredentialsProvider credentials, ProfileFile profileFile, String profileName, EndpointQuirks quirks,
                         Path caBundle, boolean verify, boolean useSsl) {
    public ClientSpec {
        if (quirks == null) quirks = EndpointQuirks.NONE;
    }

    public ClientSpec(ServiceModel service, Config config, String regionName, URI endpoint,
                      AwsCredentialsProvider credentials, ProfileFile profileFile, String profileName, EndpointQuirks quirks, Path caBundle) {
        this(service, config, regionName, endpoint, credentials, profileFile, profileName, quirks, caBundle, true, true);
    }

    /** The same spec with boto3's client keywords over it: keys, verify, use_ssl. */
    public ClientSpec with(AwsCredentialsProvider keys, Path caBundle, boolean verify, boolean useSsl) {
        return new ClientSpec(service, config, regionName, endpoint, keys == null ? credentials : keys, profileFile, profileName, quirks,
                caBundle == null ? this.caBundle : caBundle, verify, useSsl);
    }

    public ClientSpec(ServiceModel service, Config config, String regionName, URI endpoint,
                      AwsCredentialsProvider credentials, ProfileFile profileFile, String profileName, EndpointQuirks quirks) {
        this(service, config, regionName, endpoint, credentials, profileFile, profileName, quirks, null);
    }

    @Override public String toString() {
        return "ClientSpec(" + service.name() + ", region=" + regionName + ", endpoint=" + endpoint + ", profile=" + profileName + (caBundle == null ? "" : ", ca_bundle=" + caBundle) + ")";
    }
}
