package org.tlsref.crypto.pki;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Optional;
import java.util.function.BiFunction;
import org.tlsref.api.codec.Bytes;

/**
 * Turns the DER encoding of one X.509 certificate (RFC 5280 §4.1) into the JDK's
 * {@link X509Certificate}. The caller decides what a failure becomes: a TlsAlert for a peer's
 * certificate, an IllegalArgumentException for a configured one.
 */
final class DerCertificate {
    private DerCertificate() {
    }

    /**
     * The certificate {@code der} encodes, exactly: one DER SEQUENCE and no byte after it.
     *
     * @param failure builds the exception to throw from a problem description and its cause
     */
    static X509Certificate parse(Bytes der, BiFunction<String, Throwable, RuntimeException> failure) {
        byte[] bytes = der.toByteArray();
        Optional<String> problem = framingProblem(bytes);
        if (problem.isPresent()) {
            throw failure.apply(problem.get(), null);
        }
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            return (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(bytes));
        } catch (CertificateException e) {
            throw failure.apply("not an X.509 certificate (" + e.getMessage() + ")", e);
        } catch (RuntimeException e) {
            // The JDK's parser is not hardened against hostile input: some malformed encodings
            // surface as unchecked exceptions. They mean the same thing here.
            throw failure.apply("not an X.509 certificate (" + e + ")", e);
        }
    }

    /** Whether {@code der} is one definite-length SEQUENCE filling the array; the problem if not. */
    private static Optional<String> framingProblem(byte[] der) {
        if (der.length < 2) {
            return Optional.of("only " + der.length + " bytes, shorter than a DER header");
        }
        if ((der[0] & 0xFF) != 0x30) {
            return Optional.of(String.format("starts with tag 0x%02x, not a SEQUENCE (0x30)", der[0] & 0xFF));
        }
        int first = der[1] & 0xFF;
        long length = first;
        int header = 2;
        if (first >= 0x80) {
            int lengthBytes = first & 0x7F;
            if (lengthBytes == 0 || lengthBytes > 4) {
                return Optional.of("length field 0x" + Integer.toHexString(first)
                        + " is not a DER definite length");
            }
            if (der.length < 2 + lengthBytes) {
                return Optional.of("truncated in the length field");
            }
            length = 0;
            for (int i = 0; i < lengthBytes; i++) {
                length = (length << 8) | (der[2 + i] & 0xFF);
            }
            header += lengthBytes;
        }
        long expected = header + length;
        if (expected > der.length) {
            return Optional.of("truncated: the SEQUENCE needs " + expected + " bytes, " + der.length + " given");
        }
        if (expected < der.length) {
            return Optional.of((der.length - expected) + " bytes after the certificate");
        }
        return Optional.empty();
    }
}
