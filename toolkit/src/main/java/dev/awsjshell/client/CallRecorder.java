package dev.awsjshell.client;

import dev.awsjshell.display.Secrets;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Remembers, per thread, how many attempts the last call took and what it last received: boto3's RetryAttempts,
 * and the last response a waiter saw. Sync SDK calls and waiters run on the calling thread.
 */
public final class CallRecorder implements ExecutionInterceptor {
    private final ThreadLocal<Integer> attempts = ThreadLocal.withInitial(() -> 0);
    private final ThreadLocal<Object> last = new ThreadLocal<>();
    private final ThreadLocal<String> lastUrl = new ThreadLocal<>();
    private final AtomicLong sent = new AtomicLong();

    @Override public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        attempts.set(0);
    }

    @Override public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        attempts.set(attempts.get() + 1);
        sent.incrementAndGet();
        lastUrl.set(Secrets.text(context.httpRequest().getUri().toString()));
    }

    @Override public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        last.set(context.response());
    }

    @Override public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        last.set(context.exception());
    }

    /** Attempts the last call on this thread made: 0 when it sent nothing. */
    public int attempts() { return attempts.get(); }

    /** Retries of the last call on this thread (attempts after the first). */
    public int retryAttempts() { return Math.max(0, attempts.get() - 1); }

    /** The last SdkResponse or Throwable this thread's calls ended with, or null. */
    public Object last() { return last.get(); }

    /** The URL of the last request this thread sent (secrets masked), as botocore's connection errors name it. */
    public String lastUrl() { return lastUrl.get(); }

    /** Every request this client has sent, from any thread. */
    public long requestsSent() { return sent.get(); }

    public void clear() { last.remove(); }

    @Override public String toString() { return "CallRecorder(requests sent: " + sent.get() + ")"; }
}
