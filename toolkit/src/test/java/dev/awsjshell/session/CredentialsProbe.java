package dev.awsjshell.session;

import dev.awsjshell.errors.ClientError;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Run in a child JVM by scripts/dev/compare-credentials.py, beside the same case in boto3: prints one JSON line with
 * what a session resolved (region, profile, credentials' method and key id) or the error it raised.
 * Arguments: {@code --profile=NAME}, {@code --call} (an S3 list_buckets through a client), {@code --mfa=CODE}.
 */
public final class CredentialsProbe {
    public static void main(String[] args) throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        String profile = null;
        boolean call = false;
        String mfa = "000000";
        for (String a : args) {
            if (a.startsWith("--profile=")) profile = a.substring(10);
            if (a.equals("--call")) call = true;
            if (a.startsWith("--mfa=")) mfa = a.substring(6);
        }
        String code = mfa;
        try {
            Session.Builder b = Session.builder().mfaPrompter(serial -> code);
            if (profile != null) b.profileName(profile);
            Session session = b.build();
            out.put("profile", session.profileName());
            out.put("region", session.regionName());
            if (call) {
                var r = session.client("s3").call("list_buckets");
                out.put("call", r.map("ResponseMetadata").get("HTTPStatusCode"));
            }
            var c = session.credentials();
            out.put("method", c.map(Credentials::method).orElse(null));
            out.put("access_key", c.map(Credentials::accessKey).orElse(null));
        } catch (RuntimeException e) {
            out.put("error", e.getClass().getSimpleName());
            out.put("message", e.getMessage());
            if (e instanceof ClientError ce) out.put("code", ce.code());
        }
        System.out.println("RESULT " + new ObjectMapper().writeValueAsString(out));
    }
}
