package org.tlsref.api.message;

import static org.tlsref.api.message.MessageAssertions.assertBodyWithSuffixFails;
import static org.tlsref.api.message.MessageAssertions.assertEveryBodyTruncationFails;
import static org.tlsref.api.message.MessageAssertions.assertEveryMessageTruncationFails;
import static org.tlsref.api.message.MessageAssertions.assertFails;
import static org.tlsref.api.message.MessageAssertions.assertRoundTrip;
import static org.tlsref.api.message.MessageAssertions.hex;

import org.junit.jupiter.api.Test;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.extension.Extensions;
import org.tlsref.api.extension.UnknownExtension;
import org.tlsref.api.registry.ExtensionType;

class CertificateRequestTls13Test {
    private static final CertificateRequestTls13 SAMPLE = new CertificateRequestTls13(hex("07"),
            Extensions.of(new UnknownExtension(ExtensionType.of(0x7a7a), hex("0102"))));

    @Test
    void encodesContextThenExtensions() {
        assertRoundTrip(SAMPLE, hex("01 07 0006 7a7a 0002 0102"), DecodeContext.TLS13);
    }

    @Test
    void acceptsAnEmptyExtensionBlockAsRfc9846Allows() {
        assertRoundTrip(new CertificateRequestTls13(Bytes.EMPTY, Extensions.EMPTY), hex("00 0000"),
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
    void rejectsAContextLongerThanTheBody() {
        assertFails(DecodeFailure.TRUNCATED,
                () -> CertificateRequestTls13.decode(hex("05 0102 0000").reader()));
    }
}
