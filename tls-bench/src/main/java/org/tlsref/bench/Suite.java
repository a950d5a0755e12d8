package org.tlsref.bench;

import org.tlsref.api.registry.CipherSuite;
import org.tlsref.crypto.AeadAlgorithm;

/** The TLS 1.3 cipher suites the record benchmarks cover (RFC 8446 §B.4). */
public enum Suite {
    /** AES-128-GCM. */
    TLS_AES_128_GCM_SHA256(CipherSuite.TLS_AES_128_GCM_SHA256, AeadAlgorithm.AES_128_GCM),
    /** AES-256-GCM. */
    TLS_AES_256_GCM_SHA384(CipherSuite.TLS_AES_256_GCM_SHA384, AeadAlgorithm.AES_256_GCM),
    /** ChaCha20-Poly1305. */
    TLS_CHACHA20_POLY1305_SHA256(CipherSuite.TLS_CHACHA20_POLY1305_SHA256, AeadAlgorithm.CHACHA20_POLY1305);

    private final CipherSuite code;
    private final AeadAlgorithm aead;

    Suite(CipherSuite code, AeadAlgorithm aead) {
        this.code = code;
        this.aead = aead;
    }

    /** The registry value. */
    public CipherSuite code() {
        return code;
    }

    /** The record protection algorithm. */
    public AeadAlgorithm aead() {
        return aead;
    }

    /** The name JSSE uses, which is the IANA name. */
    public String jsseName() {
        return name();
    }
}
