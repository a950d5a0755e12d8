package org.tlsref.crypto.pki;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tlsref.api.codec.Bytes;

class TrustAnchorsTest {

    @Test
    void loadsFromPemAndDropsDuplicates() {
        TrustAnchors anchors = TrustAnchors.of(List.of(Pki.root(), Pki.intermediate(), Pki.root()));

        assertEquals(List.of(Pki.root(), Pki.intermediate()), anchors.certificates());
        assertEquals(List.of(Pki.root()), TrustAnchors.fromPem(Pki.file("root-ca.pem")).certificates());
    }

    @Test
    void namesTheAnchorsForCertificateAuthorities() {
        TrustAnchors anchors = TrustAnchors.of(List.of(Pki.root()));

        assertEquals(List.of(Bytes.of(Pki.root().getSubjectX500Principal().getEncoded())),
                anchors.distinguishedNames());
    }

    @Test
    void noAnchorIsAConfigurationError() {
        assertThrows(IllegalArgumentException.class, () -> TrustAnchors.of(List.of()));
    }
}
