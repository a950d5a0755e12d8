package org.tlsref.api.extension;

import java.util.ArrayList;
import java.util.List;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.ExtensionType;

/**
 * certificate_authorities, RFC 8446 §4.2.4, the same body in the ClientHello and the TLS 1.3
 * CertificateRequest: the distinguished names of acceptable CAs, DER kept as opaque bytes.
 * <pre>{@code
 * opaque DistinguishedName<1..2^16-1>;
 *
 * struct {
 *     DistinguishedName authorities<3..2^16-1>;
 * } CertificateAuthoritiesExtension;
 * }</pre>
 */
public record CertificateAuthorities(List<Bytes> authorities) implements Extension {
    /** Copies the list. */
    public CertificateAuthorities {
        authorities = List.copyOf(authorities);
    }

    @Override
    public ExtensionType type() {
        return ExtensionType.CERTIFICATE_AUTHORITIES;
    }

    @Override
    public void encode(TlsWriter w) {
        w.vector16(3, 0xFFFF, list -> authorities.forEach(name -> list.opaque16(1, 0xFFFF, name)));
    }

    /** Reads a CertificateAuthoritiesExtension. */
    public static CertificateAuthorities decode(TlsReader r) {
        TlsReader list = r.vector16(3, 0xFFFF);
        List<Bytes> names = new ArrayList<>();
        while (list.hasRemaining()) {
            names.add(list.opaque16(1, 0xFFFF));
        }
        return new CertificateAuthorities(names);
    }
}
