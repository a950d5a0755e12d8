package org.tlsref.engine.keyschedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tlsref.api.registry.CipherSuite;
import org.tlsref.crypto.AeadAlgorithm;
import org.tlsref.crypto.HashAlgorithm;

class CipherSuiteParametersTest {
    @Test
    void mapsTheFiveTls13SuitesToTheirAeadAndHash() {
        check(0x1301, AeadAlgorithm.AES_128_GCM, HashAlgorithm.SHA256);
        check(0x1302, AeadAlgorithm.AES_256_GCM, HashAlgorithm.SHA384);
        check(0x1303, AeadAlgorithm.CHACHA20_POLY1305, HashAlgorithm.SHA256);
        check(0x1304, AeadAlgorithm.AES_128_CCM, HashAlgorithm.SHA256);
        check(0x1305, AeadAlgorithm.AES_128_CCM_8, HashAlgorithm.SHA256);
    }

    @ParameterizedTest
    @EnumSource(CipherSuiteParameters.class)
    void eachConstantIsFoundByItsSuite(CipherSuiteParameters parameters) {
        assertEquals(parameters, CipherSuiteParameters.of(parameters.suite()));
        assertEquals(parameters.name(), parameters.suite().name().orElseThrow());
        assertEquals(parameters.hash().outputLength(), parameters.hashLength());
    }

    @Test
    void refusesTls12SuitesSignallingValuesAndUnknownCodes() {
        for (CipherSuite suite : new CipherSuite[] {CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
                CipherSuite.TLS_EMPTY_RENEGOTIATION_INFO_SCSV, CipherSuite.of(0x1306), CipherSuite.of(0x0a0a)}) {
            assertThrows(IllegalArgumentException.class, () -> CipherSuiteParameters.of(suite));
        }
    }

    private static void check(int code, AeadAlgorithm aead, HashAlgorithm hash) {
        CipherSuiteParameters parameters = CipherSuiteParameters.of(CipherSuite.of(code));
        assertEquals(aead, parameters.aead());
        assertEquals(hash, parameters.hash());
    }
}
