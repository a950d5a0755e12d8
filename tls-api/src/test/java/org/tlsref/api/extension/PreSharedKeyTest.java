package org.tlsref.api.extension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tlsref.api.extension.ExtensionContext.CLIENT_HELLO;
import static org.tlsref.api.extension.ExtensionContext.SERVER_HELLO;
import static org.tlsref.api.extension.ExtensionWire.assertRejected;
import static org.tlsref.api.extension.ExtensionWire.assertWire;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.ExtensionType;

/**
 * pre_shared_key, RFC 8446 §4.2.11: {@link PskIdentity}, {@link PreSharedKeyClientHello},
 * {@link PreSharedKeyServerHello}.
 */
class PreSharedKeyTest {
    private static final ExtensionType TYPE = ExtensionType.PRE_SHARED_KEY;
    private static final String BINDER_32 = "11".repeat(32);

    private static final PreSharedKeyClientHello ONE_PSK = new PreSharedKeyClientHello(
            List.of(new PskIdentity(Bytes.fromHex("aabb"), 0x01020304L)),
            List.of(Bytes.fromHex(BINDER_32)));

    @Test
    void offeredPsksAreIdentitiesThenBinders() {
        assertWire(ONE_PSK, "0008 0002 aabb 01020304" + "0021 20" + BINDER_32, CLIENT_HELLO);
    }

    @Test
    void bindersLengthCountsTheListPrefix() {
        // RFC 8446 §4.2.11.2: the partial ClientHello stops before binders<33..2^16-1>
        assertEquals(2 + 1 + 32, ONE_PSK.bindersLength());
        Bytes body = ExtensionWire.body(ONE_PSK);
        assertEquals("0021", body.slice(body.length() - ONE_PSK.bindersLength(),
                body.length() - ONE_PSK.bindersLength() + 2).toHex());
    }

    @Test
    void obfuscatedTicketAgeIsUnsigned32Bits() {
        PreSharedKeyClientHello psk = new PreSharedKeyClientHello(
                List.of(new PskIdentity(Bytes.fromHex("01"), 0xFFFFFFFFL)),
                List.of(Bytes.fromHex(BINDER_32)));
        assertWire(psk, "0007 0001 01 ffffffff" + "0021 20" + BINDER_32, CLIENT_HELLO);
    }

    @Test
    void rejectsEmptyIdentityList() {
        assertRejected(DecodeFailure.LENGTH_OUT_OF_RANGE, TYPE, CLIENT_HELLO,
                "0000 0021 20" + BINDER_32);
    }

    @Test
    void rejectsEmptyIdentity() {
        assertRejected(DecodeFailure.LENGTH_OUT_OF_RANGE, TYPE, CLIENT_HELLO,
                "0007 0000 01020304 00" + "0021 20" + BINDER_32);
    }

    @Test
    void rejectsBinderShorterThan32Bytes() {
        assertRejected(DecodeFailure.LENGTH_OUT_OF_RANGE, TYPE, CLIENT_HELLO,
                "0008 0002 aabb 01020304" + "0021 1f" + "11".repeat(31) + "00");
    }

    @Test
    void rejectsBinderListShorterThan33Bytes() {
        assertRejected(DecodeFailure.LENGTH_OUT_OF_RANGE, TYPE, CLIENT_HELLO,
                "0008 0002 aabb 01020304" + "0020" + BINDER_32);
    }

    @Test
    void moreBindersThanIdentitiesIsWrongElementCount() {
        assertRejected(DecodeFailure.WRONG_ELEMENT_COUNT, TYPE, CLIENT_HELLO,
                "0008 0002 aabb 01020304" + "0042 20" + BINDER_32 + "20" + BINDER_32);
    }

    @Test
    void serverSelectsAnIdentityByIndex() {
        assertWire(new PreSharedKeyServerHello(0), "0000", SERVER_HELLO);
        assertWire(new PreSharedKeyServerHello(0xfffe), "fffe", SERVER_HELLO);
    }

    @Test
    void rejectsOneByteSelection() {
        assertRejected(DecodeFailure.TRUNCATED, TYPE, SERVER_HELLO, "00");
    }
}
