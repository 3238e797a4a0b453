package dev.awsjshell.services.s3;

import dev.awsjshell.client.AwsClient;
import dev.awsjshell.client.ClientSpec;
import dev.awsjshell.client.NetworkErrors;
import dev.awsjshell.client.WireLog;
import dev.awsjshell.config.Config;
import dev.awsjshell.errors.ParamValidationError;
import dev.awsjshell.model.OperationModel;
import dev.awsjshell.shape.RequestMarshaller;
import dev.awsjshell.shape.Responses;
import dev.awsjshell.util.Lazy;

import dev.awsjshell.client.RequestCapture;
import dev.awsjshell.response.AwsMap;

import software.amazon.awssdk.awscore.AwsRequest;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3AsyncClientBuilder;
import software.amazon.awssdk.services.s3.model.CopyObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.transfer.s3.S3TransferManager;
import software.amazon.awssdk.transfer.s3.model.CopyRequest;
import software.amazon.awssdk.transfer.s3.model.DownloadFileRequest;
import software.amazon.awssdk.transfer.s3.model.UploadFileRequest;
import software.amazon.awssdk.transfer.s3.model.UploadRequest;
import software.amazon.awssdk.transfer.s3.progress.TransferListener;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * boto3's S3 client: every operation of {@link AwsClient}, plus what boto3 injects into S3's client (presigned URLs
 * and managed transfers), here on the SDK's SigV4 signer and transfer manager. {@code Aws.client("s3")} returns one:
 * {@code S3AwsClient s3 = Aws.client("s3"); s3.uploadFile("a.txt", "bucket", "a.txt");}
 */
public class S3AwsClient extends AwsClient {
    private static final Set<String> COPY_SOURCE_KEYS = Set.of("Bucket", "Key", "VersionId");
    private volatile java.time.Clock clock = java.time.Clock.systemUTC();
    private final Lazy<S3AsyncClient> async;
    private final Lazy<S3TransferManager> transfers;
    private final Map<TransferConfig, ConfiguredTransfers> configured = new java.util.concurrent.ConcurrentHashMap<>();

    S3AwsClient(ClientSpec spec) {
        super(spec);
        this.async = new Lazy<>(this::newAsyncClient);
        this.transfers = new Lazy<>(() -> S3TransferManager.builder().s3Client(async.get()).build());
    }

    @Override protected Map<String, ?> beforeParameterBuild(String operation, Map<String, ?> params) {
        return S3Params.prepare(operation, params);
    }

    /**
     * boto3's generate_presigned_url, for any operation: {@code generatePresignedUrl("get_object", Map.of("Bucket", "b",
     * "Key", "k"), 3600)}, {@code generatePresignedUrl("list_objects_v2", Map.of("Bucket", "b"), 60)}.
     */
    public String generatePresignedUrl(String operation, Map<String, ?> params, int expiresInSeconds) {
        return presign(operation, params, Duration.ofSeconds(expiresInSeconds), null);
    }

    /** The same, signed for another HTTP method (boto3's {@code HttpMethod="HEAD"}): the URL is then used with that method. */
    public String generatePresignedUrl(String operation, Map<String, ?> params, int expiresInSeconds, String httpMethod) {
        return presign(operation, params, Duration.ofSeconds(expiresInSeconds), httpMethod);
    }

    /** boto3's defaults: {@code generate_presigned_url(op)} with no Params, for an hour. */
    public String generatePresignedUrl(String operation) { return generatePresignedUrl(operation, Map.of(), 3600); }

