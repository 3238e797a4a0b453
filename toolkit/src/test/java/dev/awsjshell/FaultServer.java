package dev.awsjshell;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fault-injecting HTTP server on 127.0.0.1, at the socket level: it answers each request by a {@link Fault} and
 * counts the requests it read. For the network cases no HTTP server library can play: a reset in the middle of a body,
 * an answer that never comes, a connection that cannot be made.
 */
final class FaultServer implements AutoCloseable {
    /** What the server does with one request it has read. */
    interface Fault {
        void answer(Socket socket, OutputStream out) throws IOException;
    }

    private final ServerSocket server;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fault-server");
        t.setDaemon(true);
        return t;
    });
    final AtomicInteger requests = new AtomicInteger();

    FaultServer(Fault fault) throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        pool.submit(() -> {
            while (!server.isClosed()) {
                Socket s;
                try {
                    s = server.accept();
                } catch (IOException closed) {
                    return;
                }
                pool.submit(() -> serve(s, fault));
            }
        });
    }

    String url() { return "http://127.0.0.1:" + server.getLocalPort(); }

    private void serve(Socket socket, Fault fault) {
        try (socket) {
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            while (readRequest(in)) {
                requests.incrementAndGet();
                fault.answer(socket, out);
                if (socket.isClosed()) return;
            }
        } catch (IOException ignored) {
            // the client went away
        }
    }

    /** Reads one request (headers and a Content-Length body); false at the end of the stream. */
    private static boolean readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int last4 = 0;
        while (last4 != 0x0d0a0d0a) {
            int b = in.read();
            if (b < 0) return false;
            head.write(b);
            last4 = (last4 << 8) | b;
        }
        long length = 0;
        for (String line : head.toString(StandardCharsets.ISO_8859_1).split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) length = Long.parseLong(line.substring(15).trim());
        }
        in.readNBytes((int) length);
        return true;
    }

    /** An answer with a status, a content type and a body. */
    static Fault answer(int status, String contentType, String body) {
        return (socket, out) -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            out.write(("HTTP/1.1 " + status + " X\r\nContent-Type: " + contentType + "\r\nx-amzn-RequestId: R" + status
                    + "\r\nContent-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(bytes);
            out.flush();
        };
    }

    /** Headers announcing 1000 bytes, 100 of them, then a TCP reset. */
    static Fault resetMidBody() {
        return (socket, out) -> {
            String part = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ListAllMyBucketsResult><Buckets><Bucket><Name>demo</Name>";
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\nContent-Length: 1000\r\n\r\n" + part).getBytes(StandardCharsets.UTF_8));
            out.flush();
            socket.setSoLinger(true, 0);
            socket.close();
        };
    }

    /** Reads the request and never answers. */
    static Fault silence() {
        return (socket, out) -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    @Override public void close() throws IOException {
        server.close();
        pool.shutdownNow();
    }

    /** A free port of 127.0.0.1 that nothing listens on: connections are refused. */
    static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /**
     * A listening socket whose accept queue is full and never drained: the kernel drops further connection attempts,
     * so a client's connect times out.
     */
    static final class FullBacklog implements AutoCloseable {
        private final ServerSocket server;
        private final List<SocketChannel> fillers = new ArrayList<>();

        FullBacklog() throws IOException {
            server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
            for (int i = 0; i < 4; i++) {
                SocketChannel c = SocketChannel.open();
                c.configureBlocking(false);
                c.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort()));
                fillers.add(c);
            }
        }

        String url() { return "http://127.0.0.1:" + server.getLocalPort(); }

        @Override public void close() throws IOException {
            for (SocketChannel c : fillers) c.close();
            server.close();
        }
    }
}
