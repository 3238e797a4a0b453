package dev.awsjshell.session;

import dev.awsjshell.display.Secrets;
import dev.awsjshell.errors.ConfigParseError;

import java.util.Optional;

/** The few lines startup.jsh prints: what the default session will use, and how to set what is missing. */
public final class Banner {
    private Banner() {}

    public static String of(Session session) {
        StringBuilder b = new StringBuilder("aws-jshell: Aws.client(\"s3\"), Aws.session(), Config.of(...), Aws.wire(true)\n");
        if (session.isSandbox()) {
            b.append("  SANDBOX     local emulators, no AWS account needed: ");
            session.sandboxEndpoints().forEach((k, v) -> b.append(k).append('=').append(v).append(' '));
            b.append('\n');
        }
        String region = session.regionName();
        b.append("  region      ").append(region == null
                ? "none: set AWS_DEFAULT_REGION, or 'region = eu-central-1' under [default] in ~/.aws/config" : region).append('\n');
        b.append("  profile     ").append(session.profileName());
        try {
            if (!session.availableProfiles().isEmpty()) b.append("  (available: ").append(String.join(", ", session.availableProfiles())).append(')');
        } catch (ConfigParseError e) {
            if (!session.isSandbox()) throw e;
            b.append("  (the sandbox does not read it: ").append(e.getMessage()).append(')');
        }
        b.append('\n');
        b.append("  credentials ");
        try {
            Optional<Credentials> c = session.credentials();
            b.append(c.map(x -> x.method() + ", key " + Secrets.maskKeyId(x.accessKey()) + " (secret hidden)")
                    .orElse("none: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, add a profile to ~/.aws/credentials, or start with --sandbox"));
        } catch (RuntimeException e) {
            // a configured source that fails: say which and why (its message never holds a secret)
            b.append("error: ").append(e.getClass().getSimpleName()).append(": ").append(e.getMessage().strip().replace('\n', ' '));
        }
        b.append('\n');
        String envEndpoint = session.environment().get("AWS_ENDPOINT_URL");
        String endpoint = session.config().endpointUrl() != null ? session.config().endpointUrl()
                : envEndpoint != null ? envEndpoint + " (AWS_ENDPOINT_URL)"
                : session.isSandbox() ? "sandbox" : "AWS, per service and region";
        b.append("  endpoint    ").append(endpoint);
        return b.toString();
    }
}
