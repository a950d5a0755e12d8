package org.tlsref.engine.keyschedule;

/**
 * Every Label the TLS 1.3 key schedule passes to HKDF-Expand-Label or Derive-Secret, without the
 * "tls13 " prefix that {@link HkdfLabel} adds (RFC 8446 §7.1: "The labels specified in this
 * document are all ASCII strings and do not include a trailing NUL byte").
 */
public final class KeyScheduleLabels {
    /** RFC 8446 §7.1: binder_key for external PSKs. */
    public static final String EXTERNAL_BINDER = "ext binder";
    /** RFC 8446 §7.1: binder_key for resumption PSKs. */
    public static final String RESUMPTION_BINDER = "res binder";
    /** RFC 8446 §7.1: client_early_traffic_secret, over ClientHello. */
    public static final String CLIENT_EARLY_TRAFFIC = "c e traffic";
    /** RFC 8446 §7.1: early_exporter_master_secret, over ClientHello. */
    public static final String EARLY_EXPORTER_MASTER = "e exp master";
    /** RFC 8446 §7.1: the salt of the next HKDF-Extract, Derive-Secret(., "derived", ""). */
    public static final String DERIVED = "derived";
    /** RFC 8446 §7.1: client_handshake_traffic_secret, over ClientHello...ServerHello. */
    public static final String CLIENT_HANDSHAKE_TRAFFIC = "c hs traffic";
    /** RFC 8446 §7.1: server_handshake_traffic_secret, over ClientHello...ServerHello. */
    public static final String SERVER_HANDSHAKE_TRAFFIC = "s hs traffic";
    /** RFC 8446 §7.1: client_application_traffic_secret_0, over ClientHello...server Finished. */
    public static final String CLIENT_APPLICATION_TRAFFIC = "c ap traffic";
    /** RFC 8446 §7.1: server_application_traffic_secret_0, over ClientHello...server Finished. */
    public static final String SERVER_APPLICATION_TRAFFIC = "s ap traffic";
    /** RFC 8446 §7.1: exporter_master_secret, over ClientHello...server Finished. */
    public static final String EXPORTER_MASTER = "exp master";
    /** RFC 8446 §7.1: resumption_master_secret, over ClientHello...client Finished. */
    public static final String RESUMPTION_MASTER = "res master";
    /** RFC 8446 §7.2: application_traffic_secret_N+1 = HKDF-Expand-Label(., "traffic upd", "", Hash.length). */
    public static final String TRAFFIC_UPDATE = "traffic upd";
    /** RFC 8446 §7.3: [sender]_write_key = HKDF-Expand-Label(Secret, "key", "", key_length). */
    public static final String KEY = "key";
    /** RFC 8446 §7.3: [sender]_write_iv = HKDF-Expand-Label(Secret, "iv", "", iv_length). */
    public static final String IV = "iv";
    /** RFC 8446 §4.4.4: finished_key = HKDF-Expand-Label(BaseKey, "finished", "", Hash.length). */
    public static final String FINISHED = "finished";
    /** RFC 8446 §7.5: HKDF-Expand-Label(Derive-Secret(Secret, label, ""), "exporter", Hash(context_value), key_length). */
    public static final String EXPORTER = "exporter";
    /** RFC 8446 §4.6.1: HKDF-Expand-Label(resumption_master_secret, "resumption", ticket_nonce, Hash.length). */
    public static final String RESUMPTION = "resumption";

    private KeyScheduleLabels() {
    }
}
