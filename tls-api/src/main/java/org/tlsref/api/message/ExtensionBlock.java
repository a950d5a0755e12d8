package org.tlsref.api.message;

import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.extension.ExtensionContext;
import org.tlsref.api.extension.Extensions;

/**
 * The extensions field that closes a ClientHello or ServerHello, which before TLS 1.3 may be
 * absent altogether (RFC 5246 §7.4.1.2):
 * <pre>{@code
 * select (extensions_present) {
 *     case false:
 *         struct {};
 *     case true:
 *         Extension extensions<0..2^16-1>;
 * };
 * }</pre>
 * "Absent" and "an empty block" are different bytes (nothing versus {@code 00 00}), so they are
 * different values and a hello re-encodes byte for byte. RFC 8446 §4.1.2: "The presence of
 * extensions can be detected by determining whether there are bytes following the
 * compression_methods field at the end of the ClientHello."
 */
public sealed interface ExtensionBlock {
    /** No extensions field at all. */
    ExtensionBlock ABSENT = new Absent();

    /** An extensions field holding {@code extensions} (possibly an empty block). */
    static ExtensionBlock present(Extensions extensions) {
        return new Present(extensions);
    }

    /** The extensions; {@link Extensions#EMPTY} when the field is absent. */
    Extensions extensions();

    /** True when the field is on the wire, even as an empty block. */
    boolean isPresent();

    /** Writes the field: nothing when absent, the extension block when present. */
    void encode(TlsWriter w);

    /**
     * Reads the field at the end of a hello body: absent when no byte remains, otherwise a whole
     * extension block decoded in {@code context}. The caller checks that the body then ends.
     */
    static ExtensionBlock decode(TlsReader body, ExtensionContext context) {
        return body.hasRemaining() ? present(Extensions.decode(body, context)) : ABSENT;
    }

    /** No extensions field on the wire: a hello from before extensions (RFC 5246 §7.4.1.2). */
    record Absent() implements ExtensionBlock {
        @Override
        public Extensions extensions() {
            return Extensions.EMPTY;
        }

        @Override
        public boolean isPresent() {
            return false;
        }

        @Override
        public void encode(TlsWriter w) {
            // An absent field writes no byte, not even a length.
        }
    }

    /** The extensions field is on the wire, holding this block. */
    record Present(Extensions extensions) implements ExtensionBlock {
        @Override
        public boolean isPresent() {
            return true;
        }

        @Override
        public void encode(TlsWriter w) {
            extensions.encode(w);
        }
    }
}
