package dev.awsjshell.display;

import java.util.regex.Pattern;

/** Masks what must never be shown: signatures, secret keys, session tokens; access key ids keep their first four characters. */
public final class Secrets {
    private static final Pattern SIGNATURE = Pattern.compile("(Signature=)[0-9a-fA-F]+");
    private static final Pattern CREDENTIAL = Pattern.compile("(Credential=|X-Amz-Credential=)([A-Z0-9]{4})[A-Z0-9]+");
    private static final Pattern QUERY_SECRET = Pattern.compile("((?:X-Amz-Signature|X-Amz-Security-Token|WebIdentityToken|TokenCode|SAMLAssertion)=)[^&\\s]+");
    private static final Pattern XML_SECRET = Pattern.compile("(<(SecretAccessKey|SessionToken|SecretKey|Token)>)[^<]*(</\\2>)");
    private static final Pattern JSON_SECRET = Pattern.compile("(\"(?:SecretAccessKey|SessionToken|secretAccessKey|sessionToken|SecretKey|Password|accessToken|refreshToken|clientSecret)\"\\s*:\\s*\")[^\"]*(\")");

    private Secrets() {}

    public static String maskKeyId(String keyId) {
        if (keyId == null) return "None";
        return keyId.length() <= 4 ? "****" : keyId.substring(0, 4) + "****";
    }

    public static String header(String name, String value) {
        String n = name.toLowerCase();
        if (n.equals("x-amz-security-token") || n.equals("x-amz-sso_bearer_token") || n.contains("secret") || n.equals("x-amz-server-side-encryption-customer-key")) return "****";
        if (n.equals("authorization")) return SIGNATURE.matcher(CREDENTIAL.matcher(value).replaceAll("$1$2****")).replaceAll("$1****");
        return value;
    }

    public static String text(String text) {
        String t = QUERY_SECRET.matcher(text).replaceAll("$1****");
        t = CREDENTIAL.matcher(t).replaceAll("$1$2****");
        t = SIGNATURE.matcher(t).replaceAll("$1****");
        t = XML_SECRET.matcher(t).replaceAll("$1****$3");
        return JSON_SECRET.matcher(t).replaceAll("$1****$2");
    }
}
