package org.tlsref.api.extension;

import static org.tlsref.api.extension.ExtensionContext.CLIENT_HELLO;
import static org.tlsref.api.extension.ExtensionContext.ENCRYPTED_EXTENSIONS;
import static org.tlsref.api.extension.ExtensionContext.SERVER_HELLO;
import static org.tlsref.api.extension.ExtensionWire.assertRejected;
import static org.tlsref.api.extension.ExtensionWire.assertWire;

import org.junit.jupiter.api.Test;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.registry.ExtensionType;
import org.tlsref.api.registry.MaxFragmentLength;

/** max_fragment_length, RFC 6066 §4. */
class MaxFragmentLengthExtensionTest {
    private static final ExtensionType TYPE = ExtensionType.MAX_FRAGMENT_LENGTH;

    @Test
    void encodesTheEnumValue() {
        assertWire(new MaxFragmentLengthExtension(MaxFragmentLength.LENGTH_2_9), "01",
                CLIENT_HELLO, SERVER_HELLO, ENCRYPTED_EXTENSIONS);
        assertWire(new MaxFragmentLengthExtension(MaxFragmentLength.LENGTH_2_12), "04",
                CLIENT_HELLO);
    }

    @Test
    void valueOtherThanTheFourAllowedIsIllegalParameter() {
        assertRejected(DecodeFailure.ILLEGAL_VALUE, TYPE, CLIENT_HELLO, "00");
        assertRejected(DecodeFailure.ILLEGAL_VALUE, TYPE, SERVER_HELLO, "05");
        assertRejected(DecodeFailure.ILLEGAL_VALUE, TYPE, ENCRYPTED_EXTENSIONS, "ff");
    }

    @Test
    void rejectsEmptyBody() {
        assertRejected(DecodeFailure.TRUNCATED, TYPE, CLIENT_HELLO, "");
    }

    @Test
    void rejectsASecondByte() {
        assertRejected(DecodeFailure.TRAILING_BYTES, TYPE, CLIENT_HELLO, "0101");
    }
}
