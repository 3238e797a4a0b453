package dev.awsjshell.client;

import dev.awsjshell.config.Config;
import dev.awsjshell.errors.ToolkitError;

import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;

import javax.xml.stream.XMLStreamException;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * botocore's retry modes, on the SDK's retry strategies (the SDK's own legacy mode counts and waits differently).
 * <ul>
 * <li>legacy, botocore's default ({@code _retry.json}): 5 attempts in all, DynamoDB 10; before retry n it waits
 *     {@code base * 2^(n-1)} seconds, base a random number in [0, 1), DynamoDB's 0.05 (its ten attempts give up after
 *     about 25 s); no retry quota.</li>
 * <li>standard and adaptive: 3 attempts; waits {@code random * min(2^(n-1), 20)} seconds; the SDK's retry quota
 *     and, for adaptive, its client-side rate limiter.</li>
 * </ul>
 * Config's {@code total_max_attempts} (or {@code max_attempts} + 1) replaces the attempt count in every mode. Besides
 * the SDK's retry conditions, a connection that fails while an answer is read (reset in the middle of a body) is
 * retried, as botocore retries its socket errors.
 */
public final class RetryPolicy {
    public static final String DEFAULT_MODE = "legacy";
    private static final double MAX_STANDARD_BACKOFF_SECONDS = 20;

    private RetryPolicy() {}

    /** The strategy for one service's clients. */
    public static RetryStrategy strategy(String service, Config config) {
        String mode = config.retryMode() == null ? DEFAULT_MODE : config.retryMode();
        Integer configured = config.totalMaxAttempts();
        return switch (mode) {
            case "legacy" -> AwsRetryStrategy.legacyRetryStrategy().toBuilder()
                    .maxAttempts(configured != null ? configured : service.equals("dynamodb") ? 10 : 5)
                    .backoffStrategy(legacyBackoff(service))
                    .throttlingBackoffStrategy(legacyBackoff(service))
                    .circuitBreakerEnabled(false)
                    .useClientDefaults(false)
                    .retryOnException(RetryPolicy::brokenConnection)
                    .build();
            case "adaptive" -> AwsRetryStrategy.adaptiveRetryStrategy().toBuilder()
                    .useClientDefaults(false)
                    .maxAttempts(configured != null ? configured : 3)
                    .backoffStrategy(RetryPolicy::standardDelay)
                    .throttlingBackoffStrategy(RetryPolicy::standardDelay)
                    .retryOnException(RetryPolicy::brokenConnection)
                    .build();
            default -> AwsRetryStrategy.standardRetryStrategy().toBuilder()
                    .useClientDefaults(false)
                    .maxAttempts(configured != null ? configured : 3)
                    .backoffStrategy(RetryPolicy::standardDelay)
                    .throttlingBackoffStrategy(RetryPolicy::standardDelay)
                    .retryOnException(RetryPolicy::brokenConnection)
                    .build();
        };
    }

    /**
     * botocore's legacy delay before an attempt. The SDK asks with the number of the attempt about to be made (2 for
     * the first retry); botocore counts the attempts made (1 then), hence {@code attempt - 2}.
     */
    public static BackoffStrategy legacyBackoff(String service) {
        return attempt -> seconds((service.equals("dynamodb") ? 0.05 : ThreadLocalRandom.current().nextDouble()) * Math.pow(2, attempt - 2));
    }

    /** botocore's standard delay (retries/standard.py): {@code random() * min(2^(n-1), 20)} seconds before retry n. */
    private static Duration standardDelay(int attempt) {
        return seconds(ThreadLocalRandom.current().nextDouble() * Math.min(Math.pow(2, attempt - 2), MAX_STANDARD_BACKOFF_SECONDS));
    }

    private static Duration seconds(double s) { return Duration.ofNanos(Math.round(s * 1e9)); }

    /**
     * An I/O failure anywhere in the chain (a reset while a body is read surfaces as a parse error wrapping it); not an
     * error the toolkit raised itself (a credential source that failed), which is never retried.
     */
    static boolean brokenConnection(Throwable error) {
        boolean io = false;
        for (Throwable t : causes(error)) {
            if (t instanceof ToolkitError) return false;
            if (isNetworkIo(t)) io = true;
        }
        return io;
    }

    /** An I/O failure of the connection, not a parser's complaint about a body that arrived whole (Jackson's are IOExceptions). */
    static boolean isNetworkIo(Throwable t) {
        return t instanceof IOException && !t.getClass().getName().contains("jackson");
    }

    /**
     * The error and its causes, including the one an XML parser keeps as its nested exception (a reset while S3's XML
     * is read arrives as the SDK's "Could not parse XML response", caused by the parser's error, nesting the reset).
     */
    static List<Throwable> causes(Throwable error) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = error; t != null && chain.size() < 20; ) {
            chain.add(t);
            Throwable next = t.getCause();
            if (next == null && t instanceof XMLStreamException x && x.getNestedException() != null) next = x.getNestedException();
            t = next;
        }
        return chain;
    }

    /** True when the error is one the retry modes retry: botocore then says "(reached max retries: N)" once they gave up. */
    public static boolean retryable(Throwable error) {
        if (error instanceof SdkServiceException e) {
            return e.isThrottlingException() || e.isRetryableException() || e.isClockSkewException() || e.statusCode() >= 500;
        }
        return brokenConnection(error);
    }
}
