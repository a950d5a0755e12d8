package org.tlsref.api.extension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.tlsref.api.extension.ExtensionContext.CLIENT_HELLO;
import static org.tlsref.api.extension.ExtensionContext.ENCRYPTED_EXTENSIONS;
import static org.tlsref.api.extension.ExtensionContext.SERVER_HELLO;
import static org.tlsref.api.extension.ExtensionWire.assertRejected;
import static org.tlsref.api.extension.ExtensionWire.assertWire;
import static org.tlsref.api.extension.ExtensionWire.decode;
import static org.tlsref.api.extension.ExtensionWire.decodeBlock;

import org.junit.jupiter.api.Test;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.registry.ExtensionType;
import org.tlsref.api.registry.NamedGroup;

/** supported_groups, RFC 8446 §4.2.7 and RFC 8422 §5.1.1. */
class SupportedGroupsTest {
    private static final ExtensionType TYPE = ExtensionType.SUPPORTED_GROUPS;

    @Test
    void decodesTheRfc8422Example() {
        // RFC 8422 §5.1.1: "00 0A 00 06 00 04 00 17 00 18" (secp256r1, secp384r1)
        Extensions block = decodeBlock(CLIENT_HELLO, "000A 0006 0004 0017 0018");
        assertEquals(Extensions.of(SupportedGroups.of(NamedGroup.SECP256R1, NamedGroup.SECP384R1)),
                block);
    }

    @Test
    void encodesTheRfc8448ClientList() {
        // RFC 8448 §3 ClientHello: 00 0a 00 14 | 00 12 00 1d 00 17 ...
        assertWire(SupportedGroups.of(NamedGroup.X25519, NamedGroup.SECP256R1, NamedGroup.SECP384R1,
                        NamedGroup.SECP521R1, NamedGroup.FFDHE2048, NamedGroup.FFDHE3072,
                        NamedGroup.FFDHE4096, NamedGroup.FFDHE6144, NamedGroup.FFDHE8192),
                "0012 001d 0017 0018 0019 0100 0101 0102 0103 0104",
                CLIENT_HELLO, ENCRYPTED_EXTENSIONS);
    }

    @Test
    void greaseAndUnknownGroupsSurvive() {
        assertWire(SupportedGroups.of(NamedGroup.of(0x0a0a), NamedGroup.of(0x7777)),
                "0004 0a0a 7777", CLIENT_HELLO);
    }

    @Test
    void rejectsEmptyList() {
        assertRejected(DecodeFailure.LENGTH_OUT_OF_RANGE, TYPE, CLIENT_HELLO, "0000");
    }

    @Test
    void rejectsOddLength() {
        assertRejected(DecodeFailure.LENGTH_NOT_MULTIPLE, TYPE, CLIENT_HELLO, "0003 001d17");
    }

    @Test
    void rejectsDuplicateGroup() {
        // RFC 9846 §4.3.7: "A recipient MAY abort ... "illegal_parameter" ... duplicate entry"
        assertRejected(DecodeFailure.DUPLICATE_ENTRY, TYPE, ENCRYPTED_EXTENSIONS,
                "0006 001d 0017 001d");
    }

    @Test
    void inAServerHelloItHasNoFormAndStaysUnknown() {
        assertInstanceOf(UnknownExtension.class, decode(TYPE, SERVER_HELLO, "0002 001d"));
    }
}
