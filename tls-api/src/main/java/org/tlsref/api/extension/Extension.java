package org.tlsref.api.extension;

import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.ExtensionType;

/**
 * One extension in one of its per-message forms (RFC 8446 §4.2).
 * <pre>
 * struct {
 *     ExtensionType extension_type;
 *     opaque extension_data&lt;0..2^16-1&gt;;
 * } Extension;
 * </pre>
 * Implementations are records with a static {@code decode(TlsReader)} for their body.
 */
public interface Extension {
    /** The extension_type this form is sent under. */
    ExtensionType type();

    /** Writes extension_data, without the type and the length (which {@link Extensions} adds). */
    void encode(TlsWriter w);
}
