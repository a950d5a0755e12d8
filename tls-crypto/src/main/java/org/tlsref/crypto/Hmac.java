package org.tlsref.crypto;

import org.tlsref.api.codec.Bytes;

/** HMAC (RFC 2104) over one hash function. */
public interface Hmac {
    /** The underlying hash. */
    HashAlgorithm algorithm();

    /** HMAC(key, data). */
    Bytes mac(Secret key, Bytes data);
}
