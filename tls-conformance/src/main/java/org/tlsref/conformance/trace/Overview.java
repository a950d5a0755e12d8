package org.tlsref.conformance.trace;

/**
 * The steps of the handshake overview the project started from
 * ({@code shared/seed/tls-handshake-overview.txt}), in its words; DESIGN.md maps each to the RFC
 * 8446 messages. {@link #bullet()} is the number of the overview's bullet (1 to 9); a trace step
 * that the overview does not describe (a change_cipher_spec, a close_notify) is {@link #NONE}.
 */
public enum Overview {
    /** Not a step of the overview. */
    NONE(0, ""),
    /** "The TLS client sends a client hello message ..." */
    CLIENT_HELLO(1, "client hello"),
    /** "The TLS server responds with a server hello message ..." */
    SERVER_HELLO(2, "server hello"),
    /** "The server also sends its digital certificate." */
    SERVER_CERTIFICATE(2, "the server sends its digital certificate"),
    /** "... the server sends a client certificate request ..." */
    CERTIFICATE_REQUEST(2, "client certificate request"),
    /** "The TLS client verifies the server's digital certificate." */
    SERVER_VERIFIED(3, "the client verifies the server's digital certificate"),
    /** "... both the client and the server to compute the secret key ..." */
    SECRET_KEY(4, "both sides compute the secret key"),
    /** "... the client's digital certificate, or a no digital certificate alert." */
    CLIENT_CERTIFICATE(5, "the client's certificate and proof with its private key"),
    /** "The TLS server verifies the client's certificate." */
    CLIENT_VERIFIED(6, "the server verifies the client's certificate"),
    /** "The TLS client sends the server a finished message ..." */
    CLIENT_FINISHED(7, "client finished"),
    /** "The TLS server sends the client a finished message ..." */
    SERVER_FINISHED(8, "server finished"),
    /** "... exchange messages that are symmetrically encrypted with the shared secret key." */
    APPLICATION_DATA(9, "messages symmetrically encrypted with the shared secret key");

    private final int bullet;
    private final String words;

    Overview(int bullet, String words) {
        this.bullet = bullet;
        this.words = words;
    }

    /** The overview's bullet number, 1 to 9; 0 for {@link #NONE}. */
    public int bullet() {
        return bullet;
    }

    /** The step in the overview's words. */
    public String words() {
        return words;
    }
}
