package dev.awsjshell.model;

import dev.awsjshell.errors.UnknownOperationError;
import dev.awsjshell.errors.UnknownWaiterError;
import dev.awsjshell.util.Names;

import software.amazon.awssdk.awscore.eventstream.EventStreamResponseHandler;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.ServiceMetadata;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** What the SDK's client interface of one service says about its operations, waiters and errors; read once, by reflection. */
public final class ServiceModel {
    private final String name;
    private final Class<?> clientInterface;
    private volatile Map<String, OperationModel> operations;
    private volatile Map<String, Method> waiters;

    ServiceModel(String name, Class<?> clientInterface) {
        this.name = name;
        this.clientInterface = clientInterface;
    }

    public String name() { return name; }
    public Class<?> clientInterface() { return clientInterface; }
    public String sdkPackage() { return clientInterface.getPackageName().substring("software.amazon.awssdk.services.".length()); }

    public Map<String, OperationModel> operations() {
        if (operations == null) operations = Collections.unmodifiableMap(readOperations());
        return operations;
    }

    public OperationModel operation(String snakeName) {
        if (snakeName == null) throw new UnknownOperationError(name, "null", operations().keySet());
        OperationModel op = operations().get(snakeName);
        if (op != null) return op;
        for (OperationModel o : operations().values()) {
            if (o.name().equals(snakeName)) return o;
        }
        throw new UnknownOperationError(name, snakeName, operations().keySet());
    }

    /** boto3's waiter names mapped to the SDK waiter methods taking a request object. */
    public Map<String, Method> waiters() {
        if (waiters == null) waiters = Collections.unmodifiableMap(readWaiters());
        return waiters;
    }

    /**
     * boto3's waiter names, from data/waiters.properties (written from the SDK's waiter interfaces), so that listing
     * them loads neither the client interface's methods nor the request classes they name; reflection where the data
     * has no entry for the service.
     */
    public List<String> waiterNames() {
        List<String> names = WaiterNames.of(name);
        return names != null ? names : List.copyOf(waiters().keySet());
    }

    public Method waiter(String snakeName) {
        if (snakeName == null) throw new UnknownWaiterError(name, "null", waiters().keySet());
        Method m = waiters().get(snakeName);
        if (m == null) throw new UnknownWaiterError(name, snakeName, waiters().keySet());
        return m;
    }

    /** The modeled errors: the exception classes the operations declare, by their SDK class names. */
    public Set<String> errorClassNames() {
        Set<String> names = new TreeSet<>();
        for (OperationModel op : operations().values()) {
            for (Class<?> e : op.method().getExceptionTypes()) {
                if (AwsServiceException.class.isAssignableFrom(e) && !Modifier.isAbstract(e.getModifiers())
                        && e.getPackageName().endsWith(".model") && !isServiceBaseException(e)) {
                    names.add(e.getSimpleName());
                }
            }
        }
        return names;
    }

    public Set<software.amazon.awssdk.regions.Region> regions() {
        try {
            ServiceMetadata metadata = (ServiceMetadata) clientInterface.getMethod("serviceMetadata").invoke(null);
            return new java.util.LinkedHashSet<>(metadata.regions());
        } catch (ReflectiveOperationException e) {
            return Set.of();
        }
    }

    private boolean isServiceBaseException(Class<?> e) {
        return e.getSuperclass() == AwsServiceException.class;
    }

    private Map<String, OperationModel> readOperations() {
        Map<String, Method> plain = new TreeMap<>();
        Map<String, Method> streamingIn = new TreeMap<>();
        Map<String, Method> streamingOut = new TreeMap<>();
        for (Method m : clientInterface.getMethods()) {
            Class<?>[] p = m.getParameterTypes();
            if (p.length == 0 || !SdkRequest.class.isAssignableFrom(p[0]) || p[0] == SdkRequest.class) continue;
            String op = p[0].getSimpleName().replaceFirst("Request$", "");
            if (p.length == 1 && ResponseInputStream.class.isAssignableFrom(m.getReturnType())) streamingOut.put(op, m);
            else if (p.length == 2 && p[1] == RequestBody.class) streamingIn.put(op, m);
            else if (p.length == 1 && !m.getName().endsWith("Paginator") && software.amazon.awssdk.core.SdkResponse.class.isAssignableFrom(m.getReturnType())) plain.put(op, m);
        }
        Map<String, OperationModel> ops = new TreeMap<>();
        Set<String> all = new TreeSet<>(plain.keySet());
        all.addAll(streamingIn.keySet());
        all.addAll(streamingOut.keySet());
        for (String op : all) {
            OperationModel.Kind kind = streamingIn.containsKey(op) ? OperationModel.Kind.STREAMING_INPUT
                    : streamingOut.containsKey(op) ? OperationModel.Kind.STREAMING_OUTPUT : OperationModel.Kind.PLAIN;
            Method m = switch (kind) {
                case STREAMING_INPUT -> streamingIn.get(op);
                case STREAMING_OUTPUT -> streamingOut.get(op);
                case PLAIN, EVENT_STREAM -> plain.get(op);
            };
            Class<?> request = m.getParameterTypes()[0];
            ops.put(Names.snake(op), new OperationModel(this, op, Names.snake(op), request, responseClass(request, op), m, kind));
        }
        for (Method m : eventStreamMethods()) {
            Class<?> request = m.getParameterTypes()[0];
            String op = request.getSimpleName().replaceFirst("Request$", "");
            ops.putIfAbsent(Names.snake(op), new OperationModel(this, op, Names.snake(op), request, responseClass(request, op), m, OperationModel.Kind.EVENT_STREAM));
        }
        return ops;
    }

    /** The async client's operations that answer with an event stream and send none: (request, response handler). */
    private List<Method> eventStreamMethods() {
        String name = clientInterface.getName();
        Class<?> async;
        try {
            async = Class.forName(name.substring(0, name.length() - "Client".length()) + "AsyncClient", false, clientInterface.getClassLoader());
        } catch (ClassNotFoundException e) {
            return List.of();
        }
        List<Method> methods = new ArrayList<>();
        for (Method m : async.getMethods()) {
            Class<?>[] p = m.getParameterTypes();
            if (p.length == 2 && SdkRequest.class.isAssignableFrom(p[0]) && p[0] != SdkRequest.class
                    && EventStreamResponseHandler.class.isAssignableFrom(p[1])) {
                methods.add(m);
            }
        }
        return methods;
    }

    private static Class<?> responseClass(Class<?> request, String op) {
        try {
            return Class.forName(request.getPackageName() + "." + op + "Response", false, request.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("No response class for " + request.getName(), e);
        }
    }

    private Map<String, Method> readWaiters() {
        Map<String, Method> result = new TreeMap<>();
        Method waiterFactory;
        try {
            waiterFactory = clientInterface.getMethod("waiter");
        } catch (NoSuchMethodException e) {
            return result;
        }
        for (Method m : waiterFactory.getReturnType().getMethods()) {
            Class<?>[] p = m.getParameterTypes();
            if (m.getName().startsWith("waitUntil") && p.length == 2 && SdkRequest.class.isAssignableFrom(p[0])
                    && p[1].getSimpleName().equals("WaiterOverrideConfiguration")) {
                result.put(Names.snakeFromCamel(m.getName().substring("waitUntil".length())), m);
            }
        }
        return result;
    }

    @Override public String toString() { return "ServiceModel(" + name + ")"; }
}
