package org.tlsref.bench.jsse;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.Security;
import java.security.cert.Certificate;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.jsse.provider.BouncyCastleJsseProvider;
import org.conscrypt.Conscrypt;
import org.tlsref.bench.pki.TestPki;

/**
 * The JSSE implementations measured beside tlsref. Each builds its {@link SSLContext}, key
 * managers and trust managers from its own provider, so a handshake exercises that stack's
 * own certificate handling, not the JDK's.
 */
public enum JsseStack {
    /** The JDK's own TLS: provider SunJSSE on the JDK's JCA providers. */
    SUN_JSSE("SunJSSE") {
        @Override
        Provider newProvider() {
            return Security.getProvider("SunJSSE");
        }
    },
    /** Bouncy Castle JSSE (bctls) on its default crypto: {@code JcaTlsCrypto} over the JDK's JCA providers. */
    BC_JSSE("BC JSSE") {
        @Override
        Provider newProvider() {
            return new BouncyCastleJsseProvider();
        }
    },
    /** Bouncy Castle JSSE with {@code JcaTlsCrypto} over Bouncy Castle's own JCA provider (bcprov). */
    BC_JSSE_BC_JCE("BC JSSE on BC JCE") {
        @Override
        Provider newProvider() {
            return new BouncyCastleJsseProvider(new BouncyCastleProvider());
        }
    },
    /** Conscrypt: the JSSE API over BoringSSL, native. */
    CONSCRYPT("Conscrypt") {
        @Override
        Provider newProvider() {
            return Conscrypt.newProvider();
        }
    };

    private static final char[] PASSWORD = "tlsref-bench".toCharArray();
    /**
     * Bouncy Castle JSSE logs every connection, and every refused record with its stack trace, at
     * INFO; kept here (a logger's level lasts only while someone holds the logger) at WARNING.
     */
    private static final Logger BOUNCY_CASTLE_LOG = quiet("org.bouncycastle.jsse");

    private final String label;

    JsseStack(String label) {
        this.label = label;
    }

    /** The name the report uses. */
    public String label() {
        return label;
    }

    /**
     * True when the stack ignores the TLS 1.3 suites it is given (BoringSSL enables them all and
     * orders them itself), so only its peer can choose one.
     */
    public boolean choosesTls13SuitesItself() {
        return this == CONSCRYPT;
    }

    /** A fresh instance of the stack's provider. */
    abstract Provider newProvider();

    /**
     * A TLS 1.3 context of this stack that trusts {@link TestPki#ROOT} and presents
     * {@code identity} when one is given (a server's certificate, or a client's for client
     * authentication).
     */
    public SSLContext context(Optional<TestPki.Identity> identity) {
        try {
            Provider provider = newProvider();
            SSLContext context = SSLContext.getInstance("TLSv1.3", provider);
            KeyManager[] keyManagers = null;
            if (identity.isPresent()) {
                KeyManagerFactory keys = KeyManagerFactory.getInstance(keyManagerAlgorithm(), provider);
                keys.init(keyStore(identity.get()), PASSWORD);
                keyManagers = keys.getKeyManagers();
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance("PKIX", provider);
            trust.init(trustStore());
            context.init(keyManagers, trust.getTrustManagers(), new SecureRandom());
            return context;
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException(label + ": cannot build an SSLContext", e);
        }
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.WARNING);
        return logger;
    }

    private String keyManagerAlgorithm() {
        return this == SUN_JSSE ? "SunX509" : "PKIX";
    }

    private static KeyStore keyStore(TestPki.Identity identity) throws GeneralSecurityException, java.io.IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("identity", identity.key(), PASSWORD, identity.chain().toArray(new Certificate[0]));
        return store;
    }

    private static KeyStore trustStore() throws GeneralSecurityException, java.io.IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("root", TestPki.ROOT);
        return store;
    }
}
