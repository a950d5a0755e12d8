package org.tlsref.crypto.pki;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.Bytes;

/** Hostile or random input gives a clear error, and nothing else. */
class HostileInputTest {
    private static final List<Bytes> GOOD = Pki.chain("server-rsa2048.pem").encoded();

    @Property(tries = 500)
    void randomBytesAreAMalformedCertificate(@ForAll @Size(max = 700) byte[] bytes) {
        TlsAlert alert = assertThrows(TlsAlert.class, () -> CertificateChain.decode(List.of(Bytes.of(bytes))));

        assertEquals(CertificateFailure.MALFORMED, alert.reason());
    }

    @Property(tries = 500)
    void randomBytesInADerSequenceAreAMalformedCertificate(@ForAll @Size(max = 120) byte[] body) {
        Bytes der = Bytes.ofUnsigned(0x30, body.length).concat(Bytes.of(body));

        TlsAlert alert = assertThrows(TlsAlert.class, () -> CertificateChain.decode(List.of(der)));

        assertEquals(CertificateFailure.MALFORMED, alert.reason());
    }

    @Property(tries = 300)
    void randomBytesInAPemBlockAreAConfigurationError(@ForAll("labels") String label,
            @ForAll @Size(min = 1, max = 400) byte[] bytes) {
        String text = PemTest.pem(label, bytes);

        if (label.equals("CERTIFICATE")) {
            assertThrows(IllegalArgumentException.class, () -> Pem.certificates(text, "random.pem"));
        } else {
            assertThrows(IllegalArgumentException.class, () -> Pem.privateKey(text, "random.pem", "x".toCharArray()));
        }
    }

    @Property(tries = 300)
    void randomTextIsAConfigurationError(@ForAll String text) {
        assertThrows(IllegalArgumentException.class, () -> Pem.certificates(text, "random.pem"));
        assertThrows(IllegalArgumentException.class, () -> Pem.privateKey(text, "random.pem"));
    }

    /** A certificate with one byte changed either fails to decode or fails validation; nothing escapes. */
    @Property(tries = 300)
    void aMutatedCertificateFailsOnlyWithAnAlert(@ForAll @IntRange(max = 2000) int position,
            @ForAll @IntRange(min = 1, max = 255) int mask) {
        byte[] leaf = GOOD.get(0).toByteArray();
        int index = position % leaf.length;
        leaf[index] ^= (byte) mask;

        assertThrows(TlsAlert.class, () -> Pki.validator().validate(
                CertificateChain.decode(List.of(Bytes.of(leaf), GOOD.get(1))), Purpose.SERVER_AUTH));
    }

    @Provide
    Arbitrary<String> labels() {
        return Arbitraries.of("CERTIFICATE", "PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY", "ENCRYPTED PRIVATE KEY");
    }
}
