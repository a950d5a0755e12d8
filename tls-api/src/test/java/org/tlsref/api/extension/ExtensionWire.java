package org.tlsref.api.extension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.tlsref.api.DecodeFailure;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.AlertDescription;
import org.tlsref.api.registry.ExtensionType;

/** Encoding, decoding and rejection checks shared by the extension form tests. */
final class ExtensionWire {
    private ExtensionWire() {
    }

    /** The extension_data a strict writer produces. */
    static Bytes body(Extension e) {
        return TlsWriter.encode(e::encode);
    }

    /** The extension_data a lenient writer produces, for values that break RFC bounds. */
    static Bytes lenientBody(Extension e) {
        TlsWriter w = TlsWriter.lenient();
        e.encode(w);
        return w.toBytes();
    }

    /** Decodes a body as {@link Extensions#decode} does: dispatch, then expect its end. */
    static Extension decode(ExtensionType type, ExtensionContext context, Bytes body) {
        TlsReader r = body.reader();
        Extension e = ExtensionCodecs.decode(type, context, r);
        r.expectEnd();
        return e;
    }

    /** Decodes a body given in hex. */
    static Extension decode(ExtensionType type, ExtensionContext context, String hex) {
        return decode(type, context, Bytes.fromHex(hex));
    }

    /**
     * Checks that {@code e} encodes to {@code hex}, that {@code hex} decodes back to {@code e} in
     * each of {@code contexts}, and that every strict prefix of it is decode_error.
     */
    static void assertWire(Extension e, String hex, ExtensionContext... contexts) {
        Bytes wire = Bytes.fromHex(hex);
        assertEquals(wire, body(e), "encoding of " + e);
        for (ExtensionContext context : contexts) {
            assertEquals(e, decode(e.type(), context, wire), "decoding in " + context);
            assertEveryTruncationIsDecodeError(e.type(), context, wire);
        }
    }

    /** Checks that decoding {@code hex} in {@code context} fails for {@code reason}. */
    static TlsAlert assertRejected(DecodeFailure reason, ExtensionType type,
            ExtensionContext context, String hex) {
        return assertRejected(reason, type, context, Bytes.fromHex(hex));
    }

    /** Checks that decoding {@code body} in {@code context} fails for {@code reason}. */
    static TlsAlert assertRejected(DecodeFailure reason, ExtensionType type,
            ExtensionContext context, Bytes body) {
        TlsAlert alert = assertThrows(TlsAlert.class, () -> decode(type, context, body));
        assertEquals(reason, alert.reason(), alert.getMessage());
        return alert;
    }

    /** Every strict prefix of {@code wire} fails with a TlsAlert whose alert is decode_error. */
    static void assertEveryTruncationIsDecodeError(ExtensionType type, ExtensionContext context,
            Bytes wire) {
        for (int length = 0; length < wire.length(); length++) {
            Bytes prefix = wire.slice(0, length);
            TlsAlert alert = assertThrows(TlsAlert.class, () -> decode(type, context, prefix),
                    "prefix of " + length + " bytes of " + wire);
            assertEquals(AlertDescription.DECODE_ERROR, alert.description(), alert.getMessage());
        }
    }

    /** Decodes an extensions block {@code extensions<0..2^16-1>} given without its length. */
    static Extensions decodeBlock(ExtensionContext context, String hex) {
        Bytes extensions = Bytes.fromHex(hex);
        Bytes block = TlsWriter.encode(w -> w.opaque16(0, 0xFFFF, extensions));
        TlsReader r = block.reader();
        Extensions decoded = Extensions.decode(r, context);
        r.expectEnd();
        return decoded;
    }

    /** Encodes a block and drops its two-byte length, to compare with {@link #decodeBlock}. */
    static Bytes encodeBlock(Extensions extensions) {
        Bytes block = TlsWriter.encode(extensions::encode);
        return block.slice(2, block.length());
    }
}
