package dev.awsjshell.session;

import dev.awsjshell.display.Secrets;

/**
 * botocore's Credentials: the keys a session found and the method that found them
 * ({@code explicit}, {@code env}, {@code shared-credentials-file}, {@code config-file}, {@code assume-role}, ...).
 * The secret and the token never appear in {@link #toString()}.
 */
public final class Credentials {
    private final String accessKey;
    private final String secretKey;
    private final String token;
    private final String method;

    public Credentials(String accessKey, String secretKey, String token, String method) {
        this.accessKey = accessKey;
        this.secretKey = secretKey;
        this.token = token;
        this.method = method;
    }

    public String accessKey() { return accessKey; }
    public String secretKey() { return secretKey; }
    public String token() { return token; }
    public String method() { return method; }

    @Override public String toString() {
        return "Credentials(access_key=" + Secrets.maskKeyId(accessKey) + ", secret_key=****"
                + (token == null ? "" : ", token=****") + ", method=" + method + ")";
    }
}
