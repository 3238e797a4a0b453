package dev.awsjshell.client;

import dev.awsjshell.errors.ConnectTimeoutError;
import dev.awsjshell.errors.ConnectionClosedError;
import dev.awsjshell.errors.EndpointConnectionError;
import dev.awsjshell.errors.HttpClientError;
import dev.awsjshell.errors.ReadTimeoutError;
import dev.awsjshell.errors.ToolkitError;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Set;

/**
 * The SDK's client exceptions for network failures, once its retries gave up, as botocore's typed errors with
 * botocore's messages: {@code EndpointConnectionError}, {@code ConnectTimeoutError}, {@code ReadTimeoutError},
 * {@code ConnectionClosedError}, else {@code HTTPClientError}. Certificate failures stay the SDK's (their PKIX
 * message says more than botocore's SSLError).
 */
public final class NetworkErrors {
    /** The HTTP clients' own names (the SDK shades Apache's), matched by simple name. */
    private static final Set<String> CONNECT_TIMEOUTS = Set.of("ConnectTimeoutException");
    private static final Set<String> CLOSED = Set.of("NoHttpResponseException", "ConnectionClosedException", "TruncatedChunkException",
            "MalformedChunkCodingException", "ClosedChannelException", "PrematureChannelClosureException");

    private NetworkErrors() {}

    /** The typed error for a network failure, or null when {@code error} is not one. */
    public static RuntimeException translate(Throwable error, String url) {
        IOException io = null;
        for (Throwable t : RetryPolicy.causes(error)) {
            if (t instanceof ToolkitError || t instanceof javax.net.ssl.SSLException) return null;
            if (io == null && RetryPolicy.isNetworkIo(t)) io = (IOException) t;
        }
        if (io == null) return null;
        String message = String.valueOf(io.getMessage()).toLowerCase();
        String name = io.getClass().getSimpleName();
        if (CONNECT_TIMEOUTS.contains(name) || (io instanceof SocketTimeoutException && message.contains("connect"))) {
            return new ConnectTimeoutError(url, error);
        }
        if (io instanceof SocketTimeoutException) return new ReadTimeoutError(url, error);
        if (io instanceof ConnectException || io instanceof UnknownHostException || io instanceof NoRouteToHostException) {
            return new EndpointConnectionError(url, error);
        }
        if (io instanceof SocketException || io instanceof EOFException || CLOSED.contains(name)) return new ConnectionClosedError(url, error);
        return new HttpClientError("An HTTP Client raised an unhandled exception: " + io, url, error);
    }
}
