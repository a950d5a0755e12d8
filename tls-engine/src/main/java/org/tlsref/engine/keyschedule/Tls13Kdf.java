package org.tlsref.engine.keyschedule;

import org.tlsref.api.codec.Bytes;
import org.tlsref.crypto.CryptoProvider;
import org.tlsref.crypto.Hkdf;
import org.tlsref.crypto.Secret;
import org.tlsref.crypto.TranscriptHash;

/**
 * The functions of RFC 8446 §7.1 bound to one cipher suite's hash and one crypto provider, shared
 * by every stage of one key schedule.
 */
final class Tls13Kdf {
    private final CryptoProvider provider;
    private final CipherSuiteParameters parameters;
    private final Hkdf hkdf;
    private final Bytes emptyHash;

    private Tls13Kdf(CryptoProvider provider, CipherSuiteParameters parameters) {
        this.provider = provider;
        this.parameters = parameters;
        this.hkdf = provider.hkdf(parameters.hash());
        this.emptyHash = hash(Bytes.EMPTY);
    }

    static Tls13Kdf of(CryptoProvider provider, CipherSuiteParameters parameters) {
        return new Tls13Kdf(provider, parameters);
    }

    CryptoProvider provider() {
        return provider;
    }

    CipherSuiteParameters parameters() {
        return parameters;
    }

    int hashLength() {
        return parameters.hashLength();
    }

    /** HKDF-Extract with {@code salt} a secret of the schedule (the "derived" value). */
    Secret extract(Secret salt, Secret ikm) {
        return hkdf.extract(Bytes.of(salt.bytes()), ikm);
    }

    /** HKDF-Extract with the salt "0": Hash.length zero bytes (RFC 8446 §7.1). */
    Secret extractWithZeroSalt(Secret ikm) {
        return hkdf.extract(Bytes.zeros(hashLength()), ikm);
    }

    /** The 0-value: "a string of Hash.length bytes set to zeros" (RFC 8446 §7.1). */
    Secret zeros() {
        return Secret.zeros(hashLength());
    }

    Secret deriveSecret(Secret secret, String label, Bytes transcriptHash) {
        return HkdfLabel.deriveSecret(hkdf, secret, label, transcriptHash);
    }

    /** Derive-Secret(secret, label, ""): over the hash of no messages. */
    Secret deriveSecretOverNothing(Secret secret, String label) {
        return deriveSecret(secret, label, emptyHash);
    }

    Secret expandLabel(Secret secret, String label, Bytes context, int length) {
        return HkdfLabel.expandLabel(hkdf, secret, label, context, length);
    }

    /** The suite's hash of {@code data}. */
    Bytes hash(Bytes data) {
        TranscriptHash running = provider.hash(parameters.hash());
        running.update(data);
        return running.snapshot();
    }

    Bytes hmac(Secret key, Bytes data) {
        return provider.hmac(parameters.hash()).mac(key, data);
    }
}
