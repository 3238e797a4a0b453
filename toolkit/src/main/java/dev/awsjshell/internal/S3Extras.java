package dev.awsjshell.internal;

import dev.awsjshell.Config;
import dev.awsjshell.ParamValidationError;
import dev.awsjshell.Session;
import dev.awsjshell.UnknownOperationError;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.regions.Region;
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
import java.net.URI;
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

/** What boto3 adds to its S3 client: presigned URLs and managed transfers, here on the SDK's presigner and transfer manager. */
public final class S3Extras implements AutoCloseable {
    private static final Set<String> COPY_SOURCE_KEYS = Set.of("Bucket", "Key", "VersionId");
    private final Session session;
    private final ServiceModel service;
    private final Config config;
    private final Lazy<S3Presigner> presigner;
    private final Lazy<S3TransferManager> transfers;

    public S3Extras(Session session, ServiceModel service, Config config) {
        this.session = session;
        this.service = service;
        this.config = config;
        this.presigner = new Lazy<>(this::newPresigner);
        this.transfers = new Lazy<>(() -> S3TransferManager.builder().s3Client(newAsyncClient()).build());
    }

    /** boto3's generate_presigned_url for one of the operations the SDK presigns. */
    public String presign(String operation, Map<String, ?> params, Duration expiresIn) {
        Map<String, Method> presignable = presignable();
        OperationModel op = service.operation(operation);
        Method method = presignable.get(op.snakeName());
        if (method == null) throw new UnknownOperationError("s3 presigned URLs", operation, presignable.keySet());
        List<String> problems = new java.util.ArrayList<>();
        Object request = Shapes.toRequest(op.requestClass(), params, problems);
        if (!problems.isEmpty()) throw new dev.awsjshell.ParamValidationError(op.name(), problems);
        try {
            Class<?> presignRequestClass = method.getParameterTypes()[0];
            Method builderMethod = presignRequestClass.getMethod("builder");
            Class<?> builderType = builderMethod.getReturnType();
            Object builder = builderMethod.invoke(null);
            builderType.getMethod("signatureDuration", Duration.class).invoke(builder, expiresIn);
            String setter = Character.toLowerCase(op.name().charAt(0)) + op.name().substring(1) + "Request";
            builderType.getMethod(setter, op.requestClass()).invoke(builder, request);
            Object presignRequest = builderType.getMethod("build").invoke(builder);
            Object presigned = method.invoke(presigner.get(), presignRequest);
            return method.getReturnType().getMethod("url").invoke(presigned).toString();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot presign " + operation, e);
        }
    }

    /** The operations the SDK's S3Presigner can presign, by boto3's names. */
    public Map<String, Method> presignable() {
        Map<String, Method> m = new TreeMap<>();
        for (Method method : S3Presigner.class.getMethods()) {
            if (method.getName().startsWith("presign") && method.getParameterCount() == 1
                    && method.getParameterTypes()[0].getSimpleName().endsWith("PresignRequest")) {
                m.put(Names.snake(method.getName().substring("presign".length())), method);
            }
        }
        return m;
    }

    public void uploadFile(Path file, String bucket, String key, TransferListener listener) {
        UploadFileRequest.Builder request = UploadFileRequest.builder().source(file).putObjectRequest(r -> r.bucket(bucket).key(key));
        Announced announced = new Announced(listener);
        request.addTransferListener(announced);
        join(() -> transfers.get().uploadFile(request.build()).completionFuture().join(), announced);
    }

    public void downloadFile(String bucket, String key, Path file, TransferListener listener) {
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

    private static void join(Runnable transfer, Announced announced) {
        try {
            transfer.run();
            if (announced != null) announced.await();
        } catch (CompletionException e) {
            throw Responses.translate("transfer", e.getCause(), 0);
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

    private S3Presigner newPresigner() {
        URI endpoint = ClientFactory.endpoint(session, service, config);
        Region region = ClientFactory.region(session, service, config);
        S3Presigner.Builder b = S3Presigner.builder().region(region).credentialsProvider(session.credentialsProvider())
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(ClientFactory.pathStyle(config, endpoint)).build());
        if (endpoint != null) b.endpointOverride(endpoint);
        return b.build();
    }

    private S3AsyncClient newAsyncClient() {
        URI endpoint = ClientFactory.endpoint(session, service, config);
        S3AsyncClientBuilder b = S3AsyncClient.builder().region(ClientFactory.region(session, service, config))
                .credentialsProvider(session.credentialsProvider()).multipartEnabled(true).forcePathStyle(ClientFactory.pathStyle(config, endpoint));
        if (endpoint != null) b.endpointOverride(endpoint);
        if (session.isSandbox()) {
            b.overrideConfiguration(o -> o.addExecutionInterceptor(WITHOUT_OBJECT_SIZE))
                    .multipartConfiguration(m -> m.thresholdInBytes(SANDBOX_MULTIPART_THRESHOLD));
        }
        return b.build();
    }

    /**
     * The sandbox's S3Proxy cannot serve one part of a multipart object, which is how the transfer manager downloads,
     * so in the sandbox a file of known size is uploaded in one request (S3's limit for one is 5 GiB). A stream of
     * unknown length over a part (upload_fileobj, 8 MiB) is still uploaded in parts: read it back with get_object.
     */
    private static final long SANDBOX_MULTIPART_THRESHOLD = 5L * 1024 * 1024 * 1024;

    /**
     * S3Proxy also answers 501 to a header it does not know: the SDK's x-amz-mp-object-size, an optional check that
     * it sends when it completes an upload of unknown length. Dropped in the sandbox only.
     */
    private static final ExecutionInterceptor WITHOUT_OBJECT_SIZE = new ExecutionInterceptor() {
        @Override public SdkHttpRequest modifyHttpRequest(software.amazon.awssdk.core.interceptor.Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
            SdkHttpRequest request = context.httpRequest();
            return request.firstMatchingHeader("x-amz-mp-object-size").isPresent() ? request.toBuilder().removeHeader("x-amz-mp-object-size").build() : request;
        }
    };

    @Override public void close() {
        if (transfers.isSet()) transfers.get().close();
        if (presigner.isSet()) presigner.get().close();
    }
}
