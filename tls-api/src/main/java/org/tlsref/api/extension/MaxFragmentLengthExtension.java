package org.tlsref.api.extension;

import java.util.Objects;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.ExtensionType;
import org.tlsref.api.registry.MaxFragmentLength;

/**
 * max_fragment_length, RFC 6066 §4, the same body in the client's request and the server's echo.
 * <pre>{@code
 * enum {
 *     2^9(1), 2^10(2), 2^11(3), 2^12(4), (255)
 * } MaxFragmentLength;
 * }</pre>
 * "If a server receives a maximum fragment length negotiation request for a value other than the
 * allowed values, it MUST abort the handshake with an "illegal_parameter" alert": a code outside
 * 1..4 is {@link DecodeFailure#ILLEGAL_VALUE}. (The registry value is named
 * {@link MaxFragmentLength}; this record is the extension that carries it.)
 */
public record MaxFragmentLengthExtension(MaxFragmentLength maxFragmentLength) implements Extension {
    /** Rejects null. */
    public MaxFragmentLengthExtension {
        Objects.requireNonNull(maxFragmentLength, "maxFragmentLength");
    }

    @Override
    public ExtensionType type() {
        return ExtensionType.MAX_FRAGMENT_LENGTH;
    }

    @Override
    public void encode(TlsWriter w) {
        w.u8(maxFragmentLength.code());
    }

    /** Reads the one-byte MaxFragmentLength; only the four allowed values decode. */
    public static MaxFragmentLengthExtension decode(TlsReader r) {
        MaxFragmentLength value = MaxFragmentLength.of(r.u8());
        if (!value.isKnown()) {
            throw new TlsAlert(DecodeFailure.ILLEGAL_VALUE,
                    "max_fragment_length " + value + " is not one of 2^9, 2^10, 2^11, 2^12");
        }
        return new MaxFragmentLengthExtension(value);
    }
}
