package org.tlsref.engine.keyschedule;

import org.tlsref.api.codec.Bytes;
import org.tlsref.crypto.Secret;

/**
 * The PSK a NewSessionTicket stands for (RFC 8446 §4.6.1):
 * <pre>
 * HKDF-Expand-Label(resumption_master_secret, "resumption", ticket_nonce, Hash.length)
 * </pre>
 * "Because the ticket_nonce value is distinct for each NewSessionTicket message, a different PSK
 * will be derived for each ticket."
 */
public final class ResumptionPsk {
    private ResumptionPsk() {
    }

    /**
     * The PSK of the ticket with {@code ticketNonce}; it seeds the next connection's
     * {@link EarlySecret#of}.
     *
     * @param ticketNonce NewSessionTicket.ticket_nonce, {@code opaque ticket_nonce<0..255>}
     * @throws IllegalArgumentException for a nonce over 255 bytes
     */
    public static Secret psk(ResumptionMasterSecret resumptionMasterSecret, Bytes ticketNonce) {
        Tls13Kdf kdf = resumptionMasterSecret.kdf();
        return kdf.expandLabel(resumptionMasterSecret.secret(), KeyScheduleLabels.RESUMPTION,
                ticketNonce, kdf.hashLength());
    }
}
