package dev.awsjshell.client;

import dev.awsjshell.config.Config;
import dev.awsjshell.errors.NoRegionError;
import dev.awsjshell.errors.ParamValidationError;
import dev.awsjshell.errors.UnknownOperationError;
import dev.awsjshell.model.OperationModel;
import dev.awsjshell.model.PaginatorModel;
import dev.awsjshell.model.ServiceModel;
import dev.awsjshell.response.AwsMap;
import dev.awsjshell.shape.RequestMarshaller;
import dev.awsjshell.shape.Responses;
import dev.awsjshell.util.Lazy;

import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * boto3's low-level client for one service: every operation by boto3's snake_case name, parameters and responses as
 * maps keyed by boto3's names, over the typed SDK client ({@link #sdk()}), which does all the wire work.
 * Safe to share between threads.
 */
public class AwsClient implements AutoCloseable {
    private static final List<String> PAYLOAD_NAMES = List.of("Body", "body");

    private static final Lazy<Map<String, ClientCustomization>> CUSTOMIZATIONS = new Lazy<>(() -> {
        Map<String, ClientCustomization> byService = new HashMap<>();
        for (ClientCustomization c : ServiceLoader.load(ClientCustomization.class, AwsClient.class.getClassLoader())) {
            if (byService.putIfAbsent(c.service(), c) != null) throw new IllegalStateException("Two client customizations for " + c.service());
        }
        return Map.copyOf(byService);
    });

    private final ClientSpec spec;
    private final ServiceModel service;
    private final Config config;
    private final CallRecorder recorder = new CallRecorder();
    private final ClientFactory factory;
    private final Lazy<SdkClient> sdk;
    private final Lazy<Object> waiters;
    private volatile Stubber stubber;
    private final Lazy<SdkClient> async;

    /** A client for a spec; {@link #create} picks the service's own subclass where it has one (S3's). */
    protected AwsClient(ClientSpec spec) {
        this.spec = spec;
        this.service = spec.service();
        this.config = spec.config();
        this.factory = new ClientFactory(spec, recorder);
        this.sdk = new Lazy<>(factory::sync);
        this.waiters = new Lazy<>(() -> invoke(sdk(), method(service.clientInterface(), "waiter")));
        this.async = new Lazy<>(factory::asyncForEventStreams);
    }

    /** The client for a spec: the service's {@link ClientCustomization} where one is registered, else this class. */
    public static AwsClient create(ClientSpec spec) {
        ClientCustomization custom = CUSTOMIZATIONS.get().get(spec.service().name());
        return custom == null ? new AwsClient(spec) : custom.newClient(spec);
    }

    /** Builds this client's other SDK clients (async, presigner) from the same spec, for a service's subclass. */
    protected ClientFactory factory() { return factory; }

    /** boto3's operation names, sorted: {@code list_objects_v2}, ... */
    public List<String> operations() { return List.copyOf(service.operations().keySet()); }

    public AwsMap call(String operation) { return call(operation, Map.of()); }

    /**
     * Calls an operation: {@code call("list_objects_v2", Map.of("Bucket", "b"))}. Unknown operations and bad parameters
     * raise before anything is sent; a service error raises {@link ClientError}.
     */
    public AwsMap call(String operation, Map<String, ?> params) {
        OperationModel op = service.operation(operation);
        Map<String, ?> given = params == null ? Map.of() : params;
        Stubber stubbed = stubber;
        if (stubbed != null) stubbed.expect(op, given);
        Map<String, Object> fields = new LinkedHashMap<>(beforeParameterBuild(op.snakeName(), given));
        RequestBody payload = null;
        List<String> problems = new ArrayList<>();
        if (op.kind() == OperationModel.Kind.STREAMING_INPUT) {
            Object body = null;
            for (String name : PAYLOAD_NAMES) if (fields.containsKey(name)) body = fields.remove(name);
            payload = requestBody(body, problems);
        }
        Object request = RequestMarshaller.toRequest(op.requestClass(), fields, problems, !config.isFalse("parameter_validation"));
        if (!problems.isEmpty()) throw new ParamValidationError(op.name(), problems);
        if (stubbed != null) return stubbed.respond(op);
        if (op.kind() == OperationModel.Kind.EVENT_STREAM) return EventStreamCall.call(async.get(), op, request);
        Object result = send(op, payload == null ? new Object[] {request} : new Object[] {request, payload});
        return Responses.toMap(result, recorder.retryAttempts());
    }

