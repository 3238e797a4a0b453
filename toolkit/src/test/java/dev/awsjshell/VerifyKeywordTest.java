package dev.awsjshell;

import dev.awsjshell.session.Session;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.io.FileInputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** boto3's verify keyword against a local HTTPS server whose certificate no trust store holds. */
class VerifyKeywordTest {
    private static void keytool(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
    }

    @Test
    void verifyFalseSkipsTheCheckAndAPathTrustsThatBundle(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("server.p12");
        Path bundle = dir.resolve("ca.pem");
        keytool("-genkeypair", "-alias", "local", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1",
                "-validity", "1", "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", "changeit");
        keytool("-exportcert", "-rfc", "-alias", "local", "-keystore", store.toString(), "-storepass", "changeit", "-file", bundle.toString());
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (FileInputStream in = new FileInputStream(store.toFile())) { keys.load(in, "changeit".toCharArray()); }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, "changeit".toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), null, null);
        HttpsServer server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        server.createContext("/", exchange -> {
            byte[] body = LocalAws.LIST_BUCKETS.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/xml");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String url = "https://127.0.0.1:" + server.getAddress().getPort();
            Session session = Session.builder().regionName("us-east-1").accessKeyId("AKIDLOCALTEST").secretAccessKey("s").build();
            Map<String, Object> once = Map.of("retries", Map.of("max_attempts", 0));
            assertThatThrownBy(() -> session.client("s3", Map.of("endpoint_url", url, "config", once)).call("list_buckets"))
                    .as("the JVM's trust store does not hold the server's certificate").hasStackTraceContaining("PKIX");
            assertThat(session.client("s3", Map.of("endpoint_url", url, "verify", false, "config", once)).call("list_buckets").search("Buckets[].Name"))
                    .isEqualTo(List.of("demo"));
            assertThat(session.client("s3", Map.of("endpoint_url", url, "verify", bundle.toString(), "config", once)).call("list_buckets").search("Buckets[].Name"))
                    .isEqualTo(List.of("demo"));
        } finally {
            server.stop(0);
        }
    }
}
