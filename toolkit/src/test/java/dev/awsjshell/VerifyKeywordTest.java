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

/** boto3's verify keyword and Config's client_cert against a local HTTPS server whose certificate no trust store holds. */
class VerifyKeywordTest {
    private static void keytool(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
    }

    private static KeyStore load(Path p12) throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (FileInputStream in = new FileInputStream(p12.toFile())) { keys.load(in, "changeit".toCharArray()); }
        return keys;
    }

    @Test
    void clientCertIsPresentedToAServerThatAsksForOne(@TempDir Path dir) throws Exception {
        Path server = dir.resolve("server.p12");
        Path client = dir.resolve("client.p12");
        Path serverPem = dir.resolve("server.pem");
        Path clientPem = dir.resolve("client.pem");
        keytool("-genkeypair", "-alias", "local", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1",
                "-validity", "1", "-storetype", "PKCS12", "-keystore", server.toString(), "-storepass", "changeit");
        keytool("-exportcert", "-rfc", "-alias", "local", "-keystore", server.toString(), "-storepass", "changeit", "-file", serverPem.toString());
        keytool("-genkeypair", "-alias", "me", "-keyalg", "EC", "-dname", "CN=me", "-validity", "1", "-storetype", "PKCS12", "-keystore", client.toString(), "-storepass", "changeit");
        keytool("-exportcert", "-rfc", "-alias", "me", "-keystore", client.toString(), "-storepass", "changeit", "-file", clientPem.toString());
        byte[] pkcs8 = load(client).getKey("me", "changeit".toCharArray()).getEncoded();
        Path clientKey = java.nio.file.Files.writeString(dir.resolve("client-key.pem"), "-----BEGIN PRIVATE KEY-----\n"
                + java.util.Base64.getMimeEncoder().encodeToString(pkcs8) + "\n-----END PRIVATE KEY-----\n");

        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(load(server), "changeit".toCharArray());
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("me", load(client).getCertificate("me"));
        javax.net.ssl.TrustManagerFactory tmf = javax.net.ssl.TrustManagerFactory.getInstance(javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trusted);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        HttpsServer https = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        https.setHttpsConfigurator(new HttpsConfigurator(tls) {
            @Override public void configure(com.sun.net.httpserver.HttpsParameters params) {
                javax.net.ssl.SSLParameters p = tls.getDefaultSSLParameters();
                p.setNeedClientAuth(true);
                params.setSSLParameters(p);
            }
        });
        https.createContext("/", exchange -> {
            byte[] body = LocalAws.LIST_BUCKETS.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/xml");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        https.start();
        try {
            String url = "https://127.0.0.1:" + https.getAddress().getPort();
            Session session = Session.builder().regionName("us-east-1").accessKeyId("AKIDLOCALTEST").secretAccessKey("s").build();
            assertThatThrownBy(() -> session.client("s3", Map.of("endpoint_url", url, "verify", serverPem.toString(),
                    "config", Map.of("retries", Map.of("max_attempts", 0)))).call("list_buckets")).as("no client certificate: the handshake fails");
            Map<String, Object> config = Map.of("retries", Map.of("max_attempts", 0), "client_cert", List.of(clientPem.toString(), clientKey.toString()));
            assertThat(session.client("s3", Map.of("endpoint_url", url, "verify", serverPem.toString(), "config", config)).call("list_buckets").search("Buckets[].Name"))
                    .isEqualTo(List.of("demo"));
        } finally {
            https.stop(0);
        }
    }

    @Test
    void verifyFalseSkipsTheCheckAndAPathTrustsThatBundle(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("server.p12");
        Path bundle = dir.resolve("ca.pem");
        keytool("-genkeypair", "-alias", "local", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1",
                "-validity", "1", "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", "changeit");
        keytool("-exportcert", "-rfc", "-alias", "local", "-keystore", store.toString(), "-storepass", "changeit", "-file", bundle.toString());
        HttpsServer server = LocalAws.httpsListBuckets(store);
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
