package org.tlsref.api.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.tlsref.api.message.MessageAssertions.hex;
import static org.tlsref.api.message.MessageAssertions.repeat;

import org.junit.jupiter.api.Test;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.SignatureScheme;

class HandshakeMessageTest {
    @Test
    void encodeWritesTypeAndTwentyFourBitLengthBeforeTheBody() {
        Finished finished = new Finished(repeat(0x42, 0x0102));
        assertEquals(hex("14 000102").concat(repeat(0x42, 0x0102)), finished.encode());
    }

    @Test
    void encodeIntoAWriterAppendsTheSameBytes() {
        CertificateVerify verify = new CertificateVerify(SignatureScheme.ED448, hex("01"));
        TlsWriter w = TlsWriter.create();
        w.u8(0x99);
        verify.encode(w);
        assertEquals(hex("99").concat(verify.encode()), w.toBytes());
    }

    @Test
    void aStrictWriterRefusesOutOfBoundsFieldsWhileALenientOneWritesThem() {
        ClientKeyExchangeEcdhe empty = new ClientKeyExchangeEcdhe(hex(""));
        assertThrows(IllegalArgumentException.class, empty::encode);
        TlsWriter lenient = TlsWriter.lenient();
        empty.encode(lenient);
        assertEquals(hex("10 000001 00"), lenient.toBytes());
    }
}
