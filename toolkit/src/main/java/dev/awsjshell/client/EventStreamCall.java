package dev.awsjshell.client;

import dev.awsjshell.errors.EventStreamError;
import dev.awsjshell.model.OperationModel;
import dev.awsjshell.response.AwsMap;
import dev.awsjshell.response.EventStream;
import dev.awsjshell.shape.Responses;

import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkPojo;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * An operation that answers with an event stream, through the SDK's async client (the only one that has them), given to
 * the caller as boto3 gives it: the response's members, and under the stream's member an {@link EventStream} that yields
 * each event as it arrives. The call returns once the response has begun (its headers read); the events are read by
 * iterating, with the SDK's back-pressure: a few events are asked for ahead of the reader.
 */
final class EventStreamCall {
    private static final int AHEAD = 8;
    private static final Object END = new Object();

    private EventStreamCall() {}

    static AwsMap call(Object asyncClient, OperationModel op, Object request) {
        Class<?> handlerType = op.method().getParameterTypes()[1];
        CompletableFuture<Object> initial = new CompletableFuture<>();
        Events events = new Events(op.name());
        Object handler = Proxy.newProxyInstance(handlerType.getClassLoader(), new Class<?>[] {handlerType}, (proxy, method, args) -> {
            switch (method.getName()) {
                case "responseReceived" -> initial.complete(args[0]);
                case "onEventStream" -> subscribe(args[0], events);
                case "exceptionOccurred" -> {
                    initial.completeExceptionally((Throwable) args[0]);
                    events.offer((Throwable) args[0]);
                }
                case "complete" -> events.offer(END);
                case "hashCode" -> { return System.identityHashCode(proxy); }
                case "equals" -> { return proxy == args[0]; }
                case "toString" -> { return "EventStreamHandler(" + op + ")"; }
                default -> { }
            }
            return null;
        });
        CompletableFuture<?> done;
        try {
            done = (CompletableFuture<?>) op.method().invoke(asyncClient, request, handler);
        } catch (InvocationTargetException e) {
            throw Responses.translate(op.name(), e.getCause(), 0);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        done.whenComplete((v, t) -> {
            if (t != null) {
                Throwable cause = t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
                initial.completeExceptionally(cause);
                events.offer(cause);
            } else {
                events.offer(END);
            }
        });
        Object response;
        try {
            response = initial.get();
        } catch (ExecutionException e) {
            throw Responses.translate(op.name(), e.getCause(), 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            done.cancel(true);
            throw new IllegalStateException("interrupted while waiting for " + op.name() + " to answer", e);
        }
        Map<String, Object> out = new LinkedHashMap<>(Responses.toMap(response, 0));
        Object metadata = out.remove("ResponseMetadata");
        out.put(op.eventStreamMember(), new EventStream(events, () -> {
            events.cancel();
            done.cancel(true);
        }));
        out.put("ResponseMetadata", metadata);
        return new AwsMap(out);
    }

    @SuppressWarnings("unchecked")
    private static void subscribe(Object publisher, Events events) { ((Publisher<Object>) publisher).subscribe(events); }

    /** The event names an operation's stream may carry, as boto3 names them: for {@code doc()}. */
    static List<String> eventNames(OperationModel op) {
        List<String> names = new ArrayList<>();
        for (Type t : op.method().getParameterTypes()[1].getGenericInterfaces()) {
            if (t instanceof ParameterizedType p && p.getActualTypeArguments().length == 2 && p.getActualTypeArguments()[1] instanceof Class<?> union) {
                try {
                    Class<?> eventType = Class.forName(union.getName() + "$EventType", false, union.getClassLoader());
                    for (Object e : eventType.getEnumConstants()) if (!((Enum<?>) e).name().equals("UNKNOWN_TO_SDK_VERSION")) names.add(e.toString());
                } catch (ClassNotFoundException e) {
                    return names;
                }
            }
        }
        return names;
    }

    /** The events as they arrive, one reader at a time: AwsMaps, then END or the error that ended them. */
    private static final class Events implements Subscriber<Object>, Iterator<AwsMap> {
        private final String operation;
        private final LinkedBlockingQueue<Object> queue = new LinkedBlockingQueue<>();
        private volatile Subscription subscription;
        private Object next;
        private boolean finished;

        Events(String operation) { this.operation = operation; }

        void offer(Object item) { queue.add(item); }

        void cancel() {
            Subscription s = subscription;
            if (s != null) s.cancel();
            queue.add(END);
        }

        @Override public void onSubscribe(Subscription s) {
            subscription = s;
            s.request(AHEAD);
        }

        @Override public void onNext(Object event) { queue.add(event(event)); }

        @Override public void onError(Throwable t) { queue.add(t); }

        @Override public void onComplete() { queue.add(END); }

        @Override public synchronized boolean hasNext() {
            if (finished) return false;
            if (next == null) {
                try {
                    next = queue.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    cancel();
                    throw new IllegalStateException("interrupted while reading the events of " + operation, e);
                }
            }
            if (next == END) {
                finished = true;
                return false;
            }
            if (next instanceof Throwable t) {
                finished = true;
                cancel();
                if (t instanceof AwsServiceException e) throw new EventStreamError(operation, Responses.errorResponse(e, 0), e);
                throw Responses.translate(operation, t, 0);
            }
            return true;
        }

        @Override public synchronized AwsMap next() {
            if (!hasNext()) throw new NoSuchElementException();
            AwsMap event = (AwsMap) next;
            next = null;
            Subscription s = subscription;
            if (s != null) s.request(1);
            return event;
        }

        /** {@code {eventName: fields}}: the name is the stream member's, as boto3 keys it ({@code contentBlockDelta}, {@code PayloadChunk}). */
        private static AwsMap event(Object event) {
            String name = event.getClass().getSimpleName();
            try {
                name = String.valueOf(event.getClass().getMethod("sdkEventType").invoke(event));
            } catch (ReflectiveOperationException e) {
                // an event class without sdkEventType keeps its class name
            }
            return new AwsMap(Map.of(name, Responses.toMap((SdkPojo) event)));
        }
    }
}
