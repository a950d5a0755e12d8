package org.tlsref.api.extension;

import static org.tlsref.api.extension.ExtensionContext.CLIENT_HELLO;
import static org.tlsref.api.extension.ExtensionContext.HELLO_RETRY_REQUEST;
import static org.tlsref.api.extension.ExtensionWire.assertRejected;
import static org.tlsref.api.extension.ExtensionWire.assertWire;

import org.junit.jupiter.api.Test;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.ExtensionType;

/** cookie, RFC 8446 §4.2.2. */
class CookieTest {
    @Test
    void cookieIsOpaque16() {
        assertWire(new Cookie(Bytes.fromHex("aabbcc")), "0003 aabbcc", HELLO_RETRY_REQUEST,
                CLIENT_HELLO);
    }

    @Test
    void rejectsEmptyCookie() {
        assertRejected(DecodeFailure.LENGTH_OUT_OF_RANGE, ExtensionType.COOKIE,
                HELLO_RETRY_REQUEST, "0000");
    }

    @Test
    void rejectsBytesAfterTheCookie() {
        assertRejected(DecodeFailure.TRAILING_BYTES, ExtensionType.COOKIE, CLIENT_HELLO,
                "0001 aa bb");
    }
}
