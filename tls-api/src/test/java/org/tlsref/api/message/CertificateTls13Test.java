package org.tlsref.api.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tlsref.api.message.MessageAssertions.assertBodyWithSuffixFails;
import static org.tlsref.api.message.MessageAssertions.assertEveryBodyTruncationFails;
import static org.tlsref.api.message.MessageAssertions.assertEveryMessageTruncationFails;
import static org.tlsref.api.message.MessageAssertions.assertFails;
import static org.tlsref.api.message.MessageAssertions.assertRoundTrip;
import static org.tlsref.api.message.MessageAssertions.hex;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.extension.Extensions;
import org.tlsref.api.extension.UnknownExtension;
import org.tlsref.api.registry.ExtensionType;

class CertificateTls13Test {
    private static final CertificateTls13 SAMPLE = new CertificateTls13(hex("abcd"), List.of(
            new CertificateEntry(hex("308201"), Extensions.EMPTY),
            new CertificateEntry(hex("30"), Extensions.of(
                    new UnknownExtension(ExtensionType.of(0x6a6a), Bytes.EMPTY)))));

    @Test
    void encodesContextThenEntryList() {
        assertRoundTrip(SAMPLE, hex("02 abcd 000012 000003 308201 0000 000001 30 0004 6a6a 0000"),
                DecodeContext.TLS13);
    }

    @Test
    void emptyListIsTheClientsNoCertificate() {
        assertRoundTrip(new CertificateTls13(Bytes.EMPTY, List.of()), hex("00 000000"),
                DecodeContext.TLS13);
    }

    @Test
    void everyTruncationIsDecodeError() {
        assertEveryBodyTruncationFails(SAMPLE, DecodeContext.TLS13);
        assertEveryMessageTruncationFails(SAMPLE, DecodeContext.TLS13);
    }

    @Test
    void rejectsTrailingBytes() {
        assertBodyWithSuffixFails(SAMPLE, hex("00"), DecodeContext.TLS13, DecodeFailure.TRAILING_BYTES);
    }

    @Test
    void rejectsAnEntryCutShortInsideTheList() {
        // The list claims 4 bytes: a full cert_data of one byte but no room for its extensions.
        assertFails(DecodeFailure.TRUNCATED,
                () -> CertificateTls13.decode(hex("00 000004 000001 30").reader()));
    }

    @Test
    void rejectsEmptyCertDataInAnEntry() {
        assertFails(DecodeFailure.LENGTH_OUT_OF_RANGE,
                () -> CertificateTls13.decode(hex("00 000005 000000 0000").reader()));
    }

    @Test
    void isTheTls13FormOfCertificate() {
        assertEquals(SAMPLE, HandshakeDecoder.decode(SAMPLE.encode(), DecodeContext.TLS13));
    }
}
