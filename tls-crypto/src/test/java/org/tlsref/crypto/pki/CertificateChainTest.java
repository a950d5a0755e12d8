package org.tlsref.crypto.pki;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.AlertDescription;

class CertificateChainTest {

    @Test
    void decodesWhatItEncodes() {
        CertificateChain chain = Pki.chain("server-ed25519.pem");

        CertificateChain decoded = CertificateChain.decode(chain.encoded());

        assertEquals(chain.certificates(), decoded.certificates());
        assertEquals(Pki.leaf("server-ed25519.pem"), decoded.leaf());
    }

    @Test
    void anEmptyCertificateMessageIsDecodeError() {
        TlsAlert alert = assertThrows(TlsAlert.class, () -> CertificateChain.decode(List.of()));

        assertEquals(CertificateFailure.EMPTY_CHAIN, alert.reason());
        assertEquals(AlertDescription.DECODE_ERROR, alert.description());
    }

    @Test
    void everyTruncationIsMalformed() {
        byte[] der = Pki.chain("server-p256.pem").encoded().get(0).toByteArray();
        for (int length = 0; length < der.length; length++) {
            Bytes truncated = Bytes.of(Arrays.copyOf(der, length));
            TlsAlert alert = assertThrows(TlsAlert.class, () -> CertificateChain.decode(List.of(truncated)));
            assertEquals(CertificateFailure.MALFORMED, alert.reason(), "length " + length);
        }
    }

    @Test
    void bytesAfterTheCertificateAreMalformed() {
        Bytes der = Pki.chain("server-p256.pem").encoded().get(0);

        TlsAlert alert = assertThrows(TlsAlert.class,
                () -> CertificateChain.decode(List.of(der.concat(Bytes.ofUnsigned(0)))));

        assertEquals(CertificateFailure.MALFORMED, alert.reason());
        assertEquals(AlertDescription.BAD_CERTIFICATE, alert.description());
        assertEquals(true, alert.getMessage().contains("certificate 0 of 1"), alert.getMessage());
    }

    @Test
    void aLocalChainCannotBeEmpty() {
        assertThrows(IllegalArgumentException.class, () -> CertificateChain.of(List.of()));
    }
}
