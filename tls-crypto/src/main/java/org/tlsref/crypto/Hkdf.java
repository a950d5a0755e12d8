package org.tlsref.crypto;

import org.tlsref.api.codec.Bytes;

/** HKDF (RFC 5869) over one hash function: what the TLS 1.3 key schedule is built from. */
public interface Hkdf {
    /** The underlying hash. */
    HashAlgorithm algorithm();

    /** RFC 5869 §2.2 HKDF-Extract(salt, IKM) → PRK; an empty salt means HashLen zeros. */
    Secret extract(Bytes salt, Secret ikm);

    /** RFC 5869 §2.3 HKDF-Expand(PRK, info, L); L at most 255 × HashLen. */
    Secret expand(Secret prk, Bytes info, int length);
}
