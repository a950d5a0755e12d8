package org.tlsref.crypto.asymmetric;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.Bytes;
import org.tlsref.crypto.CryptoFailure;

/**
 * The wire form of an ECDSA signature (RFC 8446 §4.2.3: "a DER-encoded [X690] ECDSA-Sig-Value
 * structure"; RFC 3279 §2.2.3):
 *
 * <pre>Ecdsa-Sig-Value ::= SEQUENCE { r INTEGER, s INTEGER }</pre>
 *
 * <p>Decoding is strict DER (X.690 §10: definite, minimal lengths; minimal, positive integers; no
 * trailing bytes) and requires 1 ≤ r, s &lt; n, so both backends accept exactly the same byte
 * strings and a malleated encoding is refused before any provider sees it.
 */
public final class EcdsaSignatureEncoding {
    private static final int SEQUENCE = 0x30;
    private static final int INTEGER = 0x02;
    private static final int LONG_FORM_ONE_BYTE = 0x81;

    private EcdsaSignatureEncoding() {
    }

    /** The two integers of a signature. */
    public record Components(BigInteger r, BigInteger s) {
    }

    /** The DER encoding of (r, s). */
    public static Bytes encode(BigInteger r, BigInteger s) {
        byte[] first = integer(r);
        byte[] second = integer(s);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(SEQUENCE);
        writeLength(out, first.length + second.length);
        out.writeBytes(first);
        out.writeBytes(second);
        return Bytes.of(out.toByteArray());
    }

    /**
     * Strictly decodes a signature for a curve of order {@code n}.
     *
     * @throws TlsAlert with {@link CryptoFailure#BAD_SIGNATURE} for anything but canonical DER
     *     with 1 ≤ r, s &lt; n
     */
    public static Components decode(Bytes der, BigInteger n) {
        Reader reader = new Reader(der);
        reader.expect(SEQUENCE, "SEQUENCE tag");
        int length = reader.length();
        if (length != reader.remaining()) {
            throw bad("SEQUENCE length " + length + " does not cover the rest");
        }
        BigInteger r = reader.integer(n);
        BigInteger s = reader.integer(n);
        if (reader.remaining() != 0) {
            throw bad("trailing bytes inside the SEQUENCE");
        }
        return new Components(r, s);
    }

    private static byte[] integer(BigInteger value) {
        byte[] content = value.toByteArray();
        byte[] out = new byte[2 + content.length];
        out[0] = INTEGER;
        out[1] = (byte) content.length;
        System.arraycopy(content, 0, out, 2, content.length);
        return out;
    }

    private static void writeLength(ByteArrayOutputStream out, int length) {
        if (length >= 0x80) {
            out.write(LONG_FORM_ONE_BYTE);
        }
        out.write(length);
    }

    private static TlsAlert bad(String detail) {
        return new TlsAlert(CryptoFailure.BAD_SIGNATURE, "ECDSA signature: " + detail);
    }

    /** A cursor over the DER bytes that fails with BAD_SIGNATURE. */
    private static final class Reader {
        private final Bytes der;
        private int position;

        Reader(Bytes der) {
            this.der = der;
        }

        int remaining() {
            return der.length() - position;
        }

        int next(String what) {
            if (position >= der.length()) {
                throw bad("truncated before " + what);
            }
            return der.get(position++);
        }

        void expect(int tag, String what) {
            if (next(what) != tag) {
                throw bad("expected " + what);
            }
        }

        /** X.690 §10.1: the definite form, short below 128, one long-form byte from 128 to 255. */
        int length() {
            int first = next("length");
            if (first < 0x80) {
                return first;
            }
            if (first != LONG_FORM_ONE_BYTE) {
                throw bad("unsupported length form " + first);
            }
            int length = next("length");
            if (length < 0x80) {
                throw bad("non-minimal length encoding");
            }
            return length;
        }

        BigInteger integer(BigInteger n) {
            expect(INTEGER, "INTEGER tag");
            int length = length();
            if (length == 0 || length > remaining()) {
                throw bad("INTEGER length " + length);
            }
            byte[] content = der.slice(position, position + length).toByteArray();
            position += length;
            if ((content[0] & 0x80) != 0) {
                throw bad("negative INTEGER");
            }
            if (content.length > 1 && content[0] == 0 && (content[1] & 0x80) == 0) {
                throw bad("non-minimal INTEGER");
            }
            BigInteger value = new BigInteger(content);
            if (value.signum() == 0 || value.compareTo(n) >= 0) {
                throw bad("integer outside [1, n-1]");
            }
            return value;
        }
    }
}