    /**
     * boto3's generate_presigned_post: the URL and form fields of a browser upload, {@code {"url": ..., "fields":
     * {key, x-amz-algorithm, x-amz-credential, x-amz-date, policy, x-amz-signature, ...}}}. {@code Fields} are
     * pre-filled form fields, {@code Conditions} the policy's conditions ({@code Map.of("acl", "public-read")},
     * {@code List.of("content-length-range", 1, 1048576)}); a key ending in {@code ${filename}} allows any name after
     * its prefix. Nothing is sent.
     */
    public AwsMap generatePresignedPost(String bucket, String key, Map<String, ?> fields, List<?> conditions, int expiresInSeconds) {
        S3Params.checkBucket("generate_presigned_post", bucket);
        String url;
        try {
            OperationModel createBucket = service().operation("create_bucket");
            List<String> problems = new java.util.ArrayList<>();
            Object request = RequestMarshaller.toRequest(createBucket.requestClass(), Map.of("Bucket", bucket), problems);
            java.net.URI uri = RequestCapture.of(sdk(), createBucket.method(), (AwsRequest) request).getUri();
            url = uri.toString() + (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : "");
        } catch (RuntimeException e) {
            throw Responses.translate("generate_presigned_post", e, 0);
        }
        return AwsMap.of(PresignedPost.sign(url, bucket, key, fields == null ? Map.of() : fields, conditions == null ? List.of() : conditions,
                expiresInSeconds, factory().credentials().resolveCredentials(), factory().region().id(), clock.instant()));
    }

    /** boto3's defaults: no Fields, no Conditions, an hour. */
    public AwsMap generatePresignedPost(String bucket, String key) { return generatePresignedPost(bucket, key, Map.of(), List.of(), 3600); }

    /** The clock presigned URLs and POST policies are signed at; tests fix it to compare with boto3's at the same instant. */
    void signingClock(java.time.Clock clock) { this.clock = clock; }

    /** boto3's upload_file, through the SDK's transfer manager: multipart for large files. */
    public void uploadFile(String filename, String bucket, String key) { uploadFile(filename, bucket, key, (TransferListener) null); }

    public void uploadFile(String filename, String bucket, String key, TransferListener progress) {
        uploadFile(Path.of(filename), bucket, key, progress);
    }

    /** boto3's download_file, through the SDK's transfer manager. */
    public void downloadFile(String bucket, String key, String filename) { downloadFile(bucket, key, filename, (TransferListener) null); }

    public void downloadFile(String bucket, String key, String filename, TransferListener progress) {
        downloadFile(bucket, key, Path.of(filename), progress);
    }

    /** boto3's upload_fileobj: from a stream of any length, which is read to its end and not closed. */
    public void uploadFileobj(InputStream fileobj, String bucket, String key) { uploadFileobj(fileobj, bucket, key, (TransferListener) null); }

    /** boto3's download_fileobj: into a stream, which is not closed. */
    public void downloadFileobj(String bucket, String key, OutputStream fileobj) { downloadFileobj(bucket, key, fileobj, (TransferListener) null); }

    /**
     * boto3's copy, through the SDK's transfer manager (multipart for large objects):
     * {@code copy(Map.of("Bucket", "src", "Key", "a.txt"), "dest", "b.txt")}; CopySource may also name a VersionId.
     */
    public void copy(Map<String, ?> copySource, String bucket, String key) { copy(copySource, bucket, key, (TransferListener) null); }

