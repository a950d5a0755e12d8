package org.tlsref.api.extension;

import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.ExtensionType;

/**
 * status_request in a TLS 1.3 CertificateRequest, RFC 8446 §4.4.2.1: "A server MAY request that a
 * client present an OCSP response with its certificate by sending an empty "status_request"
 * extension in its CertificateRequest message."
 */
public record StatusRequestCertificateRequest() implements Extension {
    @Override
    public ExtensionType type() {
        return ExtensionType.STATUS_REQUEST;
    }

    @Override
    public void encode(TlsWriter w) {
        // extension_data is empty
    }

    /** Reads the empty body. */
    public static StatusRequestCertificateRequest decode(TlsReader r) {
        return new StatusRequestCertificateRequest();
    }
}
