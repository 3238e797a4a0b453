package dev.awsjshell.session;

import dev.awsjshell.config.Config;
import dev.awsjshell.errors.InvalidConfigError;
import dev.awsjshell.errors.UnknownNameError;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * boto3's {@code Session.client(...)} keyword arguments: {@code Aws.client("s3", Map.of("region_name", "eu-west-1",
 * "verify", false))}. Region and endpoint_url go into the client's Config (over the {@code config} given, as botocore
 * resolves them); the keys, verify and use_ssl into its spec.
 */
record ClientKeywords(Config config, AwsCredentialsProvider keys, Path caBundle, boolean verify, boolean useSsl) {
    static final List<String> VALID = List.of("region_name", "api_version", "use_ssl", "verify", "endpoint_url", "aws_access_key_id",
            "aws_secret_access_key", "aws_session_token", "config", "aws_account_id");

    @SuppressWarnings("unchecked")
    static ClientKeywords of(Map<String, ?> keywords) {
        for (String k : keywords.keySet()) {
            if (!VALID.contains(k)) throw new UnknownNameError("keyword argument of Session.client()", k, VALID);
        }
        Object given = keywords.get("config");
        Config config = given == null ? Config.empty() : given instanceof Config c ? c : given instanceof Map<?, ?> m ? Config.of((Map<String, ?>) m)
                : fail("config must be a Config or a map of Config keys, got " + given);
        Config.Builder own = Config.builder();
        if (keywords.get("region_name") != null) own.regionName(string(keywords, "region_name"));
        if (keywords.get("endpoint_url") != null) own.endpointUrl(string(keywords, "endpoint_url"));
        if (keywords.get("api_version") != null) {
            fail("api_version cannot be chosen: the AWS SDK for Java v2 has one API version of each service (botocore's latest)");
        }
        String keyId = string(keywords, "aws_access_key_id");
        String secret = string(keywords, "aws_secret_access_key");
        String token = string(keywords, "aws_session_token");
        String account = string(keywords, "aws_account_id");
        if ((keyId == null) != (secret == null)) fail("Give both aws_access_key_id and aws_secret_access_key, or neither");
        if (keyId == null && (token != null || account != null)) fail("aws_session_token and aws_account_id need aws_access_key_id and aws_secret_access_key");
        AwsCredentialsProvider keys = keyId == null ? null : StaticCredentialsProvider.create(token == null
                ? AwsBasicCredentials.builder().accessKeyId(keyId).secretAccessKey(secret).accountId(account).build()
                : AwsSessionCredentials.builder().accessKeyId(keyId).secretAccessKey(secret).sessionToken(token).accountId(account).build());
        Object verify = keywords.get("verify");
        Path caBundle = null;
        if (verify instanceof String path) {
            caBundle = Path.of(path);
            if (!Files.isRegularFile(caBundle)) fail("verify names a CA bundle that is not a file: " + path);
        } else if (verify != null && !(verify instanceof Boolean)) {
            fail("verify must be true, false or the path of a CA bundle, got " + verify);
        }
        Object useSsl = keywords.get("use_ssl");
        if (useSsl != null && !(useSsl instanceof Boolean)) fail("use_ssl must be true or false, got " + useSsl);
        return new ClientKeywords(config.merge(own.build()), keys, caBundle, !Boolean.FALSE.equals(verify), !Boolean.FALSE.equals(useSsl));
    }

    private static String string(Map<String, ?> keywords, String key) {
        Object v = keywords.get(key);
        if (v == null || v instanceof String) return (String) v;
        return fail(key + " must be a String, got " + v.getClass().getSimpleName());
    }

    private static <T> T fail(String message) { throw new InvalidConfigError(message); }

    @Override public String toString() { return "ClientKeywords(config=" + config + ", verify=" + verify + ", use_ssl=" + useSsl + ")"; }
}