    /**
     * Any operation, as botocore presigns any operation: the SDK makes the request (serialized, endpoint resolved,
     * not sent) and its SigV4 signer signs it in the query string, with the payload unsigned.
     */
    private String presign(String operation, Map<String, ?> params, Duration expiresIn, String httpMethod) {
        OperationModel op = service().operation(operation);
        List<String> problems = new java.util.ArrayList<>();
        Object request = RequestMarshaller.toRequest(op.requestClass(), beforeParameterBuild(op.snakeName(), params == null ? Map.of() : params), problems);
        if (expiresIn.isNegative() || expiresIn.isZero() || expiresIn.toSeconds() > 604800) {
            problems.add("Invalid value for parameter ExpiresIn, value: " + expiresIn.toSeconds()
                    + ", valid range: 1 to 604800 seconds (seven days, the longest a SigV4 presigned URL is valid)");
        }
        SdkHttpMethod method = null;
        if (httpMethod != null) {
            try {
                method = SdkHttpMethod.fromValue(httpMethod.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add("HttpMethod must be one of " + java.util.Arrays.toString(SdkHttpMethod.values()) + ", got " + httpMethod);
            }
        }
        if (!problems.isEmpty()) throw new ParamValidationError(op.name(), problems);
        Object[] more = op.kind() == OperationModel.Kind.STREAMING_INPUT ? new Object[] {RequestBody.empty()} : new Object[0];
        SdkHttpRequest http;
        try {
            http = RequestCapture.of(sdk(), op.method(), (AwsRequest) request, more);
        } catch (RuntimeException e) {
            throw Responses.translate(op.name(), e, 0);
        }
        SdkHttpRequest.Builder unsigned = http.toBuilder();
        http.headers().keySet().stream().filter(S3AwsClient::notPresigned).forEach(unsigned::removeHeader);
        // The SDK types an upload's body (application/octet-stream); a presigned URL leaves that to the uploader, as boto3's.
        if (more.length > 0 && !params.containsKey("ContentType")) unsigned.removeHeader("Content-Type");
        http.firstMatchingHeader("Content-Encoding").ifPresent(encoding -> {
            String own = java.util.Arrays.stream(encoding.split(",")).map(String::trim).filter(e -> !e.equals("aws-chunked")).collect(java.util.stream.Collectors.joining(","));
            if (own.isEmpty()) unsigned.removeHeader("Content-Encoding");
            else unsigned.putHeader("Content-Encoding", own);
        });
        if (method != null) unsigned.method(method);
        SignedRequest signed = AwsV4HttpSigner.create().sign(r -> r.request(unsigned.build()).identity(factory().credentials().resolveCredentials())
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "s3")
                .putProperty(AwsV4HttpSigner.REGION_NAME, factory().region().id())
                .putProperty(AwsV4HttpSigner.AUTH_LOCATION, AwsV4HttpSigner.AuthLocation.QUERY_STRING)
                .putProperty(AwsV4HttpSigner.EXPIRATION_DURATION, expiresIn)
                .putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, false)
                .putProperty(AwsV4HttpSigner.SIGNING_CLOCK, clock));
        WireLog.INSTANCE.presigned("s3", op.name(), signed.request());
        return signed.request().getUri().toString();
    }

    /** Headers the SDK adds for sending itself (its signature, agent, checksums, chunked encoding), which a presigned URL does not carry. */
    private static boolean notPresigned(String header) {
        String h = header.toLowerCase(java.util.Locale.ROOT);
        return h.equals("authorization") || h.equals("x-amz-date") || h.equals("x-amz-security-token") || h.equals("x-amz-te") || h.equals("host")
                || h.startsWith("amz-sdk-") || h.equals("user-agent") || h.equals("x-amz-content-sha256") || h.equals("content-length")
                || h.equals("expect") || h.startsWith("x-amz-checksum-") || h.equals("x-amz-sdk-checksum-algorithm")
                || h.equals("x-amz-trailer") || h.equals("x-amz-decoded-content-length");
    }

    /**
     * boto3's {@code upload_file(Filename, Bucket, Key, ExtraArgs, Callback, Config)}: ExtraArgs are put_object's
     * parameters that boto3 allows ({@link TransferArgs#UPLOAD}: ContentType, Metadata, ACL, ServerSideEncryption,
     * StorageClass, ...), {@code progress} may be null, {@code config} null for s3transfer's defaults.
     */
    public void uploadFile(String filename, String bucket, String key, Map<String, ?> extraArgs, TransferListener progress, TransferConfig config) {
        PutObjectRequest put = TransferArgs.request("upload_file", PutObjectRequest.class, TransferArgs.UPLOAD, bucket, key, extraArgs);
        UploadFileRequest.Builder request = UploadFileRequest.builder().source(Path.of(filename)).putObjectRequest(put);
        Announced announced = new Announced(progress);
        request.addTransferListener(announced);
        join(() -> transfers(config).uploadFile(request.build()).completionFuture().join(), announced);
    }

    public void uploadFile(String filename, String bucket, String key, Map<String, ?> extraArgs) { uploadFile(filename, bucket, key, extraArgs, null, null); }

    /** boto3's {@code download_file(Bucket, Key, Filename, ExtraArgs, Callback, Config)}; ExtraArgs as {@link TransferArgs#DOWNLOAD} (VersionId, SSE-C, ...). */
    public void downloadFile(String bucket, String key, String filename, Map<String, ?> extraArgs, TransferListener progress, TransferConfig config) {
        downloadFile(bucket, key, Path.of(filename), extraArgs, progress, config);
    }

    public void downloadFile(String bucket, String key, String filename, Map<String, ?> extraArgs) { downloadFile(bucket, key, filename, extraArgs, null, null); }

    private void uploadFile(Path file, String bucket, String key, TransferListener listener) {
        uploadFile(file.toString(), bucket, key, Map.of(), listener, null);
    }

    private void downloadFile(String bucket, String key, Path file, TransferListener listener) {
        downloadFile(bucket, key, file, Map.of(), listener, null);
    }

    private void downloadFile(String bucket, String key, Path file, Map<String, ?> extraArgs, TransferListener listener, TransferConfig config) {
        GetObjectRequest get = TransferArgs.request("download_file", GetObjectRequest.class, TransferArgs.DOWNLOAD, bucket, key, extraArgs);
        DownloadFileRequest.Builder request = DownloadFileRequest.builder().destination(file).getObjectRequest(get);
        if (listener != null) request.addTransferListener(listener);
        join(() -> transfers(config).downloadFile(request.build()).completionFuture().join(), null);
    }

    /** An upload from a stream of unknown length, read on a thread of its own: multipart when it is large. */
    public void uploadFileobj(InputStream in, String bucket, String key, TransferListener listener) { uploadFileobj(in, bucket, key, Map.of(), listener, null); }

    /** boto3's {@code upload_fileobj(Fileobj, Bucket, Key, ExtraArgs, Callback, Config)}. */
    public void uploadFileobj(InputStream in, String bucket, String key, Map<String, ?> extraArgs, TransferListener listener, TransferConfig config) {
        PutObjectRequest put = TransferArgs.request("upload_fileobj", PutObjectRequest.class, TransferArgs.UPLOAD, bucket, key, extraArgs);
        ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "aws-jshell upload_fileobj");
            t.setDaemon(true);
            return t;
        });
        try {
            UploadRequest.Builder request = UploadRequest.builder().requestBody(AsyncRequestBody.fromInputStream(in, null, reader)).putObjectRequest(put);
            Announced announced = new Announced(listener);
            request.addTransferListener(announced);
            join(() -> transfers(config).upload(request.build()).completionFuture().join(), announced);
        } finally {
            reader.shutdownNow();
        }
    }

    public void uploadFileobj(InputStream in, String bucket, String key, Map<String, ?> extraArgs) { uploadFileobj(in, bucket, key, extraArgs, null, null); }

    /**
     * A download into a stream, which is left open. The transfer manager writes files, not streams (its stream
     * transformers never tell listeners that the transfer ended), so the object goes through a temporary file.
     */
    public void downloadFileobj(String bucket, String key, OutputStream out, TransferListener listener) { downloadFileobj(bucket, key, out, Map.of(), listener, null); }

    /** boto3's {@code download_fileobj(Bucket, Key, Fileobj, ExtraArgs, Callback, Config)}. */
    public void downloadFileobj(String bucket, String key, OutputStream out, Map<String, ?> extraArgs, TransferListener listener, TransferConfig config) {
        Path file = null;
        try {
            file = Files.createTempFile("aws-jshell-download", ".part");
            downloadFile(bucket, key, file, extraArgs, listener, config);
            Files.copy(file, out);
        } catch (IOException e) {
            throw new UncheckedIOException("download_fileobj: " + e.getMessage(), e);
        } finally {
            if (file != null) file.toFile().delete();
        }
    }

    public void downloadFileobj(String bucket, String key, OutputStream out, Map<String, ?> extraArgs) { downloadFileobj(bucket, key, out, extraArgs, null, null); }

    public void copy(Map<String, ?> copySource, String bucket, String key, TransferListener listener) { copy(copySource, bucket, key, Map.of(), listener, null); }

    /** boto3's {@code copy(CopySource, Bucket, Key, ExtraArgs, Callback, Config)}; ExtraArgs as {@link TransferArgs#COPY} (MetadataDirective, ...). */
    public void copy(Map<String, ?> copySource, String bucket, String key, Map<String, ?> extraArgs, TransferListener listener, TransferConfig config) {
        if (!(copySource.get("Bucket") instanceof String sourceBucket) || !(copySource.get("Key") instanceof String sourceKey)
                || !COPY_SOURCE_KEYS.containsAll(copySource.keySet())) {
            throw new ParamValidationError("copy", List.of("CopySource takes the Strings Bucket and Key, and optionally VersionId; got " + copySource));
        }
        Object version = copySource.get("VersionId");
        CopyObjectRequest copy = TransferArgs.request("copy", CopyObjectRequest.class, TransferArgs.COPY, bucket, key, extraArgs).toBuilder()
                .sourceBucket(sourceBucket).sourceKey(sourceKey).sourceVersionId(version == null ? null : version.toString()).build();
        CopyRequest.Builder request = CopyRequest.builder().copyObjectRequest(copy);
        if (listener != null) request.addTransferListener(listener);
        join(() -> transfers(config).copy(request.build()).completionFuture().join(), null);
    }

    public void copy(Map<String, ?> copySource, String bucket, String key, Map<String, ?> extraArgs) { copy(copySource, bucket, key, extraArgs, null, null); }

    /** The transfer manager for a TransferConfig: the default one (null), or one per config, each on its own multipart client. */
    private S3TransferManager transfers(TransferConfig config) {
        if (config == null) return transfers.get();
        return configured.computeIfAbsent(config, c -> {
            S3AsyncClient client = (S3AsyncClient) factory().async(S3AsyncClientBuilder.class, b -> b.multipartEnabled(true)
                    .multipartConfiguration(m -> m.thresholdInBytes(c.multipartThreshold()).minimumPartSizeInBytes(c.multipartChunksize())
                            .parallelConfiguration(p -> p.maxInFlightParts(c.partsInFlight()))));
            return new ConfiguredTransfers(client, S3TransferManager.builder().s3Client(client).build());
        }).manager();
    }

    private record ConfiguredTransfers(S3AsyncClient client, S3TransferManager manager) {}

    private void join(Runnable transfer, Announced announced) {
        try {
            transfer.run();
            if (announced != null) announced.await();
        } catch (CompletionException e) {
            String endpoint = meta().endpointUrl() != null ? meta().endpointUrl() : "https://s3." + meta().regionName() + ".amazonaws.com";
            RuntimeException network = NetworkErrors.translate(e.getCause(), Config.maskUserInfo(endpoint));
            throw network != null ? network : Responses.translate("transfer", e.getCause(), 0);
        }
    }

    /**
     * The caller's listener, and a latch opened once it has heard the end: the SDK tells listeners after it completes
     * an upload's future, so without waiting a progress bar's last line could come after the call returned. (Its
     * downloads and copies through the multipart client never tell listeners of the end: they are not waited for.)
     */
    private static final class Announced implements TransferListener {
        private final TransferListener listener;
        private final CountDownLatch ended = new CountDownLatch(1);

        Announced(TransferListener listener) { this.listener = listener == null ? new TransferListener() {} : listener; }

        @Override public void transferInitiated(Context.TransferInitiated context) { listener.transferInitiated(context); }

        @Override public void bytesTransferred(Context.BytesTransferred context) { listener.bytesTransferred(context); }

        @Override public void transferComplete(Context.TransferComplete context) {
            try {
                listener.transferComplete(context);
            } finally {
                ended.countDown();
            }
        }

        @Override public void transferFailed(Context.TransferFailed context) {
            try {
                listener.transferFailed(context);
            } finally {
                ended.countDown();
            }
        }

        void await() {
            try {
                ended.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private S3AsyncClient newAsyncClient() {
        Long threshold = spec().quirks().multipartThreshold("s3");
        return (S3AsyncClient) factory().async(S3AsyncClientBuilder.class, b -> b.multipartEnabled(true)
                .multipartConfiguration(m -> { if (threshold != null) m.thresholdInBytes(threshold); }));
    }

    @Override public void close() {
        if (transfers.isSet()) transfers.get().close();
        configured.values().forEach(t -> {
            t.manager().close();
            t.client().close();
        });
        if (async.isSet()) async.get().close();
        super.close();
    }
}
