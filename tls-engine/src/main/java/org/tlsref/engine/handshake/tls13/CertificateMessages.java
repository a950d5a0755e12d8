package org.tlsref.engine.handshake.tls13;

import java.util.ArrayList;
import java.util.List;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.extension.Extensions;
import org.tlsref.api.message.CertificateEntry;
import org.tlsref.api.message.CertificateTls13;
import org.tlsref.crypto.pki.CertificateChain;

/** The TLS 1.3 Certificate message to and from a certificate chain (RFC 8446 §4.4.2). */
public final class CertificateMessages {
    private CertificateMessages() {
    }

    /**
     * The Certificate for {@code chain}: RFC 8446 §4.4.2, "The sender's certificate MUST come in
     * the first CertificateEntry in the list"; no per-certificate extensions are sent, since
     * tlsref offers no OCSP or SCT.
     *
     * @param context certificate_request_context: empty for a server, the CertificateRequest's
     *     for a client
     */
    public static CertificateTls13 of(Bytes context, CertificateChain chain) {
        List<CertificateEntry> entries = new ArrayList<>();
        for (Bytes der : chain.encoded()) {
            entries.add(new CertificateEntry(der, Extensions.EMPTY));
        }
        return new CertificateTls13(context, entries);
    }

    /** The empty Certificate a client without a suitable certificate sends (RFC 8446 §4.4.2). */
    public static CertificateTls13 empty(Bytes context) {
        return new CertificateTls13(context, List.of());
    }

    /** The cert_data of every entry, in order, for {@link CertificateChain#decode}. */
    public static List<Bytes> certData(CertificateTls13 certificate) {
        List<Bytes> data = new ArrayList<>();
        for (CertificateEntry entry : certificate.certificateList()) {
            data.add(entry.certData());
        }
        return data;
    }
}
