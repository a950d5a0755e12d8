package org.tlsref.api.extension;

import org.tlsref.api.DecodeFailure;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.ExtensionType;

/**
 * padding, RFC 7685 §3, ClientHello only: "The "extension_data" for the extension consists of an
 * arbitrary number of zero bytes." and "The client MUST fill the padding extension completely with
 * zero bytes, although the padding extension_data field may be empty." The record holds the
 * number of zero bytes; a non-zero byte is {@link DecodeFailure#ILLEGAL_VALUE} (an
 * {@link UnknownExtension} of type padding can still carry one, for probing).
 */
public record Padding(int length) implements Extension {
    /** Rejects a negative length. */
    public Padding {
        if (length < 0) {
            throw new IllegalArgumentException("negative padding length " + length);
        }
    }

    @Override
    public ExtensionType type() {
        return ExtensionType.PADDING;
    }

    @Override
    public void encode(TlsWriter w) {
        w.bytes(Bytes.zeros(length));
    }

    /** Reads the rest of the body, which must be all zero bytes. */
    public static Padding decode(TlsReader r) {
        Bytes zeros = r.rest();
        for (int i = 0; i < zeros.length(); i++) {
            if (zeros.get(i) != 0) {
                throw new TlsAlert(DecodeFailure.ILLEGAL_VALUE,
                        "padding byte " + i + " is " + zeros.get(i) + ", not zero");
            }
        }
        return new Padding(zeros.length());
    }
}
