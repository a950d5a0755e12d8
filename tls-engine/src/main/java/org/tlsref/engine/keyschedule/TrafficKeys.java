package org.tlsref.engine.keyschedule;

import org.tlsref.crypto.Secret;

/**
 * The traffic keying material of one sender and one traffic secret (RFC 8446 §7.3):
 * <pre>
 * [sender]_write_key = HKDF-Expand-Label(Secret, "key", "", key_length)
 * [sender]_write_iv  = HKDF-Expand-Label(Secret, "iv", "", iv_length)
 * </pre>
 *
 * @param key the AEAD key, {@code key_length} bytes
 * @param iv the static IV the per-record nonce is XORed with (RFC 8446 §5.3), iv_length bytes
 */
public record TrafficKeys(Secret key, Secret iv) {
}
