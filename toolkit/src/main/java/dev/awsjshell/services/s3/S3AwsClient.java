package dev.awsjshell.services.s3;

import dev.awsjshell.client.AwsClient;
import dev.awsjshell.client.ClientSpec;
import dev.awsjshell.client.NetworkErrors;
import dev.awsjshell.client.WireLog;
import dev.awsjshell.config.Config;
import dev.awsjshell.errors.ParamValidationError;
import dev.awsjshell.errors.UnknownOperationError;
import dev.awsjshell.model.OperationModel;
import dev.awsjshell.shape.RequestMarshaller;
import dev.awsjshell.shape.Responses;
import dev.awsjshell.util.Lazy;
import dev.awsjshell.util.Names;

import software.amazon.awssdk.awscore.presigner.PresignedRequest;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3AsyncClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
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
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * boto3's S3 client: every operation of {@link AwsClient}, plus what boto3 injects into S3's client (presigned URLs
 * and managed transfers), here on the SDK's presigner and transfer manager. {@code Aws.client("s3")} returns one:
 * {@code S3AwsClient s3 = Aws.client("s3"); s3.uploadFile("a.txt", "bucket", "a.txt");}
 */
public class S3AwsClient extends AwsClient {
    private static final Set<String> COPY_SOURCE_KEYS = Set.of("Bucket", "Key", "VersionId");
    private final Lazy<S3Presigner> presigner;
    private final Lazy<S3AsyncClient> async;
    private final Lazy<S3TransferManager> transfers;

