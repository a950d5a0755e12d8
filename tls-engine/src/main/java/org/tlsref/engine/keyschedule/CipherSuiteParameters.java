package org.tlsref.engine.keyschedule;

import org.tlsref.api.registry.CipherSuite;
import org.tlsref.crypto.AeadAlgorithm;
import org.tlsref.crypto.HashAlgorithm;

/**
 * What a TLS 1.3 cipher suite fixes (RFC 8446 §B.4): "a symmetric cipher/key length/HMAC
 * tuple" as the AEAD algorithm for record protection and the hash for HKDF and the transcript.
 */
public enum CipherSuiteParameters {
    /** RFC 8446 §B.4 {0x13,0x01}. */
    TLS_AES_128_GCM_SHA256(CipherSuite.TLS_AES_128_GCM_SHA256, AeadAlgorithm.AES_128_GCM, HashAlgorithm.SHA256),
    /** RFC 8446 §B.4 {0x13,0x02}. */
    TLS_AES_256_GCM_SHA384(CipherSuite.TLS_AES_256_GCM_SHA384, AeadAlgorithm.AES_256_GCM, HashAlgorithm.SHA384),
    /** RFC 8446 §B.4 {0x13,0x03}. */
    TLS_CHACHA20_POLY1305_SHA256(CipherSuite.TLS_CHACHA20_POLY1305_SHA256, AeadAlgorithm.CHACHA20_POLY1305,
            HashAlgorithm.SHA256),
    /** RFC 8446 §B.4 {0x13,0x04}. */
    TLS_AES_128_CCM_SHA256(CipherSuite.TLS_AES_128_CCM_SHA256, AeadAlgorithm.AES_128_CCM, HashAlgorithm.SHA256),
    /** RFC 8446 §B.4 {0x13,0x05}. */
    TLS_AES_128_CCM_8_SHA256(CipherSuite.TLS_AES_128_CCM_8_SHA256, AeadAlgorithm.AES_128_CCM_8,
            HashAlgorithm.SHA256);

    private final CipherSuite suite;
    private final AeadAlgorithm aead;
    private final HashAlgorithm hash;

    CipherSuiteParameters(CipherSuite suite, AeadAlgorithm aead, HashAlgorithm hash) {
        this.suite = suite;
        this.aead = aead;
        this.hash = hash;
    }

    /**
     * The parameters of a TLS 1.3 suite.
     *
     * @throws IllegalArgumentException for any other suite (TLS 1.2 suites, SCSVs, unknown codes)
     */
    public static CipherSuiteParameters of(CipherSuite suite) {
        for (CipherSuiteParameters parameters : values()) {
            if (parameters.suite.equals(suite)) {
                return parameters;
            }
        }
        throw new IllegalArgumentException(suite + " is not a TLS 1.3 cipher suite");
    }

    /** The suite's registry value. */
    public CipherSuite suite() {
        return suite;
    }

    /** The record protection algorithm. */
    public AeadAlgorithm aead() {
        return aead;
    }

    /** The hash of HKDF and Transcript-Hash (RFC 8446 §7.1: "the cipher suite hash algorithm"). */
    public HashAlgorithm hash() {
        return hash;
    }

    /** Hash.length in RFC 8446 §7.1. */
    public int hashLength() {
        return hash.outputLength();
    }
}
