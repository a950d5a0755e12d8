package org.tlsref.api.extension;

import java.util.ArrayList;
import java.util.List;
import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.ExtensionType;

/**
 * oid_filters, RFC 8446 §4.2.5, TLS 1.3 CertificateRequest only: certificate extension values the
 * server would like the client's certificate to match.
 * <pre>{@code
 * struct {
 *     OIDFilter filters<0..2^16-1>;
 * } OIDFilterExtension;
 * }</pre>
 * "Any given OID MUST NOT appear more than once in the filters list": a repeated OID is
 * {@link org.tlsref.api.DecodeFailure#DUPLICATE_ENTRY}.
 */
public record OidFilters(List<OidFilter> filters) implements Extension {
    /** Copies the list. */
    public OidFilters {
        filters = List.copyOf(filters);
    }

    @Override
    public ExtensionType type() {
        return ExtensionType.OID_FILTERS;
    }

    @Override
    public void encode(TlsWriter w) {
        w.vector16(0, 0xFFFF, list -> filters.forEach(filter -> filter.encode(list)));
    }

    /** Reads an OIDFilterExtension. */
    public static OidFilters decode(TlsReader r) {
        TlsReader list = r.vector16(0, 0xFFFF);
        List<OidFilter> entries = new ArrayList<>();
        while (list.hasRemaining()) {
            entries.add(OidFilter.decode(list));
        }
        CodeVectors.requireDistinct(entries, OidFilter::certificateExtensionOid, "filters OID");
        return new OidFilters(entries);
    }
}
