package org.tlsref.crypto;

import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.SignatureScheme;

/** Signs with one private key under one signature scheme (RFC 8446 §4.2.3, §4.4.3). */
public interface Signer {
    /** The scheme. */
    SignatureScheme scheme();

    /** The signature of {@code message}; PSS salts and ECDSA nonces come from {@code random}. */
    Bytes sign(Bytes message, RandomSource random);
}
