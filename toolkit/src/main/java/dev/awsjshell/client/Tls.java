package dev.awsjshell.client;

import dev.awsjshell.errors.InvalidConfigError;

import software.amazon.awssdk.http.TlsKeyManagersProvider;
import software.amazon.awssdk.http.TlsTrustManagersProvider;

import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;

/**
 * botocore's {@code ca_bundle} / {@code AWS_CA_BUNDLE}: the certificates of a PEM file are the only ones trusted, as
 * botocore verifies against that bundle alone.
 */
public final class Tls {
    private Tls() {}

    /** The trust managers of a PEM bundle, for the SDK's HTTP clients. */
    public static TlsTrustManagersProvider trustManagers(Path bundle) {
        TrustManager[] managers = load(bundle);
        return () -> managers;
    }

    /**
     * botocore's client_cert: the certificate chain of one PEM file and the PKCS#8 private key ({@code BEGIN PRIVATE
     * KEY}, RSA or EC) of another (or the same), presented to servers that ask for a client certificate.
     */
    public static TlsKeyManagersProvider keyManagers(Path certificate, Path key) {
        try {
            Collection<? extends Certificate> chain;
            try (InputStream in = Files.newInputStream(certificate)) {
                chain = CertificateFactory.getInstance("X.509").generateCertificates(in);
            }
            if (chain.isEmpty()) throw new InvalidConfigError("client_cert " + certificate + " holds no certificate");
            String pem = Files.readString(key);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("-----BEGIN PRIVATE KEY-----([A-Za-z0-9+/=\\s]+)-----END PRIVATE KEY-----").matcher(pem);
            if (!m.find()) {
                throw new InvalidConfigError("client_cert: " + key + " holds no unencrypted PKCS#8 private key (BEGIN PRIVATE KEY); "
                        + "convert one with: openssl pkcs8 -topk8 -nocrypt -in key.pem -out key8.pem");
            }
            java.security.spec.PKCS8EncodedKeySpec spec = new java.security.spec.PKCS8EncodedKeySpec(java.util.Base64.getMimeDecoder().decode(m.group(1)));
            java.security.PrivateKey privateKey = null;
            for (String algorithm : java.util.List.of("RSA", "EC")) {
                try {
                    privateKey = java.security.KeyFactory.getInstance(algorithm).generatePrivate(spec);
                    break;
                } catch (java.security.spec.InvalidKeySpecException notThisOne) {
                    // the next algorithm
                }
            }
            if (privateKey == null) throw new InvalidConfigError("client_cert: the key in " + key + " is neither RSA nor EC");
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            char[] none = new char[0];
            store.setKeyEntry("client", privateKey, none, chain.toArray(new Certificate[0]));
            javax.net.ssl.KeyManagerFactory factory = javax.net.ssl.KeyManagerFactory.getInstance(javax.net.ssl.KeyManagerFactory.getDefaultAlgorithm());
            factory.init(store, none);
            javax.net.ssl.KeyManager[] managers = factory.getKeyManagers();
            return () -> managers;
        } catch (IOException | GeneralSecurityException e) {
            throw new InvalidConfigError("Cannot read the client_cert " + certificate + ": " + e.getMessage());
        }
    }

    private static TrustManager[] load(Path bundle) {
        try (InputStream in = Files.newInputStream(bundle)) {
            Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (certificates.isEmpty()) throw new InvalidConfigError("ca_bundle " + bundle + " holds no certificate");
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int i = 0;
            for (Certificate c : certificates) store.setCertificateEntry("ca-" + i++, c);
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            return factory.getTrustManagers();
        } catch (IOException | GeneralSecurityException e) {
            throw new InvalidConfigError("Cannot read the ca_bundle " + bundle + ": " + e.getMessage());
        }
    }
}
