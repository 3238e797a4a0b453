package dev.awsjshell.services.s3;

import dev.awsjshell.errors.ParamValidationError;
import dev.awsjshell.response.Json;

import software.amazon.awssdk.http.auth.aws.internal.signer.CredentialScope;
import software.amazon.awssdk.http.auth.aws.internal.signer.util.SignerUtils;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;
import software.amazon.awssdk.utils.BinaryUtils;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * botocore's {@code S3PostPresigner} with {@code S3SigV4PostAuth}: the policy document of a browser POST upload and
 * its SigV4 signature. The SDK has no POST presigner; the signing key is derived and the policy signed by the SDK's
 * own SigV4 helpers ({@code SignerUtils.deriveSigningKey}, {@code computeSignature}, from its internal package).
 */
final class PresignedPost {
    private static final DateTimeFormatter EXPIRATION = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private PresignedPost() {}

    /** boto3's {@code {"url": ..., "fields": {...}}}, fields in boto3's order. */
    static Map<String, Object> sign(String url, String bucket, String key, Map<String, ?> fields, List<?> conditions, long expiresIn,
                                    AwsCredentialsIdentity identity, String region, Instant now) {
        List<String> problems = new ArrayList<>();
        if (expiresIn < 1) problems.add("ExpiresIn must be at least 1 second, got " + expiresIn);
        for (Object c : conditions) {
            if (!(c instanceof Map<?, ?>) && !(c instanceof List<?>)) problems.add("Each of Conditions must be a map ({\"acl\": \"public-read\"}) or a list ([\"starts-with\", \"$key\", \"up/\"]), got " + c);
        }
        if (!problems.isEmpty()) throw new ParamValidationError("generate_presigned_post", problems);
        CredentialScope scope = new CredentialScope(region, "s3", now);
        Map<String, Object> form = new LinkedHashMap<>();
        fields.forEach(form::put);
        List<Object> all = new ArrayList<>(conditions);
        all.add(Map.of("bucket", bucket));
        all.add(key.endsWith("${filename}") ? List.of("starts-with", "$key", key.substring(0, key.length() - "${filename}".length())) : Map.of("key", key));
        form.put("key", key);
        form.put("x-amz-algorithm", "AWS4-HMAC-SHA256");
        form.put("x-amz-credential", scope.scope(identity));
        form.put("x-amz-date", scope.getDatetime());
        all.add(Map.of("x-amz-algorithm", "AWS4-HMAC-SHA256"));
        all.add(Map.of("x-amz-credential", scope.scope(identity)));
        all.add(Map.of("x-amz-date", scope.getDatetime()));
        if (identity instanceof AwsSessionCredentialsIdentity session) {
            form.put("x-amz-security-token", session.sessionToken());
            all.add(Map.of("x-amz-security-token", session.sessionToken()));
        }
        Map<String, Object> policy = new LinkedHashMap<>();
        policy.put("expiration", EXPIRATION.format(now.plusSeconds(expiresIn)));
        policy.put("conditions", all);
        String encoded = Base64.getEncoder().encodeToString(pythonJson(policy).getBytes(StandardCharsets.UTF_8));
        form.put("policy", encoded);
        byte[] signingKey = SignerUtils.deriveSigningKey(identity, scope);
        form.put("x-amz-signature", BinaryUtils.toHex(SignerUtils.computeSignature(encoded, signingKey)));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("url", url);
        result.put("fields", form);
        return result;
    }

    /** The policy as Python's {@code json.dumps} writes it (", " and ": ", non-ASCII escaped), so that it is boto3's byte for byte. */
    static String pythonJson(Object v) {
        if (v == null) return "null";
        if (v instanceof Boolean || v instanceof Integer || v instanceof Long || v instanceof Short) return v.toString();
        if (v instanceof Number n) return Double.toString(n.doubleValue());
        if (v instanceof Map<?, ?> m) {
            List<String> entries = new ArrayList<>();
            m.forEach((k, x) -> entries.add(string(String.valueOf(k)) + ": " + pythonJson(x)));
            return "{" + String.join(", ", entries) + "}";
        }
        if (v instanceof Collection<?> c) return "[" + String.join(", ", c.stream().map(PresignedPost::pythonJson).toList()) + "]";
        return string(v.toString());
    }

    private static String string(String s) {
        StringBuilder out = new StringBuilder();
        Json.pythonQuote(s, out);
        return out.toString();
    }
}
