package org.tlsref.crypto;

import java.security.PublicKey;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.SignatureScheme;

/** Verifies signatures of one scheme (RFC 8446 §4.4.3, RFC 5246 §4.7). */
public interface Verifier {
    /** The scheme. */
    SignatureScheme scheme();

    /**
     * Checks {@code signature} over {@code message} with {@code key}.
     *
     * @throws org.tlsref.api.TlsAlert with {@link CryptoFailure#BAD_SIGNATURE} when it does not
     *     verify (malformed signature bytes included), or
     *     {@link CryptoFailure#SIGNATURE_SCHEME_MISMATCH} when the key does not fit the scheme
     */
    void verify(PublicKey key, Bytes message, Bytes signature);
}
