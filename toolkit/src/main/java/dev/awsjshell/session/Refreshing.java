package dev.awsjshell.session;

import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Keys that expire, fetched again as botocore's RefreshableCredentials does: from 15 minutes before the expiration
 * (a failure then keeps the old keys), and necessarily from 10 minutes before it. Safe to share between threads.
 */
final class Refreshing implements AwsCredentialsProvider {
    private static final Duration ADVISORY = Duration.ofMinutes(15);
    private static final Duration MANDATORY = Duration.ofMinutes(10);

    private final Supplier<AwsCredentials> fetch;
    private volatile AwsCredentials current;

    Refreshing(Supplier<AwsCredentials> fetch) { this(fetch, null); }

    Refreshing(Supplier<AwsCredentials> fetch, AwsCredentials first) {
        this.fetch = fetch;
        this.current = first;
    }

    @Override public AwsCredentials resolveCredentials() {
        AwsCredentials c = current;
        if (c != null && !within(c, ADVISORY)) return c;
        synchronized (this) {
            c = current;
            if (c != null && !within(c, ADVISORY)) return c;
            try {
                current = c = fetch.get();
            } catch (RuntimeException e) {
                if (c == null || within(c, MANDATORY)) throw e;
            }
            return c;
        }
    }

    private static boolean within(AwsCredentials c, Duration window) {
        Optional<Instant> expiration = c.expirationTime();
        return expiration.isPresent() && expiration.get().minus(window).isBefore(Instant.now());
    }

    @Override public String toString() { return "Refreshing"; }
}
