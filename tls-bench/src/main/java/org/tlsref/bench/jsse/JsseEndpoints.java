package org.tlsref.bench.jsse;

import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import org.tlsref.bench.Suite;
import org.tlsref.bench.pki.TestPki;

/**
 * A client context of one stack and a server context of another (usually the same), built once,
 * from which {@link #connect()} makes fresh engine pairs and runs their handshake: TLS 1.3 only,
 * the server presenting {@link TestPki#SERVER}, the client presenting {@link TestPki#CLIENT}
 * when {@link ClientAuth#REQUIRED}, and, when a suite is given, only that suite enabled on both
 * sides.
 *
 * <p>Conscrypt is the exception: BoringSSL enables every TLS 1.3 suite whatever the engine is
 * told, and a Conscrypt server told to enable only a TLS 1.3 suite finds no key type to choose
 * a certificate for; so a Conscrypt endpoint is left on its defaults, and the suite is then the
 * peer's choice (a Conscrypt client offers AES-128-GCM first on hardware with AES instructions).
 *
 * <p>Engines are made without a peer host, so no client ever looks up a session to resume:
 * every handshake is a full one. The server's chain is still validated against the root; only
 * the host name check, which needs a peer host, is left out. Key exchange groups are the JVM's
 * ({@code -Djdk.tls.namedGroups=x25519}, set by the benchmarks' forks and the tests, for
 * SunJSSE and BC JSSE; BoringSSL offers X25519 first by itself).
 */
public final class JsseEndpoints {
    private static final String[] TLS13 = {"TLSv1.3"};

    private final JsseStack clientStack;
    private final JsseStack serverStack;
    private final Optional<Suite> suite;
    private final ClientAuth clientAuth;
    private final SSLContext clientContext;
    private final SSLContext serverContext;

    /** Contexts for a {@code clientStack} client and a {@code serverStack} server. */
    public JsseEndpoints(JsseStack clientStack, JsseStack serverStack, Optional<Suite> suite, ClientAuth clientAuth) {
        this.clientStack = clientStack;
        this.serverStack = serverStack;
        this.suite = suite;
        this.clientAuth = clientAuth;
        this.clientContext = clientStack.context(
                clientAuth == ClientAuth.REQUIRED ? Optional.of(TestPki.CLIENT) : Optional.empty());
        this.serverContext = serverStack.context(Optional.of(TestPki.SERVER));
    }

    /** Both ends on {@code stack}. */
    public static JsseEndpoints of(JsseStack stack, Optional<Suite> suite, ClientAuth clientAuth) {
        return new JsseEndpoints(stack, stack, suite, clientAuth);
    }

    /** New engines, handshaken. */
    public EnginePair connect() throws SSLException {
        EnginePair pair = pair();
        pair.handshake();
        return pair;
    }

    /** New engines, not yet handshaken. */
    public EnginePair pair() {
        SSLEngine client = clientContext.createSSLEngine();
        client.setUseClientMode(true);
        configure(client, clientStack);
        SSLEngine server = serverContext.createSSLEngine();
        server.setUseClientMode(false);
        configure(server, serverStack);
        if (clientAuth == ClientAuth.REQUIRED) {
            server.setNeedClientAuth(true);
        }
        return new EnginePair(client, server);
    }

    /** The client's stack. */
    public JsseStack clientStack() {
        return clientStack;
    }

    /** The server's stack. */
    public JsseStack serverStack() {
        return serverStack;
    }

    private void configure(SSLEngine engine, JsseStack stack) {
        engine.setEnabledProtocols(TLS13);
        if (stack.choosesTls13SuitesItself()) {
            return;
        }
        suite.ifPresent(s -> engine.setEnabledCipherSuites(new String[] {s.jsseName()}));
    }
}
