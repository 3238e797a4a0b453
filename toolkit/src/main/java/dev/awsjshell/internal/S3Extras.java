package dev.awsjshell.internal;

import dev.awsjshell.Config;
import dev.awsjshell.ParamValidationError;
import dev.awsjshell.Session;
import dev.awsjshell.UnknownOperationError;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3AsyncClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.transfer.s3.S3TransferManager;
import software.amazon.awssdk.transfer.s3.model.CopyRequest;
import software.amazon.awssdk.transfer.s3.model.DownloadFileRequest;
import software.amazon.awssdk.transfer.s3.model.UploadFileRequest;
import software.amazon.awssdk.transfer.s3.progress.TransferListener;

import java.lang.reflect.Method;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
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
        Announced announced = new Announced(listener);
        request.addTransferListener(announced);
        join(() -> transfers.get().downloadFile(request.build()).completionFuture().join(), announced);
    }

    public void copy(Map<String, ?> copySource, String bucket, String key, TransferListener listener) {
        if (!(copySource.get("Bucket") instanceof String sourceBucket) || !(copySource.get("Key") instanceof String sourceKey)
                || !COPY_SOURCE_KEYS.containsAll(copySource.keySet())) {
            throw new ParamValidationError("copy", List.of("CopySource takes the Strings Bucket and Key, and optionally VersionId; got " + copySource));
        }
        Object version = copySource.get("VersionId");
        CopyRequest.Builder request = CopyRequest.builder().copyObjectRequest(r -> r.sourceBucket(sourceBucket).sourceKey(sourceKey)
                .sourceVersionId(version == null ? null : version.toString()).destinationBucket(bucket).destinationKey(key));
        Announced announced = new Announced(listener);
        request.addTransferListener(announced);
        join(() -> transfers.get().copy(request.build()).completionFuture().join(), announced);
    }

    private static void join(Runnable transfer, Announced announced) {
        try {
            transfer.run();
            announced.await();
        } catch (CompletionException e) {
            throw Responses.translate("transfer", e.getCause(), 0);
        }
    }

    /**
     * The caller's listener, and a latch opened once it has heard the end: the SDK tells listeners after it completes
     * the transfer's future, so without waiting a progress bar's last line could come after the call returned.
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
        return b.build();
    }

    @Override public void close() {
        if (transfers.isSet()) transfers.get().close();
        if (presigner.isSet()) presigner.get().close();
    }
}
