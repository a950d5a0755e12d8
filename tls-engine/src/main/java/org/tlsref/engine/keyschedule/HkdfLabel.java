package org.tlsref.engine.keyschedule;

import java.nio.charset.StandardCharsets;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.crypto.Hkdf;
import org.tlsref.crypto.Secret;

/**
 * HKDF-Expand-Label and Derive-Secret, the two functions every TLS 1.3 secret and key comes from
 * (RFC 8446 §7.1).
 * <pre>
 * HKDF-Expand-Label(Secret, Label, Context, Length) =
 *      HKDF-Expand(Secret, HkdfLabel, Length)
 *
 * struct {
 *     uint16 length = Length;
 *     opaque label&lt;7..255&gt; = "tls13 " + Label;
 *     opaque context&lt;0..255&gt; = Context;
 * } HkdfLabel;
 *
 * Derive-Secret(Secret, Label, Messages) =
 *      HKDF-Expand-Label(Secret, Label, Transcript-Hash(Messages), Hash.length)
 * </pre>
 */
public final class HkdfLabel {
    /** RFC 8446 §7.1: the label is "tls13 " + Label. */
    public static final String PREFIX = "tls13 ";

    private static final int MAX_LABEL_LENGTH = 255;
    private static final int MIN_LABEL_LENGTH = 7;
    private static final int MAX_CONTEXT_LENGTH = 255;

    private HkdfLabel() {
    }

    /**
     * RFC 8446 §7.1 HKDF-Expand-Label.
     *
     * @throws IllegalArgumentException for a label that is not ASCII or does not fit
     *     {@code label<7..255>} with its prefix, a context over 255 bytes, or a length the uint16
     *     or HKDF-Expand (255 × Hash.length) cannot take
     */
    public static Secret expandLabel(Hkdf hkdf, Secret secret, String label, Bytes context, int length) {
        return hkdf.expand(secret, encode(label, context, length), length);
    }

    /**
     * RFC 8446 §7.1 Derive-Secret, given the transcript hash the caller computed (the hash of the
     * empty string for the "derived" and binder secrets).
     *
     * @throws IllegalArgumentException when {@code transcriptHash} is not Hash.length bytes
     */
    public static Secret deriveSecret(Hkdf hkdf, Secret secret, String label, Bytes transcriptHash) {
        int hashLength = hkdf.algorithm().outputLength();
        if (transcriptHash.length() != hashLength) {
            throw new IllegalArgumentException("a " + hkdf.algorithm() + " transcript hash has "
                    + hashLength + " bytes, got " + transcriptHash.length());
        }
        return expandLabel(hkdf, secret, label, transcriptHash, hashLength);
    }

    /**
     * The encoded HkdfLabel structure, HKDF-Expand's info.
     *
     * @throws IllegalArgumentException as for {@link #expandLabel}
     */
    public static Bytes encode(String label, Bytes context, int length) {
        if (!StandardCharsets.US_ASCII.newEncoder().canEncode(label)) {
            throw new IllegalArgumentException("RFC 8446 §7.1 labels are ASCII: " + label);
        }
        Bytes fullLabel = Bytes.of((PREFIX + label).getBytes(StandardCharsets.US_ASCII));
        if (length < 0 || length > 0xFFFF) {
            throw new IllegalArgumentException("HKDF-Expand-Label length " + length + " outside 0..65535");
        }
        return TlsWriter.encode(w -> w.u16(length)
                .opaque8(MIN_LABEL_LENGTH, MAX_LABEL_LENGTH, fullLabel)
                .opaque8(0, MAX_CONTEXT_LENGTH, context));
    }
}
