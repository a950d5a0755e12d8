package org.tlsref.api.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tlsref.api.message.MessageAssertions.assertFails;
import static org.tlsref.api.message.MessageAssertions.hex;

import org.junit.jupiter.api.Test;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.extension.Extensions;
import org.tlsref.api.extension.UnknownExtension;
import org.tlsref.api.registry.ExtensionType;

class CertificateEntryTest {
    @Test
    void encodesCertDataThenExtensions() {
        CertificateEntry entry = new CertificateEntry(hex("3082"),
                Extensions.of(new UnknownExtension(ExtensionType.of(0x5a5a), hex("ff"))));
        assertEquals(hex("000002 3082 0005 5a5a 0001 ff"), TlsWriter.encode(entry::encode));
        assertEquals(entry, CertificateEntry.decode(hex("000002 3082 0005 5a5a 0001 ff").reader()));
    }

    @Test
    void rejectsEmptyCertData() {
        assertFails(DecodeFailure.LENGTH_OUT_OF_RANGE,
                () -> CertificateEntry.decode(hex("000000 0000").reader()));
    }

    @Test
    void extensionsAreRequiredEvenWhenEmpty() {
        assertFails(DecodeFailure.TRUNCATED, () -> CertificateEntry.decode(hex("000001 30").reader()));
    }

    @Test
    void emptyExtensionsRoundTrip() {
        CertificateEntry entry = new CertificateEntry(hex("30"), Extensions.EMPTY);
        assertEquals(entry, CertificateEntry.decode(TlsWriter.encode(entry::encode).reader()));
    }
}
