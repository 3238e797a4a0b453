package dev.awsjshell.services.s3;

import dev.awsjshell.errors.ParamValidationError;
import dev.awsjshell.util.Names;

import software.amazon.awssdk.utils.http.SdkHttpUtils;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * botocore's S3 parameter handlers ({@code botocore/handlers.py}): the bucket name checked before anything is sent
 * ({@code validate_bucket_name}), and CopySource as a map or a string ({@code handle_copy_source_param}).
 */
final class S3Params {
    static final Pattern VALID_BUCKET = Pattern.compile("^[a-zA-Z0-9.\\-_]{1,255}$");
    static final Pattern VALID_S3_ARN = Pattern.compile(
            "^arn:(aws).*:(s3|s3-object-lambda):[a-z\\-0-9]*:[0-9]{12}:accesspoint[/:][a-zA-Z0-9\\-.]{1,63}$"
            + "|^arn:(aws).*:s3-outposts:[a-z\\-0-9]+:[0-9]{12}:outpost[/:][a-zA-Z0-9\\-]{1,63}[/:]accesspoint[/:][a-zA-Z0-9\\-]{1,63}$");
    private static final Pattern VERSION_ID_SUFFIX = Pattern.compile("\\?versionId=[^\\s]+$");
    private static final Set<String> COPY_SOURCE_KEYS = Set.of("Bucket", "Key", "VersionId");
    private static final Set<String> COPY_OPERATIONS = Set.of("copy_object", "upload_part_copy");

    private S3Params() {}

    static Map<String, ?> prepare(String operation, Map<String, ?> params) {
        checkBucket(operation, params.get("Bucket"));
        if (!COPY_OPERATIONS.contains(operation) || params.get("CopySource") == null) return params;
        Map<String, Object> out = new LinkedHashMap<>(params);
        out.put("CopySource", copySource(operation, params.get("CopySource")));
        return out;
    }

    static void checkBucket(String operation, Object bucket) {
        if (!(bucket instanceof String name)) return;
        if (VALID_BUCKET.matcher(name).find() || VALID_S3_ARN.matcher(name).find()) return;
        throw new ParamValidationError(operation, List.of("Invalid bucket name \"" + name + "\": Bucket name must match the regex \""
                + VALID_BUCKET.pattern() + "\" or be an ARN matching the regex \"" + VALID_S3_ARN.pattern() + "\""));
    }

    /**
     * The x-amz-copy-source value botocore sends: {@code bucket/key} with the key URL-quoted (every byte but letters,
     * digits, {@code -._~/}), and {@code ?versionId=} unquoted. An access point ARN's key goes under {@code /object/}.
     */
    static String copySource(String operation, Object source) {
        if (source instanceof String s) {
            Matcher version = VERSION_ID_SUFFIX.matcher(s);
            return version.find() ? quote(s.substring(0, version.start())) + s.substring(version.start()) : quote(s);
        }
        if (source instanceof Map<?, ?> m) {
            List<String> problems = new java.util.ArrayList<>();
            for (Object k : m.keySet()) {
                if (!COPY_SOURCE_KEYS.contains(String.valueOf(k))) {
                    problems.add("Unknown parameter in CopySource: \"" + k + "\", must be one of: Bucket, Key, VersionId"
                            + Names.closest(String.valueOf(k), COPY_SOURCE_KEYS, 1).stream().map(c -> " (did you mean " + c + "?)").findFirst().orElse(""));
                }
            }
            for (String required : List.of("Bucket", "Key")) {
                if (m.get(required) == null) problems.add("Missing required parameter: '" + required + "'");
                else if (!(m.get(required) instanceof String)) problems.add("Invalid type for parameter CopySource." + required + ", value: " + m.get(required) + ", valid types: String");
            }
            if (!problems.isEmpty()) throw new ParamValidationError(operation, problems);
            String bucket = (String) m.get("Bucket");
            String path = VALID_S3_ARN.matcher(bucket).find() ? bucket + "/object/" + m.get("Key") : bucket + "/" + m.get("Key");
            Object version = m.get("VersionId");
            return quote(path) + (version == null ? "" : "?versionId=" + version);
        }
        throw new ParamValidationError(operation, List.of("Invalid type for parameter CopySource, value: " + source
                + ", type: " + source.getClass().getSimpleName() + ", valid types: String, Map with Bucket, Key and optionally VersionId"));
    }

    /** botocore's {@code percent_encode(value, safe='-._~/')}, on the SDK's own encoder. */
    private static String quote(String value) { return SdkHttpUtils.urlEncodeIgnoreSlashes(value); }
}
