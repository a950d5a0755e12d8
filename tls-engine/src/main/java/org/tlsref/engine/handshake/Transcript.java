package org.tlsref.engine.handshake;

import org.tlsref.api.codec.Bytes;
import org.tlsref.api.message.MessageHash;
import org.tlsref.crypto.CryptoProvider;
import org.tlsref.crypto.HashAlgorithm;
import org.tlsref.crypto.TranscriptHash;

/**
 * The running transcript hash of RFC 8446 §4.4.1: "the hash of the concatenation of each included
 * handshake message, including the handshake message header carrying the handshake message type
 * and length fields, but not including record layer headers."
 *
 * <p>It exists from the moment the cipher suite, and so the hash, is known: for the server after
 * reading the ClientHello, for the client after reading the ServerHello or HelloRetryRequest.
 * Before that a client state holds its ClientHello bytes instead.
 *
 * <p>Mutable, with one owner: the live state hands it to the next and keeps no reference.
 */
public final class Transcript {
    private final TranscriptHash hash;

    private Transcript(TranscriptHash hash) {
        this.hash = hash;
    }

    /** An empty transcript over {@code algorithm}, the cipher suite's hash. */
    public static Transcript start(CryptoProvider provider, HashAlgorithm algorithm) {
        return new Transcript(provider.hash(algorithm));
    }

    /**
     * A transcript that starts after a HelloRetryRequest. RFC 8446 §4.4.1: "When the server
     * responds to a ClientHello with a HelloRetryRequest, the value of ClientHello1 is replaced
     * with a special synthetic handshake message of handshake type "message_hash" containing
     * Hash(ClientHello1)":
     * <pre>
     * Transcript-Hash(ClientHello1, HelloRetryRequest, ... Mn) =
     *     Hash(message_hash ||        /* Handshake type *&#47;
     *          00 00 Hash.length  ||  /* Handshake message length (bytes) *&#47;
     *          Hash(ClientHello1) ||  /* Hash of ClientHello1 *&#47;
     *          HelloRetryRequest  || ... || Mn)
     * </pre>
     * The HelloRetryRequest itself is added by the caller, like any message.
     */
    public static Transcript withMessageHash(CryptoProvider provider, HashAlgorithm algorithm,
            Bytes clientHello1) {
        TranscriptHash first = provider.hash(algorithm);
        first.update(clientHello1);
        Transcript transcript = start(provider, algorithm);
        transcript.add(new MessageHash(first.snapshot()).encode());
        return transcript;
    }

    /** The hash function. */
    public HashAlgorithm algorithm() {
        return hash.algorithm();
    }

    /** Adds one whole handshake message, header included, exactly as sent or received. */
    public void add(Bytes handshakeMessage) {
        hash.update(handshakeMessage);
    }

    /** Adds a received message's exact bytes. */
    public void add(Received<?> received) {
        add(received.encoding());
    }

    /** Transcript-Hash of every message added so far; the transcript goes on. */
    public Bytes hash() {
        return hash.snapshot();
    }
}
