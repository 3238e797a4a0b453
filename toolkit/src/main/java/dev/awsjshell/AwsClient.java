package dev.awsjshell;

import dev.awsjshell.internal.CallRecorder;
import dev.awsjshell.internal.ClientFactory;
import dev.awsjshell.internal.Lazy;
import dev.awsjshell.internal.OperationModel;
import dev.awsjshell.internal.PaginatorModel;
import dev.awsjshell.internal.Responses;
import dev.awsjshell.internal.S3Extras;
import dev.awsjshell.internal.ServiceModel;
import dev.awsjshell.internal.Shapes;
import dev.awsjshell.internal.WireLog;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.transfer.s3.progress.TransferListener;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * boto3's low-level client for one service: every operation by boto3's snake_case name, parameters and responses as
 * maps keyed by boto3's names, over the typed SDK client ({@link #sdk()}), which does all the wire work.
 * Safe to share between threads.
 */
public final class AwsClient implements AutoCloseable {
    private static final List<String> PAYLOAD_NAMES = List.of("Body", "body");

    private final Session session;
    private final ServiceModel service;
    private final Config config;
    private final CallRecorder recorder = new CallRecorder();
    private final Lazy<SdkClient> sdk;
    private final Lazy<Object> waiters;
    private final Lazy<S3Extras> s3Extras;

    AwsClient(Session session, ServiceModel service, Config config) {
        this.session = session;
        this.service = service;
        this.config = config;
        if (session.isSandbox() && !session.sandboxEndpoints().containsKey(service.name())) {
            throw new NotInSandboxError(service.name(), session.sandboxEndpoints().keySet());
        }
        this.sdk = new Lazy<>(() -> ClientFactory.build(session, service, config, List.of(recorder, WireLog.INSTANCE)));
        this.waiters = new Lazy<>(() -> invoke(sdk(), method(service.clientInterface(), "waiter")));
        this.s3Extras = new Lazy<>(() -> new S3Extras(session, service, config));
    }

    /** boto3's operation names, sorted: {@code list_objects_v2}, ... */
    public List<String> operations() { return List.copyOf(service.operations().keySet()); }

    public AwsMap call(String operation) { return call(operation, Map.of()); }

    /**
     * Calls an operation: {@code call("list_objects_v2", Map.of("Bucket", "b"))}. Unknown operations and bad parameters
     * raise before anything is sent; a service error raises {@link ClientError}.
     */
    public AwsMap call(String operation, Map<String, ?> params) {
        OperationModel op = service.operation(operation);
        Map<String, Object> fields = new LinkedHashMap<>(params);
        RequestBody payload = null;
        List<String> problems = new ArrayList<>();
        if (op.kind() == OperationModel.Kind.STREAMING_INPUT) {
            Object body = null;
            for (String name : PAYLOAD_NAMES) if (fields.containsKey(name)) body = fields.remove(name);
            payload = requestBody(body, problems);
        }
        Object request = Shapes.toRequest(op.requestClass(), fields, problems);
        if (!problems.isEmpty()) throw new ParamValidationError(op.name(), problems);
        Object result = send(op, payload == null ? new Object[] {request} : new Object[] {request, payload});
        return Responses.toMap(result, recorder.retryAttempts());
    }

