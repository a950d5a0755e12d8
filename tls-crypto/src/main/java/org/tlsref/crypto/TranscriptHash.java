package org.tlsref.crypto;

import org.tlsref.api.codec.Bytes;

/**
 * A running hash that can report the hash so far without ending it: the transcript hash of
 * RFC 8446 §4.4.1, taken after each message. Mutable, one owner.
 */
public interface TranscriptHash {
    /** The algorithm. */
    HashAlgorithm algorithm();

    /** Adds {@code data} to the hash. */
    void update(Bytes data);

    /** Adds {@code length} bytes of {@code data} from {@code offset}. */
    void update(byte[] data, int offset, int length);

    /** The hash of everything added so far; the hash goes on accepting updates. */
    Bytes snapshot();

    /** An independent copy with the same state. */
    TranscriptHash copy();
}
