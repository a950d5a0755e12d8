package org.tlsref.engine.handshake.tls13;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tlsref.api.codec.Bytes;

class CertificateVerifyContentTest {
    @Test
    void contentIsSixtyFourSpacesTheContextAZeroAndTheHash() {
        Bytes hash = Bytes.ofUnsigned(0xAA, 0xBB);
        Bytes content = CertificateVerifyContent.SERVER.over(hash);
        assertEquals(Bytes.zeros(64).toHex().replace("0", "2").replace("22", "20"),
                content.slice(0, 64).toHex());
        assertEquals("TLS 1.3, server CertificateVerify",
                new String(content.slice(64, 64 + 33).toByteArray()));
        assertEquals(Bytes.ofUnsigned(0, 0xAA, 0xBB), content.slice(97, 100));
        assertEquals("TLS 1.3, client CertificateVerify",
                CertificateVerifyContent.CLIENT.contextString());
    }
}
