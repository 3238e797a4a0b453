package dev.awsjshell.client;

import dev.awsjshell.errors.InvalidConfigError;

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
