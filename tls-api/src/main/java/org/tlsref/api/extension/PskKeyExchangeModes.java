package org.tlsref.api.extension;

import java.util.List;
import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.ExtensionType;
import org.tlsref.api.registry.PskKeyExchangeMode;

/**
 * psk_key_exchange_modes, RFC 8446 §4.2.9, ClientHello only ("The server MUST NOT send a
 * "psk_key_exchange_modes" extension").
 * <pre>{@code
 * enum { psk_ke(0), psk_dhe_ke(1), (255) } PskKeyExchangeMode;
 *
 * struct {
 *     PskKeyExchangeMode ke_modes<1..255>;
 * } PskKeyExchangeModes;
 * }</pre>
 */
public record PskKeyExchangeModes(List<PskKeyExchangeMode> keModes) implements Extension {
    /** Copies the list. */
    public PskKeyExchangeModes {
        keModes = List.copyOf(keModes);
    }

    /** The list of these modes. */
    public static PskKeyExchangeModes of(PskKeyExchangeMode... modes) {
        return new PskKeyExchangeModes(List.of(modes));
    }

    @Override
    public ExtensionType type() {
        return ExtensionType.PSK_KEY_EXCHANGE_MODES;
    }

    @Override
    public void encode(TlsWriter w) {
        CodeVectors.encodeU8(w, 1, 0xFF, keModes, PskKeyExchangeMode::code);
    }

    /** Reads a PskKeyExchangeModes. */
    public static PskKeyExchangeModes decode(TlsReader r) {
        return new PskKeyExchangeModes(CodeVectors.decodeU8(r, 1, 0xFF, PskKeyExchangeMode::of));
    }
}
