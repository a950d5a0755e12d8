package org.tlsref.api.extension;

import static org.tlsref.api.extension.ExtensionContext.CERTIFICATE_REQUEST;
import static org.tlsref.api.extension.ExtensionContext.CLIENT_HELLO;
import static org.tlsref.api.extension.ExtensionWire.assertRejected;
import static org.tlsref.api.extension.ExtensionWire.assertWire;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.ExtensionType;

/** certificate_authorities, RFC 8446 §4.2.4. */
class CertificateAuthoritiesTest {
    private static final ExtensionType TYPE = ExtensionType.CERTIFICATE_AUTHORITIES;

    @Test
    void namesAreLengthPrefixedOpaqueDer() {
        // An empty DER Name (SEQUENCE {}) and the Name C=US, kept as bytes.
        CertificateAuthorities authorities = new CertificateAuthorities(List.of(
                Bytes.fromHex("3000"), Bytes.fromHex("300d310b3009060355040613025553")));
        assertWire(authorities, "0015 0002 3000 000f 300d310b3009060355040613025553",
                CLIENT_HELLO, CERTIFICATE_REQUEST);
    }

    @Test
    void rejectsListShorterThanThreeBytes() {
        assertRejected(DecodeFailure.LENGTH_OUT_OF_RANGE, TYPE, CERTIFICATE_REQUEST, "0002 0000");
    }

    @Test
    void rejectsEmptyDistinguishedName() {
        assertRejected(DecodeFailure.LENGTH_OUT_OF_RANGE, TYPE, CERTIFICATE_REQUEST,
                "0003 0000 ff");
    }
}
