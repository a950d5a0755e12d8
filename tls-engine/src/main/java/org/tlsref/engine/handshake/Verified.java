package org.tlsref.engine.handshake;

import java.security.PublicKey;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.SignatureScheme;
import org.tlsref.crypto.CryptoProvider;
import org.tlsref.engine.keyschedule.FinishedMac;
import org.tlsref.engine.keyschedule.TrafficSecret;

/**
 * Proofs that a verification ran and passed. Each proof has a private constructor and comes only
 * from the method here that checks it, so a state that holds one (and {@code Traffic} requires
 * the proofs its side must hold) cannot have skipped the check.
 */
public final class Verified {
    private Verified() {
    }

    /**
     * Proof that a peer's CertificateVerify signature verified (RFC 8446 §4.4.3).
     */
    public static final class Signature {
        private final SignatureScheme scheme;

        private Signature(SignatureScheme scheme) {
            this.scheme = scheme;
        }

        /** The scheme the peer signed with. */
        public SignatureScheme scheme() {
            return scheme;
        }

        @Override
        public String toString() {
            return "Verified.Signature[" + scheme + "]";
        }
    }

    /** Proof that a peer's Finished verify_data was correct (RFC 8446 §4.4.4). */
    public static final class Finished {
        private Finished() {
        }

        @Override
        public String toString() {
            return "Verified.Finished";
        }
    }

    /**
     * Verifies {@code signature} over {@code signedContent} with the peer's {@code key}.
     *
     * @throws org.tlsref.api.TlsAlert decrypt_error ({@link org.tlsref.crypto.CryptoFailure#BAD_SIGNATURE})
     *     when it does not verify, illegal_parameter
     *     ({@link org.tlsref.crypto.CryptoFailure#SIGNATURE_SCHEME_MISMATCH}) when the key does
     *     not fit the scheme
     */
    public static Signature signature(CryptoProvider provider, SignatureScheme scheme,
            PublicKey key, Bytes signedContent, Bytes signature) {
        provider.verifier(scheme).verify(key, signedContent, signature);
        return new Signature(scheme);
    }

    /**
     * Verifies a received Finished.verify_data against the peer's BaseKey and the transcript hash
     * before it.
     *
     * @throws org.tlsref.api.TlsAlert decrypt_error
     *     ({@link org.tlsref.engine.keyschedule.KeyScheduleFailure#BAD_FINISHED}) when it does not
     *     match
     */
    public static Finished finished(TrafficSecret base, Bytes transcriptHash, Bytes verifyData) {
        FinishedMac.verify(base, transcriptHash, verifyData);
        return new Finished();
    }
}
