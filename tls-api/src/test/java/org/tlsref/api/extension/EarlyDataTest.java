package org.tlsref.api.extension;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.tlsref.api.extension.ExtensionContext.NEW_SESSION_TICKET;
import static org.tlsref.api.extension.ExtensionContext.SERVER_HELLO;
import static org.tlsref.api.extension.ExtensionWire.assertRejected;
import static org.tlsref.api.extension.ExtensionWire.assertWire;
import static org.tlsref.api.extension.ExtensionWire.decode;

import org.junit.jupiter.api.Test;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.registry.ExtensionType;

/**
 * early_data, RFC 8446 §4.2.10: the NewSessionTicket form {@link EarlyDataNewSessionTicket} (the
 * empty CH and EE forms are in {@link EmptyExtensionsTest}).
 */
class EarlyDataTest {
    @Test
    void maxEarlyDataSizeIsUint32() {
        assertWire(new EarlyDataNewSessionTicket(16384), "00004000", NEW_SESSION_TICKET);
        assertWire(new EarlyDataNewSessionTicket(0xFFFFFFFFL), "ffffffff", NEW_SESSION_TICKET);
    }

    @Test
    void rejectsThreeByteSize() {
        assertRejected(DecodeFailure.TRUNCATED, ExtensionType.EARLY_DATA, NEW_SESSION_TICKET,
                "000040");
    }

    @Test
    void inAServerHelloItHasNoFormAndStaysUnknown() {
        assertInstanceOf(UnknownExtension.class, decode(ExtensionType.EARLY_DATA, SERVER_HELLO,
                ""));
    }
}
