package dev.awsjshell.response;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** A streaming response body (botocore's StreamingBody): read it once as bytes, text or a stream. */
public final class StreamingBody implements AutoCloseable {
    private final InputStream stream;
    private final Long contentLength;
    private byte[] bytes;

    public StreamingBody(InputStream stream, Long contentLength) {
        this.stream = stream;
        this.contentLength = contentLength;
    }

    public synchronized byte[] read() {
        if (bytes == null) {
            try (InputStream in = stream) {
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bytes;
    }

    public String text() { return new String(read(), StandardCharsets.UTF_8); }

    /** The raw stream, for large objects; once read this way, {@link #read()} has nothing left. */
    public synchronized InputStream stream() { return bytes != null ? new ByteArrayInputStream(bytes) : stream; }

    @Override public void close() {
        try { stream.close(); } catch (IOException e) { throw new UncheckedIOException(e); }
    }

    @Override public String toString() {
        return "StreamingBody(" + (contentLength == null ? "unknown length" : contentLength + " bytes") + ")";
    }
}