    private Object send(OperationModel op, Object[] args) {
        try {
            return op.method().invoke(sdk(), args);
        } catch (InvocationTargetException e) {
            throw Responses.translate(op.name(), e.getCause(), recorder.retryAttempts());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RequestBody requestBody(Object body, List<String> problems) {
        if (body == null) return RequestBody.empty();
        if (body instanceof RequestBody b) return b;
        if (body instanceof String s) return RequestBody.fromString(s);
        if (body instanceof byte[] b) return RequestBody.fromBytes(b);
        if (body instanceof ByteBuffer b) return RequestBody.fromByteBuffer(b);
        if (body instanceof Path p) return RequestBody.fromFile(p);
        if (body instanceof File f) return RequestBody.fromFile(f);
        if (body instanceof InputStream in) {
            try (in) {
                return RequestBody.fromBytes(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        problems.add("Invalid type for parameter Body, value: " + body + ", type: " + body.getClass().getSimpleName()
                + ", valid types: String, byte[], ByteBuffer, Path, File, InputStream");
        return null;
    }

    /** The typed SDK v2 client underneath, for tab completion: {@code S3Client s3 = client.sdk();} */
    @SuppressWarnings("unchecked")
    public <T extends SdkClient> T sdk() { return (T) sdk.get(); }

    /** botocore's {@code client.meta}: service, region, endpoint, config. */
    public ClientMeta meta() {
        URI endpoint = ClientFactory.endpoint(session, service, config);
        String region;
        try {
            region = ClientFactory.region(session, service, config).id();
        } catch (NoRegionError e) {
            region = null;
        }
        String endpointUrl = endpoint != null ? endpoint.toString()
                : sdk.isSet() ? sdk().serviceClientConfiguration().endpointOverride().map(URI::toString).orElse(null) : null;
        return new ClientMeta(service.name(), service.clientInterface().getSimpleName(), region, endpointUrl, config, session, recorder.requestsSent());
    }

    /** Parameters (required ones marked) with their types, and the keys of the response. */
    public Doc doc(String operation) { return Doc.of(service.operation(operation)); }

    /** boto3's {@code waiter_names}: {@code [bucket_exists, bucket_not_exists, object_exists, object_not_exists]} for s3. */
    public List<String> waiterNames() { return List.copyOf(service.waiters().keySet()); }

    public Waiter getWaiter(String name) { return new Waiter(this, name, service.waiter(name)); }

    /** boto3's {@code can_paginate}. */
    public boolean canPaginate(String operation) {
        return PaginatorModel.forService(service.name()).containsKey(service.operation(operation).snakeName());
    }

    /** boto3's {@code get_paginator}: {@code getPaginator("list_objects_v2").paginate(Map.of("Bucket", "b"))}. */
    public Paginator getPaginator(String operation) {
        OperationModel op = service.operation(operation);
        PaginatorModel model = PaginatorModel.forService(service.name()).get(op.snakeName());
        if (model == null) throw new UnknownOperationError(service.name() + " paginators", operation, PaginatorModel.forService(service.name()).keySet());
        return new Paginator(op.snakeName(), model, params -> call(op.snakeName(), params));
    }

    /** The service's modeled errors, by the SDK's exception class names. */
    public List<String> exceptions() { return List.copyOf(service.errorClassNames()); }

    /** boto3's generate_presigned_url (S3): {@code generatePresignedUrl("get_object", Map.of("Bucket", "b", "Key", "k"), 3600)}. */
    public String generatePresignedUrl(String operation, Map<String, ?> params, int expiresInSeconds) {
        return s3("generatePresignedUrl").presign(operation, params, Duration.ofSeconds(expiresInSeconds));
    }

    /** boto3's upload_file (S3), through the SDK's transfer manager: multipart for large files. */
    public void uploadFile(String filename, String bucket, String key) { uploadFile(filename, bucket, key, null); }

    public void uploadFile(String filename, String bucket, String key, TransferListener progress) {
        s3("uploadFile").uploadFile(Path.of(filename), bucket, key, progress);
    }

    /** boto3's download_file (S3), through the SDK's transfer manager. */
    public void downloadFile(String bucket, String key, String filename) { downloadFile(bucket, key, filename, null); }

    public void downloadFile(String bucket, String key, String filename, TransferListener progress) {
        s3("downloadFile").downloadFile(bucket, key, Path.of(filename), progress);
    }

    /** boto3's upload_fileobj (S3): from a stream of any length, which is read to its end and not closed. */
    public void uploadFileobj(InputStream fileobj, String bucket, String key) { uploadFileobj(fileobj, bucket, key, null); }

    public void uploadFileobj(InputStream fileobj, String bucket, String key, TransferListener progress) {
        s3("uploadFileobj").uploadFileobj(fileobj, bucket, key, progress);
    }

    /** boto3's download_fileobj (S3): into a stream, which is not closed. */
    public void downloadFileobj(String bucket, String key, OutputStream fileobj) { downloadFileobj(bucket, key, fileobj, null); }

    public void downloadFileobj(String bucket, String key, OutputStream fileobj, TransferListener progress) {
        s3("downloadFileobj").downloadFileobj(bucket, key, fileobj, progress);
    }

    /**
     * boto3's copy (S3), through the SDK's transfer manager (multipart for large objects):
     * {@code copy(Map.of("Bucket", "src", "Key", "a.txt"), "dest", "b.txt")}; CopySource may also name a VersionId.
     */
    public void copy(Map<String, ?> copySource, String bucket, String key) { copy(copySource, bucket, key, null); }

    public void copy(Map<String, ?> copySource, String bucket, String key, TransferListener progress) {
        s3("copy").copy(copySource, bucket, key, progress);
    }

    private S3Extras s3(String method) {
        if (!service.name().equals("s3")) throw new UnsupportedServiceFeatureError(method + " is for the s3 client only, not " + service.name());
        return s3Extras.get();
    }

    public String serviceName() { return service.name(); }

    Object sdkWaiters() { return waiters.get(); }

    CallRecorder recorder() { return recorder; }

    ServiceModel service() { return service; }

    @Override public void close() {
        if (s3Extras.isSet()) s3Extras.get().close();
        if (sdk.isSet()) sdk.get().close();
    }

    @Override public String toString() {
        ClientMeta m = meta();
        return "AwsClient(" + m.serviceName() + ", region=" + m.regionName() + (m.endpointUrl() == null ? "" : ", endpoint=" + m.endpointUrl()) + ")";
    }

    static Method method(Class<?> type, String name, Class<?>... params) {
        try {
            return type.getMethod(name, params);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type.getName() + " has no " + name, e);
        }
    }

    static Object invoke(Object target, Method m, Object... args) {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
