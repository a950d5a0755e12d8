package org.tlsref.engine.keyschedule;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.tlsref.api.codec.Bytes;
import org.tlsref.crypto.Hkdf;
import org.tlsref.crypto.Secret;

/**
 * HKDF-Expand-Label written out byte by byte from the RFC 8446 §7.1 struct, independent of
 * {@link HkdfLabel}, for tests of derivations RFC 8448 does not print (KeyUpdate, exporters).
 */
final class HandBuilt {
    private HandBuilt() {
    }

    static Bytes expandLabel(Hkdf hkdf, Bytes secret, String label, Bytes context, int length) {
        byte[] fullLabel = ("tls13 " + label).getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream info = new ByteArrayOutputStream();
        info.write(length >>> 8);
        info.write(length & 0xFF);
        info.write(fullLabel.length);
        info.writeBytes(fullLabel);
        info.write(context.length());
        info.writeBytes(context.toByteArray());
        Secret out = hkdf.expand(Secret.of(secret.toByteArray()), Bytes.of(info.toByteArray()), length);
        return Bytes.of(out.bytes());
    }
}
