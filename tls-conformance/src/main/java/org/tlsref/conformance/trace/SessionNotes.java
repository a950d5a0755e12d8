package org.tlsref.conformance.trace;

import java.util.ArrayList;
import java.util.List;
import org.tlsref.conformance.dissect.Node;
import org.tlsref.engine.handshake.Session;
import org.tlsref.engine.keyschedule.CipherSuiteParameters;

/** The parameters a completed handshake agreed on, as the trace prints them. */
public final class SessionNotes {
    private SessionNotes() {
    }

    /** One line: version, suite, group, signature scheme. */
    static List<Node> brief(Session session) {
        return List.of(Node.leaf("agreed", session.version() + ", " + session.cipherSuite() + ", "
                + session.group() + ", server signature " + session.signatureScheme()));
    }

    /**
     * Everything {@code side} learned: version, suite with its record protection and hash, key
     * exchange group, the server's signature scheme, the peer's certificate, ALPN.
     */
    public static List<Node> negotiated(Side side, Session session) {
        List<Node> facts = new ArrayList<>();
        facts.add(Node.leaf("protocol version", session.version().toString()));
        CipherSuiteParameters suite = CipherSuiteParameters.of(session.cipherSuite());
        facts.add(Node.leaf("cipher suite", session.cipherSuite() + ": records protected with "
                + MessageNotes.aead(suite.aead()) + ", keys derived with HKDF-" + suite.hash()));
        facts.add(Node.leaf("key exchange group", session.group().toString()));
        facts.add(Node.leaf("server signature scheme", session.signatureScheme().toString()));
        facts.add(peer(side.peer(), session));
        facts.add(Node.leaf("application protocol (ALPN)",
                session.applicationProtocol().orElse("none")));
        facts.add(Node.leaf("resumed", session.resumed() ? "yes" : "no (full handshake)"));
        return facts;
    }

    /** The peer's certificate as {@code side}'s peer presented it, or that there was none. */
    public static Node peer(Side peer, Session session) {
        String name = peer.label() + " certificate";
        return session.peerCertificates().isEmpty()
                ? Node.leaf(name, "none (the " + peer.label() + " did not authenticate)")
                : Node.leaf(name, CertificateNotes.dn(session.peerCertificates().get(0)
                        .getSubjectX500Principal()) + " ("
                        + CertificateNotes.publicKey(session.peerCertificates().get(0).getPublicKey())
                        + ", chain of " + session.peerCertificates().size() + ")");
    }
}
