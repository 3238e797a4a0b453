package dev.awsjshell.client;

import software.amazon.awssdk.awscore.AwsRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The HTTP request the SDK makes of a call (serialized, endpoint resolved, signed), stopped before it is sent and
 * before any other interceptor sees it (nothing is counted or shown on the wire view): what a presigned URL signs for
 * any operation, as botocore presigns any operation.
 */
public final class RequestCapture implements ExecutionInterceptor {
    static final RequestCapture INSTANCE = new RequestCapture();

    @Override public String toString() { return "RequestCapture (stops a call once its request is signed, and sends nothing)"; }
    private static final ExecutionAttribute<AtomicReference<SdkHttpRequest>> CAPTURE = new ExecutionAttribute<>(ExecutionAttributeNames.unique("aws-jshell.capture"));

    /** Thrown to stop the call once its request is made; never seen by users. */
    private static final class Captured extends RuntimeException {
        Captured() { super("captured, not sent", null, false, false); }
    }

    @Override public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        AtomicReference<SdkHttpRequest> into = attributes.getAttribute(CAPTURE);
        if (into == null) return;
        into.set(context.httpRequest());
        throw new Captured();
    }

    /** Calls {@code method} on {@code client} with {@code request} (and {@code more} arguments) and returns the request it would send, as signed. */
    public static SdkHttpRequest of(Object client, Method method, AwsRequest request, Object... more) {
        AtomicReference<SdkHttpRequest> into = new AtomicReference<>();
        AwsRequest marked = request.toBuilder().overrideConfiguration(o -> o.putExecutionAttribute(CAPTURE, into)).build();
        Object[] args = new Object[more.length + 1];
        args[0] = marked;
        System.arraycopy(more, 0, args, 1, more.length);
        try {
            method.invoke(client, args);
        } catch (InvocationTargetException e) {
            if (into.get() == null) {
                if (e.getCause() instanceof RuntimeException r) throw r;
                throw new IllegalStateException(e.getCause());
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        if (into.get() == null) throw new IllegalStateException(method.getName() + " made no request");
        return into.get();
    }
}