    /**
     * botocore's {@code before-parameter-build} event: a service's own handling of parameters before they are
     * validated (S3's bucket name check, its CopySource forms). Raises ParamValidationError; nothing is sent then.
     * {@code operation} is boto3's name, or a waiter's name for a waiter's request.
     */
    protected Map<String, ?> beforeParameterBuild(String operation, Map<String, ?> params) { return params; }

    private Object send(OperationModel op, Object[] args) {
        try {
            return op.method().invoke(sdk(), args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SdkClientException refused && recorder.attempts() == 0 && String.valueOf(refused.getMessage()).startsWith("Unable to marshall request")) {
                // the SDK's own check of a value, before anything was sent ("Bucket cannot be empty.")
                throw new ParamValidationError(op.name(), List.of("The SDK cannot send this request: "
                        + refused.getMessage().replaceFirst("^Unable to marshall request to [A-Za-z]+: ", "")));
            }
            RuntimeException network = NetworkErrors.translate(cause, recorder.lastUrl());
            if (network != null) throw network;
            boolean gaveUp = RetryPolicy.retryable(cause) && recorder.retryAttempts() + 1 >= factory.maxAttempts();
            throw Responses.translate(op.name(), cause, recorder.retryAttempts(), gaveUp);
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
        URI endpoint = spec.endpoint();
        String region;
        try {
            region = factory.region().id();
        } catch (NoRegionError e) {
            region = null;
        }
        String endpointUrl = endpoint != null ? endpoint.toString()
                : sdk.isSet() ? sdk().serviceClientConfiguration().endpointOverride().map(URI::toString).orElse(null) : null;
        return new ClientMeta(service.name(), service.clientInterface().getSimpleName(), region, endpointUrl, config, recorder.requestsSent());
    }

    /**
     * An operation's help as a value that prints whole: description, an example, each parameter (type, required,
     * allowed values, nested structure) and the response's structure, as boto3's {@code help(client.put_object)}.
     */
    public Doc doc(String operation) { return Doc.of(service.operation(operation)); }

    /** boto3's {@code help(client.put_object)}: prints {@link #doc(String)}. */
    public void help(String operation) { System.out.print(doc(operation)); }

    /** boto3's {@code help(client)}: the service's operations, waiters and paginators, and how to read one's help. */
    public void help() { System.out.print(ClientHelp.of(this)); }

    /** boto3's {@code waiter_names}: {@code [bucket_exists, bucket_not_exists, object_exists, object_not_exists]} for s3. */
    public List<String> waiterNames() { return service.waiterNames(); }

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

    public String serviceName() { return service.name(); }

    Object sdkWaiters() { return waiters.get(); }

    CallRecorder recorder() { return recorder; }

    protected ServiceModel service() { return service; }

    /** The {@link Stubber} answering this client's calls, or null. */
    void stubber(Stubber stubber) { this.stubber = stubber; }

    protected ClientSpec spec() { return spec; }

    @Override public void close() {
        if (sdk.isSet()) sdk.get().close();
        if (async.isSet()) async.get().close();
    }

    @Override public String toString() {
        ClientMeta m = meta();
        return "AwsClient(" + m.serviceName() + ", region=" + m.regionName() + (m.endpointUrl() == null ? "" : ", endpoint=" + Config.maskUserInfo(m.endpointUrl())) + ")";
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
