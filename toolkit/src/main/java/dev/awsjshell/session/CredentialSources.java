package dev.awsjshell.session;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.InstanceProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.auth.credentials.SystemPropertyCredentialsProvider;
import software.amazon.awssdk.auth.credentials.WebIdentityTokenFileCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.useragent.BusinessMetricFeatureId;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileFileLocation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The credential chain of a session, made of the SDK's own providers in boto3's order, and the name of the source that
 * answered (botocore's {@code Credentials.method}).
 */
public final class CredentialSources {
    private CredentialSources() {}

    public static AwsCredentialsProvider provider(Session session) {
        if (session.explicitAccessKeyId() != null) {
            AwsCredentials c = session.explicitSessionToken() == null
                    ? AwsBasicCredentials.create(session.explicitAccessKeyId(), session.explicitSecretAccessKey())
                    : AwsSessionCredentials.create(session.explicitAccessKeyId(), session.explicitSecretAccessKey(), session.explicitSessionToken());
            return StaticCredentialsProvider.create(c);
        }
        if (session.isSandbox()) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create("sandbox", "sandbox-secret"));
        }
        List<AwsCredentialsProvider> chain = new ArrayList<>();
        // botocore: an explicitly chosen profile takes precedence over the environment's keys.
        if (!session.profileIsExplicit()) {
            chain.add(SystemPropertyCredentialsProvider.create());
            chain.add(EnvironmentVariableCredentialsProvider.create());
            chain.add(WebIdentityTokenFileCredentialsProvider.create());
        }
        ProfileFile profiles = session.profileFile();
        String profile = session.profileName();
        if (profiles.profile(profile).isPresent()) {
            chain.add(ProfileCredentialsProvider.builder().profileFile(profiles).profileName(profile).build());
        }
        chain.add(ContainerCredentialsProvider.builder().build());
        // The instance metadata service is asked only on EC2: elsewhere the call would wait for a timeout.
        if (onEc2()) chain.add(InstanceProfileCredentialsProvider.builder().profileFile(profiles).profileName(profile).build());
        return AwsCredentialsProviderChain.builder().credentialsProviders(chain).reuseLastProviderEnabled(true).build();
    }

    public static Optional<Credentials> resolve(Session session) {
        AwsCredentials c;
        try {
            c = session.credentialsProvider().resolveCredentials();
        } catch (SdkClientException e) {
            return Optional.empty();
        }
        String token = c instanceof AwsSessionCredentials s ? s.sessionToken() : null;
        return Optional.of(new Credentials(c.accessKeyId(), c.secretAccessKey(), token, method(session, c)));
    }

    private static String method(Session session, AwsCredentials c) {
        if (session.explicitAccessKeyId() != null) return "explicit";
        if (session.isSandbox()) return "sandbox";
        Set<String> sources = sources(c.providerName().orElse(""));
        if (sources.stream().anyMatch(s -> s.contains("WEB_ID"))) return "assume-role-with-web-identity";
        if (sources.contains("CREDENTIALS_STS_ASSUME_ROLE")) return "assume-role";
        if (sources.stream().anyMatch(s -> s.contains("SSO"))) return "sso";
        if (sources.stream().anyMatch(s -> s.contains("PROCESS"))) return "custom-process";
        if (sources.contains("CREDENTIALS_HTTP")) return "container-role";
        if (sources.contains("CREDENTIALS_IMDS")) return "iam-role";
        if (sources.contains("CREDENTIALS_ENV_VARS")) return "env";
        if (sources.contains("CREDENTIALS_JVM_SYSTEM_PROPERTIES")) return "jvm-system-properties";
        if (sources.contains("CREDENTIALS_PROFILE")) return inCredentialsFile(session) ? "shared-credentials-file" : "config-file";
        return String.join(",", sources);
    }

    /** The SDK names the providers behind a set of credentials by its user-agent feature ids; their names tell the source. */
    private static Set<String> sources(String providerName) {
        Set<String> codes = Set.of(providerName.split(","));
        Set<String> names = new TreeSet<>();
        for (BusinessMetricFeatureId id : BusinessMetricFeatureId.values()) {
            if (codes.contains(id.value())) names.add(id.name());
        }
        return names;
    }

    private static boolean inCredentialsFile(Session session) {
        Optional<Path> location = ProfileFileLocation.credentialsFileLocation();
        if (location.isEmpty()) return false;
        ProfileFile credentialsOnly = ProfileFile.builder().content(location.get()).type(ProfileFile.Type.CREDENTIALS).build();
        return credentialsOnly.profile(session.profileName()).flatMap(p -> p.property("aws_access_key_id")).isPresent();
    }

    private static boolean onEc2() {
        if (System.getenv("AWS_EC2_METADATA_DISABLED") != null) return !Boolean.parseBoolean(System.getenv("AWS_EC2_METADATA_DISABLED"));
        for (String f : List.of("/sys/class/dmi/id/board_vendor", "/sys/class/dmi/id/sys_vendor", "/sys/hypervisor/uuid")) {
            try {
                String v = Files.readString(Path.of(f)).trim().toLowerCase();
                if (v.contains("amazon") || v.startsWith("ec2")) return true;
            } catch (Exception ignored) {
                // not readable here: look at the next hint
            }
        }
        return false;
    }
}
