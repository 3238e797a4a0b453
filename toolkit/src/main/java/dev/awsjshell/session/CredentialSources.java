package dev.awsjshell.session;

import dev.awsjshell.errors.NoCredentialsError;

import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * A session's credentials: the chain is walked once, on first use, and the source that answered keeps its keys fresh.
 * A source that fails raises its error and is asked again at the next use (botocore asks the chain again while it has
 * no credentials); nothing configured is remembered as such. Safe to share between threads.
 */
public final class CredentialSources {
    private final Supplier<CredentialChain.Source> chain;
    private volatile Optional<CredentialChain.Source> resolved;

    CredentialSources(Supplier<CredentialChain.Source> chain) { this.chain = chain; }

    /** The source that answers, or empty when none is configured; a failing source raises its error. */
    Optional<CredentialChain.Source> source() {
        Optional<CredentialChain.Source> s = resolved;
        if (s == null) {
            synchronized (this) {
                s = resolved;
                if (s == null) resolved = s = Optional.ofNullable(chain.get());
            }
        }
        return s;
    }

    /** botocore's get_credentials: the keys and the method that found them; empty when nothing is configured. */
    Optional<Credentials> credentials() {
        return source().map(s -> {
            AwsCredentials c = s.provider().resolveCredentials();
            String token = c instanceof AwsSessionCredentials sc ? sc.sessionToken() : null;
            return new Credentials(c.accessKeyId(), c.secretAccessKey(), token, s.method());
        });
    }

    /** What SDK clients sign with: the source's keys, NoCredentialsError when there is no source, a source's own error when it fails. */
    AwsCredentialsProvider provider() {
        return new AwsCredentialsProvider() {
            @Override public AwsCredentials resolveCredentials() {
                return source().orElseThrow(() -> new NoCredentialsError(null)).provider().resolveCredentials();
            }

            @Override public String toString() { return "aws-jshell session credentials"; }
        };
    }
}
