package org.tlsref.engine.keyschedule;

import java.nio.charset.StandardCharsets;
import org.tlsref.api.codec.Bytes;
import org.tlsref.crypto.Secret;

/**
 * Keying material exporters for TLS 1.3 (RFC 8446 §7.5):
 * <pre>
 * TLS-Exporter(label, context_value, key_length) =
 *     HKDF-Expand-Label(Derive-Secret(Secret, label, ""),
 *                       "exporter", Hash(context_value), key_length)
 * </pre>
 * RFC 9846 §7.5: "If no context is provided, the context_value is zero length. Consequently,
 * providing no context computes the same value as providing an empty context", so there is one
 * method per secret, and {@link Bytes#EMPTY} is "no context".
 */
public final class Exporter {
    private Exporter() {
    }

    /**
     * An exporter value over exporter_master_secret.
     *
     * @param label the exporter label (RFC 5705 §4), ASCII, at most 249 characters so that
     *     "tls13 " + label fits {@code label<7..255>}
     * @param context context_value, any length
     * @param length key_length, 0..255 × Hash.length
     * @throws IllegalArgumentException for a label or length outside those bounds
     */
    public static Secret export(ExporterMasterSecret secret, String label, Bytes context, int length) {
        return export(secret.kdf(), secret.secret(), label, context, length);
    }

    /**
     * An exporter value over early_exporter_master_secret, for 0-RTT (RFC 8446 §7.5: "The
     * early_exporter_master_secret is defined for use in settings where an exporter is needed for
     * 0-RTT data").
     *
     * @throws IllegalArgumentException as for {@link #export}
     */
    public static Secret exportEarly(EarlyExporterMasterSecret secret, String label, Bytes context, int length) {
        return export(secret.kdf(), secret.secret(), label, context, length);
    }

    private static Secret export(Tls13Kdf kdf, Secret secret, String label, Bytes context, int length) {
        if (label.isEmpty() || !StandardCharsets.US_ASCII.newEncoder().canEncode(label)) {
            throw new IllegalArgumentException("exporter labels are non-empty ASCII (RFC 5705 §4): " + label);
        }
        Secret perLabel = kdf.deriveSecretOverNothing(secret, label);
        Secret value = kdf.expandLabel(perLabel, KeyScheduleLabels.EXPORTER, kdf.hash(context), length);
        perLabel.destroy();
        return value;
    }
}