    S3AwsClient(ClientSpec spec) {
        super(spec);
        this.presigner = new Lazy<>(() -> factory().presigner(S3Presigner.builder())
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(factory().pathStyle()).build()).build());
        this.async = new Lazy<>(this::newAsyncClient);
        this.transfers = new Lazy<>(() -> S3TransferManager.builder().s3Client(async.get()).build());
    }

    /** boto3's generate_presigned_url: {@code generatePresignedUrl("get_object", Map.of("Bucket", "b", "Key", "k"), 3600)}. */
    public String generatePresignedUrl(String operation, Map<String, ?> params, int expiresInSeconds) {
        // botocore signs any ExpiresIn; the SDK's SigV4 presigner refuses over seven days, as S3 refuses such a URL.
        if (expiresInSeconds < 1 || expiresInSeconds > 604_800) {
            throw new ParamValidationError("generate_presigned_url", List.of("Invalid value for parameter ExpiresIn, value: "
                    + expiresInSeconds + ", valid range: 1 to 604800 seconds (seven days, the longest a SigV4 presigned URL is valid)"));
        }
        return presign(operation, params == null ? Map.of() : params, Duration.ofSeconds(expiresInSeconds));
    }

    /** boto3's upload_file, through the SDK's transfer manager: multipart for large files. */
    public void uploadFile(String filename, String bucket, String key) { uploadFile(filename, bucket, key, null); }

    public void uploadFile(String filename, String bucket, String key, TransferListener progress) {
        uploadFile(Path.of(filename), bucket, key, progress);
    }

    /** boto3's download_file, through the SDK's transfer manager. */
    public void downloadFile(String bucket, String key, String filename) { downloadFile(bucket, key, filename, null); }

    public void downloadFile(String bucket, String key, String filename, TransferListener progress) {
        downloadFile(bucket, key, Path.of(filename), progress);
    }

    /** boto3's upload_fileobj: from a stream of any length, which is read to its end and not closed. */
    public void uploadFileobj(InputStream fileobj, String bucket, String key) { uploadFileobj(fileobj, bucket, key, null); }

    /** boto3's download_fileobj: into a stream, which is not closed. */
    public void downloadFileobj(String bucket, String key, OutputStream fileobj) { downloadFileobj(bucket, key, fileobj, null); }

    /**
     * boto3's copy, through the SDK's transfer manager (multipart for large objects):
     * {@code copy(Map.of("Bucket", "src", "Key", "a.txt"), "dest", "b.txt")}; CopySource may also name a VersionId.
     */
    public void copy(Map<String, ?> copySource, String bucket, String key) { copy(copySource, bucket, key, null); }

    private String presign(String operation, Map<String, ?> params, Duration expiresIn) {
        Map<String, Method> presignable = presignable();
        OperationModel op = service().operation(operation);
        Method method = presignable.get(op.snakeName());
        if (method == null) throw new UnknownOperationError("s3 presigned URLs", operation, presignable.keySet());
        List<String> problems = new java.util.ArrayList<>();
        Object request = RequestMarshaller.toRequest(op.requestClass(), params, problems);
        if (!problems.isEmpty()) throw new dev.awsjshell.errors.ParamValidationError(op.name(), problems);
        try {
            Class<?> presignRequestClass = method.getParameterTypes()[0];
            Method builderMethod = presignRequestClass.getMethod("builder");
            Class<?> builderType = builderMethod.getReturnType();
            Object builder = builderMethod.invoke(null);
            builderType.getMethod("signatureDuration", Duration.class).invoke(builder, expiresIn);
            String setter = Character.toLowerCase(op.name().charAt(0)) + op.name().substring(1) + "Request";
            builderType.getMethod(setter, op.requestClass()).invoke(builder, request);
            Object presignRequest = builderType.getMethod("build").invoke(builder);
            PresignedRequest presigned = (PresignedRequest) method.invoke(presigner.get(), presignRequest);
            WireLog.INSTANCE.presigned("s3", op.name(), presigned.httpRequest());
            return presigned.url().toString();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot presign " + operation, e);
        }
    }

    /** The operations the SDK's S3Presigner can presign, by boto3's names. */
    public static Map<String, Method> presignable() {
        Map<String, Method> m = new TreeMap<>();
        for (Method method : S3Presigner.class.getMethods()) {
            if (method.getName().startsWith("presign") && method.getParameterCount() == 1
                    && method.getParameterTypes()[0].getSimpleName().endsWith("PresignRequest")) {
                m.put(Names.snake(method.getName().substring("presign".length())), method);
            }
        }
        return m;
    }

    private void uploadFile(Path file, String bucket, String key, TransferListener listener) {
        UploadFileRequest.Builder request = UploadFileRequest.builder().source(file).putObjectRequest(r -> r.bucket(bucket).key(key));
        Announced announced = new Announced(listener);
        request.addTransferListener(announced);
        join(() -> transfers.get().uploadFile(request.build()).completionFuture().join(), announced);
    }

    private void downloadFile(String bucket, String key, Path file, TransferListener listener) {
        DownloadFileRequest.Builder request = DownloadFileRequest.builder().destination(file).getObjectRequest(r -> r.bucket(bucket).key(key));
        if (listener != null) request.addTransferListener(listener);
        join(() -> transfers.get().downloadFile(request.build()).completionFuture().join(), null);
    }

    /** An upload from a stream of unknown length, read on a thread of its own: multipart when it is large. */
    public void uploadFileobj(InputStream in, String bucket, String key, TransferListener listener) {
        ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "aws-jshell upload_fileobj");
            t.setDaemon(true);
            return t;
        });
        try {
            UploadRequest.Builder request = UploadRequest.builder().requestBody(AsyncRequestBody.fromInputStream(in, null, reader))
                    .putObjectRequest(r -> r.bucket(bucket).key(key));
            Announced announced = new Announced(listener);
            request.addTransferListener(announced);
            join(() -> transfers.get().upload(request.build()).completionFuture().join(), announced);
        } finally {
            reader.shutdownNow();
        }
    }

    /**
     * A download into a stream, which is left open. The transfer manager writes files, not streams (its stream
     * transformers never tell listeners that the transfer ended), so the object goes through a temporary file.
     */
    public void downloadFileobj(String bucket, String key, OutputStream out, TransferListener listener) {
        Path file = null;
        try {
            file = Files.createTempFile("aws-jshell-download", ".part");
            downloadFile(bucket, key, file, listener);
            Files.copy(file, out);
        } catch (IOException e) {
            throw new UncheckedIOException("download_fileobj: " + e.getMessage(), e);
        } finally {
            if (file != null) file.toFile().delete();
        }
    }

    public void copy(Map<String, ?> copySource, String bucket, String key, TransferListener listener) {
        if (!(copySource.get("Bucket") instanceof String sourceBucket) || !(copySource.get("Key") instanceof String sourceKey)
                || !COPY_SOURCE_KEYS.containsAll(copySource.keySet())) {
            throw new ParamValidationError("copy", List.of("CopySource takes the Strings Bucket and Key, and optionally VersionId; got " + copySource));
        }
        Object version = copySource.get("VersionId");
        CopyRequest.Builder request = CopyRequest.builder().copyObjectRequest(r -> r.sourceBucket(sourceBucket).sourceKey(sourceKey)
                .sourceVersionId(version == null ? null : version.toString()).destinationBucket(bucket).destinationKey(key));
        if (listener != null) request.addTransferListener(listener);
        join(() -> transfers.get().copy(request.build()).completionFuture().join(), null);
    }

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
        if (async.isSet()) async.get().close();
        if (presigner.isSet()) presigner.get().close();
        super.close();
    }
}
