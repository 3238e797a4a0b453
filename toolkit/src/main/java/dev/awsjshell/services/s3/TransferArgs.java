package dev.awsjshell.services.s3;

import dev.awsjshell.errors.ParamValidationError;
import dev.awsjshell.shape.RequestMarshaller;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** boto3's {@code ExtraArgs} of the managed transfers: the keys it allows, turned into the SDK request of the transfer. */
public final class TransferArgs {
    /** boto3 1.43.11's {@code S3Transfer.ALLOWED_UPLOAD_ARGS}. */
    public static final List<String> UPLOAD = List.of("ACL", "CacheControl", "ChecksumAlgorithm", "ContentDisposition", "ContentEncoding",
            "ContentLanguage", "ContentType", "ExpectedBucketOwner", "Expires", "GrantFullControl", "GrantRead", "GrantReadACP", "GrantWriteACP",
            "Metadata", "ObjectLockLegalHoldStatus", "ObjectLockMode", "ObjectLockRetainUntilDate", "RequestPayer", "ServerSideEncryption",
            "StorageClass", "SSECustomerAlgorithm", "SSECustomerKey", "SSECustomerKeyMD5", "SSEKMSKeyId", "SSEKMSEncryptionContext", "Tagging",
            "WebsiteRedirectLocation", "ChecksumType", "MpuObjectSize", "ChecksumCRC32", "ChecksumCRC32C", "ChecksumCRC64NVME", "ChecksumMD5",
            "ChecksumSHA1", "ChecksumSHA256", "ChecksumSHA512", "ChecksumXXHASH3", "ChecksumXXHASH64", "ChecksumXXHASH128");
    /** boto3 1.43.11's {@code S3Transfer.ALLOWED_DOWNLOAD_ARGS}. */
    public static final List<String> DOWNLOAD = List.of("ChecksumMode", "VersionId", "SSECustomerAlgorithm", "SSECustomerKey", "SSECustomerKeyMD5",
            "RequestPayer", "ExpectedBucketOwner");
    /** s3transfer's {@code TransferManager.ALLOWED_COPY_ARGS}, which boto3's copy uses. */
    public static final List<String> COPY = List.of("ACL", "CacheControl", "ChecksumAlgorithm", "ContentDisposition", "ContentEncoding",
            "ContentLanguage", "ContentType", "ExpectedBucketOwner", "Expires", "GrantFullControl", "GrantRead", "GrantReadACP", "GrantWriteACP",
            "Metadata", "ObjectLockLegalHoldStatus", "ObjectLockMode", "ObjectLockRetainUntilDate", "RequestPayer", "ServerSideEncryption",
            "StorageClass", "SSECustomerAlgorithm", "SSECustomerKey", "SSECustomerKeyMD5", "SSEKMSKeyId", "SSEKMSEncryptionContext", "Tagging",
            "WebsiteRedirectLocation", "CopySourceIfMatch", "CopySourceIfModifiedSince", "CopySourceIfNoneMatch", "CopySourceIfUnmodifiedSince",
            "CopySourceSSECustomerAlgorithm", "CopySourceSSECustomerKey", "CopySourceSSECustomerKeyMD5", "MetadataDirective", "TaggingDirective");

    private TransferArgs() {}

    /**
     * The SDK request of a transfer: Bucket, Key and the ExtraArgs. A key boto3 does not allow is refused with its
     * message ("Invalid extra_args key 'Foo', must be one of: ..."); nothing is sent.
     */
    static <T> T request(String operation, Class<T> requestClass, List<String> allowed, String bucket, String key, Map<String, ?> extraArgs) {
        S3Params.checkBucket(operation, bucket);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("Bucket", bucket);
        params.put("Key", key);
        List<String> problems = new ArrayList<>();
        if (extraArgs != null) {
            extraArgs.forEach((k, v) -> {
                if (!allowed.contains(k)) problems.add("Invalid extra_args key '" + k + "', must be one of: " + String.join(", ", allowed));
                else params.put(k, v);
            });
        }
        if (!problems.isEmpty()) throw new ParamValidationError(operation, problems);
        // A copy's source is set on the request's SourceBucket/SourceKey members afterwards, not as botocore's CopySource.
        Object request = RequestMarshaller.toRequest(requestClass, params, problems, allowed != COPY);
        if (!problems.isEmpty()) throw new ParamValidationError(operation, problems);
        return requestClass.cast(request);
    }
}
