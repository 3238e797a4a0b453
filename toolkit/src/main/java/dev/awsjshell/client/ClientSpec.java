package dev.awsjshell.client;

import dev.awsjshell.config.Config;
import dev.awsjshell.model.ServiceModel;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.profiles.ProfileFile;

import java.net.URI;

/**
 * Everything a session decides for one service's clients: the one input of {@link ClientFactory}, so that the sync
 * client, the async client and the presigner of a service are configured alike.
 *
 * @param regionName the session's region (Config, session, environment, profile), or null: the factory then applies
 *                   botocore's fallbacks for global services
 * @param endpoint   the sandbox's or Config's endpoint, or null for the SDK's own resolution
 */
public record ClientSpec(ServiceModel service, Config config, String regionName, URI endpoint,
                         AwsCredentialsProvider credentials, ProfileFile profileFile, String profileName, EndpointQuirks quirks) {
    public ClientSpec {
        if (quirks == null) quirks = EndpointQuirks.NONE;
    }

    @Override public String toString() {
        return "ClientSpec(" + service.name() + ", region=" + regionName + ", endpoint=" + endpoint + ", profile=" + profileName + ")";
    }
}
