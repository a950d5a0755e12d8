package org.tlsref.api.extension;

import java.util.Objects;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;

/**
 * One certificate extension OID with its allowed values, both DER, RFC 8446 §4.2.5.
 * <pre>{@code
 * struct {
 *     opaque certificate_extension_oid<1..2^8-1>;
 *     opaque certificate_extension_values<0..2^16-1>;
 * } OIDFilter;
 * }</pre>
 */
public record OidFilter(Bytes certificateExtensionOid, Bytes certificateExtensionValues) {
    /** Rejects nulls. */
    public OidFilter {
        Objects.requireNonNull(certificateExtensionOid, "certificateExtensionOid");
        Objects.requireNonNull(certificateExtensionValues, "certificateExtensionValues");
    }

    /** Writes one OIDFilter. */
    public void encode(TlsWriter w) {
        w.opaque8(1, 0xFF, certificateExtensionOid);
        w.opaque16(0, 0xFFFF, certificateExtensionValues);
    }

    /** Reads one OIDFilter. */
    public static OidFilter decode(TlsReader r) {
        Bytes oid = r.opaque8(1, 0xFF);
        return new OidFilter(oid, r.opaque16(0, 0xFFFF));
    }
}
