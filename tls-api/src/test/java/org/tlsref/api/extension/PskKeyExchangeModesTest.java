package org.tlsref.api.extension;

import static org.tlsref.api.extension.ExtensionContext.CLIENT_HELLO;
import static org.tlsref.api.extension.ExtensionWire.assertRejected;
import static org.tlsref.api.extension.ExtensionWire.assertWire;

import org.junit.jupiter.api.Test;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.registry.ExtensionType;
import org.tlsref.api.registry.PskKeyExchangeMode;

/** psk_key_exchange_modes, RFC 8446 §4.2.9. */
class PskKeyExchangeModesTest {
    @Test
    void encodesTheRfc8448ClientModes() {
        // RFC 8448 §3 ClientHello: 00 2d 00 02 01 01
        assertWire(PskKeyExchangeModes.of(PskKeyExchangeMode.PSK_DHE_KE), "01 01", CLIENT_HELLO);
    }

    @Test
    void unknownModesSurvive() {
        assertWire(PskKeyExchangeModes.of(PskKeyExchangeMode.PSK_KE, PskKeyExchangeMode.of(0x7f)),
                "02 00 7f", CLIENT_HELLO);
    }

    @Test
    void rejectsEmptyList() {
        assertRejected(DecodeFailure.LENGTH_OUT_OF_RANGE, ExtensionType.PSK_KEY_EXCHANGE_MODES,
                CLIENT_HELLO, "00");
    }
}
