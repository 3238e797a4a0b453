package dev.awsjshell.display;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Masks what must never be shown: signatures, secret keys, session tokens; access key ids keep their first four
 * characters. The one list of secret names, used by every printer: the wire view, response text, notebook HTML.
 */
public final class Secrets {
    /** Member names whose values are secret, in responses and request bodies (XML and JSON). */
    public static final Set<String> KEYS = Set.of("SecretAccessKey", "SessionToken", "SecretKey", "Token", "Password",
            "SecretString", "SecretBinary", "secretAccessKey", "sessionToken", "clientSecret", "refreshToken", "accessToken", "idToken", "WebIdentityToken",
            "OldPassword", "NewPassword", "MasterUserPassword", "PrivateKey");
    /** Header names whose values are secret. */
    private static final Set<String> HEADERS = Set.of("x-amz-security-token", "x-amz-sso_bearer_token", "x-amz-server-side-encryption-customer-key");
    private static final Pattern SIGNATURE = Pattern.compile("(Signature=)[0-9a-fA-F]+");
    private static final Pattern CREDENTIAL = Pattern.compile("(Credential=|X-Amz-Credential=)([A-Z0-9]{4})[A-Z0-9]+");
    private static final Pattern QUERY_SECRET = Pattern.compile("((?:X-Amz-Signature|X-Amz-Security-Token|WebIdentityToken|TokenCode|SAMLAssertion)=)[^&\\s]+");
    private static final Pattern XML_SECRET = Pattern.compile("(<(" + String.join("|", KEYS) + ")>)[^<]*(</\\2>)");
    private static final Pattern JSON_SECRET = Pattern.compile("(\"(?:" + String.join("|", KEYS) + ")\"\\s*:\\s*\")[^\"]*(\")");
    /** A form-encoded body or query string (the query protocol: STS, IAM, SQS's query form...): {@code Password=...}. */
    private static final Pattern FORM_SECRET = Pattern.compile("((?:^|[?&])(?:" + String.join("|", KEYS) + ")=)[^&\\s]+");

    private Secrets() {}

    public static String maskKeyId(String keyId) {
        if (keyId == null) return "None";
        return keyId.length() <= 4 ? "****" : keyId.substring(0, 4) + "****";
    }

    public static String header(String name, String value) {
        String n = name.toLowerCase();
        if (HEADERS.contains(n) || n.contains("secret")) return "****";
        if (n.equals("authorization")) return SIGNATURE.matcher(CREDENTIAL.matcher(value).replaceAll("$1$2****")).replaceAll("$1****");
        return value;
    }

    public static String text(String text) {
        String t = QUERY_SECRET.matcher(text).replaceAll("$1****");
        t = CREDENTIAL.matcher(t).replaceAll("$1$2****");
        t = SIGNATURE.matcher(t).replaceAll("$1****");
        t = XML_SECRET.matcher(t).replaceAll("$1****$3");
        t = FORM_SECRET.matcher(t).replaceAll("$1****");
        return JSON_SECRET.matcher(t).replaceAll("$1****$2");
    }
}
