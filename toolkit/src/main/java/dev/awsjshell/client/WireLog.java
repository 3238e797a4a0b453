package dev.awsjshell.client;

import dev.awsjshell.display.Secrets;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The wire view: each request as the SDK sends it (after serialization and signing) and each raw response, with the
 * signature and every secret masked. Off until switched on; then printed to the chosen stream.
 */
public final class WireLog implements ExecutionInterceptor {
    public static final WireLog INSTANCE = new WireLog();
    private static final int BODY_LIMIT = 2048;

    private volatile boolean enabled;
    private volatile PrintStream out = System.out;

    private WireLog() {}

    public void enable(boolean on) { this.enabled = on; }
    public boolean enabled() { return enabled; }
    public void output(PrintStream stream) { this.out = stream; }

    @Override public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        if (!enabled) return;
        SdkHttpRequest request = context.httpRequest();
        StringBuilder b = new StringBuilder();
        b.append(">>> ").append(attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME)).append('.')
                .append(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME)).append(" request, as signed\n");
        b.append(request.method()).append(' ').append(Secrets.text(request.getUri().toString())).append('\n');
        headers(b, request.headers());
        if (context.requestBody().isPresent()) {
            b.append(body(context.requestBody().get()));
        } else if (request instanceof SdkHttpFullRequest full && full.contentStreamProvider().isPresent()) {
            // query-protocol services (STS, SQS's query form, EC2, IAM...): the SDK moves the form into the body as it
            // builds the HTTP request, leaving no RequestBody
            b.append(body(full.contentStreamProvider().get(), request.firstMatchingHeader("Content-Type").orElse(null),
                    request.firstMatchingHeader("Content-Length").map(Long::parseLong).orElse(-1L)));
        }
        out.println(b);
    }

    /** A presigned request: shown as it would be sent, though nothing is sent. */
    public void presigned(String service, String operation, SdkHttpRequest request) {
        if (!enabled) return;
        StringBuilder b = new StringBuilder(">>> ").append(service).append('.').append(operation).append(" presigned, not sent\n");
        b.append(request.method()).append(' ').append(Secrets.text(request.getUri().toString())).append('\n');
        headers(b, request.headers());
        out.println(b);
    }

    @Override public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
        Optional<InputStream> content = context.responseBody();
        if (!enabled) return content;
        SdkHttpResponse response = context.httpResponse();
        StringBuilder b = new StringBuilder("<<< ").append(response.statusCode()).append(' ')
                .append(response.statusText().orElse("")).append(" raw response\n");
        headers(b, response.headers());
        if (content.isEmpty()) {
            out.println(b);
            return content;
        }
        try {
            InputStream in = content.get();
            byte[] head = in.readNBytes(BODY_LIMIT);
            int more = in.available();
            b.append(Secrets.text(new String(head, StandardCharsets.UTF_8)));
            if (head.length == BODY_LIMIT) b.append("\n... (body cut at ").append(BODY_LIMIT).append(" bytes").append(more > 0 ? ", more follows" : "").append(')');
            out.println(b);
            return Optional.of(new SequenceInputStream(new ByteArrayInputStream(head), in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void headers(StringBuilder b, Map<String, List<String>> headers) {
        new TreeMap<>(headers).forEach((name, values) -> values.forEach(v -> b.append(name).append(": ").append(Secrets.header(name, v)).append('\n')));
    }

    private static String body(RequestBody body) {
        return body(body.contentStreamProvider(), body.contentType(), body.optionalContentLength().orElse(-1L));
    }

    private static String body(ContentStreamProvider content, String type, long length) {
        if (length == 0) return "";
        boolean text = type == null || type.contains("json") || type.contains("xml") || type.startsWith("text") || type.contains("x-www-form-urlencoded") || type.contains("octet-stream");
        if (!text) return "<" + length + " bytes of " + type + ">";
        try (InputStream in = content.newStream()) {
            byte[] head = in.readNBytes(BODY_LIMIT);
            if (head.length == 0) return "";
            String s = Secrets.text(new String(head, StandardCharsets.UTF_8));
            return "\n" + s + (length > BODY_LIMIT ? "\n... (body cut at " + BODY_LIMIT + " of " + length + " bytes)" : "") + "\n";
        } catch (IOException e) {
            return "<body not readable: " + e.getMessage() + ">";
        }
    }

    @Override public String toString() { return "WireLog(" + (enabled ? "on" : "off") + ")"; }
}
