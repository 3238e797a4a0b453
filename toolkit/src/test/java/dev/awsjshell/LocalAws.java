package dev.awsjshell;

import dev.awsjshell.session.Session;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A local HTTP server on loopback that records every request exactly as the SDK sent it and answers with what the
 * test scripts, as AWS would: for the cases no emulator covers (retries on 503, waiter failures, nothing-sent checks,
 * the resource services the sandbox does not run).
 */
public final class LocalAws implements AutoCloseable {
    public record Request(String method, String uri, Map<String, List<String>> headers, String body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    public record Response(int status, String contentType, String body, Map<String, String> headers) {
        public static Response xml(int status, String body) { return new Response(status, "application/xml", body, Map.of("x-amz-request-id", "REQ" + status)); }
        public static Response json(int status, String body) { return new Response(status, "application/x-amz-json-1.0", body, Map.of("x-amzn-RequestId", "REQ" + status)); }
    }

    private final HttpServer server;
    public final List<Request> requests = new CopyOnWriteArrayList<>();

    public LocalAws(Function<Request, Response> answer) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> handle(exchange, answer));
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(8));
        server.start();
    }

    public String url() { return "http://127.0.0.1:" + server.getAddress().getPort(); }

    /** A session pointed at this server, with explicit test keys. */
    public Session session() {
        return Session.builder().endpointUrl(url()).regionName("us-east-1").accessKeyId("AKIDLOCALTEST").secretAccessKey("local-secret-key").build();
    }

    private void handle(HttpExchange exchange, Function<Request, Response> answer) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().toString(), Map.copyOf(exchange.getRequestHeaders()), body);
        requests.add(request);
        Response response = answer.apply(request);
        byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", response.contentType());
        response.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        boolean noBody = exchange.getRequestMethod().equals("HEAD") || bytes.length == 0;
        exchange.sendResponseHeaders(response.status(), noBody ? -1 : bytes.length);
        if (!noBody) try (OutputStream out = exchange.getResponseBody()) { out.write(bytes); }
        exchange.close();
    }

    @Override public void close() { server.stop(0); }

    /**
     * An HTTPS server on 127.0.0.1, started, presenting the key and certificate of a PKCS#12 store (password
     * "changeit") and answering every request with {@link #LIST_BUCKETS}. The caller stops it.
     */
    public static HttpsServer httpsListBuckets(Path pkcs12) throws IOException, GeneralSecurityException {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(pkcs12)) { keys.load(in, "changeit".toCharArray()); }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, "changeit".toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), null, null);
        HttpsServer server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        server.createContext("/", exchange -> {
            byte[] body = LIST_BUCKETS.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/xml");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) { out.write(body); }
        });
        server.start();
        return server;
    }

    public static final String LIST_BUCKETS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ListAllMyBucketsResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
            + "<Owner><ID>owner-id</ID><DisplayName>me</DisplayName></Owner><Buckets><Bucket><Name>demo</Name>"
            + "<CreationDate>2026-01-31T12:00:00.000Z</CreationDate></Bucket></Buckets></ListAllMyBucketsResult>";
    public static final String SLOW_DOWN = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>ServiceUnavailable</Code><Message>Please reduce your request rate.</Message><RequestId>R503</RequestId></Error>";
}
