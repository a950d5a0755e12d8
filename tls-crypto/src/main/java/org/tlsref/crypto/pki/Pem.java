package org.tlsref.crypto.pki;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Loads this endpoint's own certificates and private keys, and trust anchors, from PEM text
 * (RFC 7468). This is local configuration: every problem — an unreadable file, a malformed
 * block, DER that is not a certificate or a key, a wrong password — is an
 * IllegalArgumentException whose message names the file, the block and the problem.
 *
 * <p>Certificates come from "CERTIFICATE" blocks, in file order. A private key comes from
 * exactly one of "PRIVATE KEY" (PKCS#8), "RSA PRIVATE KEY" (PKCS#1), "EC PRIVATE KEY" (SEC1,
 * naming its curve) or "ENCRYPTED PRIVATE KEY" (PKCS#8 with PBES2, PBKDF2 and AES-CBC, as
 * {@code openssl pkcs8 -topk8 -v2 aes-256-cbc} writes); other blocks, such as the
 * "EC PARAMETERS" that {@code openssl ecparam -genkey} writes or the certificates of a combined
 * file, are skipped.
 */
public final class Pem {
    private static final String CERTIFICATE = "CERTIFICATE";
    private static final String PKCS8 = "PRIVATE KEY";
    private static final String PKCS1 = "RSA PRIVATE KEY";
    private static final String SEC1 = "EC PRIVATE KEY";
    private static final String ENCRYPTED_PKCS8 = "ENCRYPTED PRIVATE KEY";
    private static final Set<String> KEY_LABELS = Set.of(PKCS8, PKCS1, SEC1, ENCRYPTED_PKCS8);

    private Pem() {
    }

    /** Every certificate in {@code file}, in file order; at least one. */
    public static List<X509Certificate> certificates(Path file) {
        return certificates(read(file), file.toString());
    }

    /**
     * Every certificate in {@code pemText}, in order; at least one.
     *
     * @param source names the text in error messages (a file name, "configuration", ...)
     */
    public static List<X509Certificate> certificates(String pemText, String source) {
        List<X509Certificate> certificates = new ArrayList<>();
        for (PemBlock block : PemBlock.parseAll(pemText, source)) {
            if (block.label().equals(CERTIFICATE)) {
                certificates.add(DerCertificate.parse(block.der(),
                        (problem, cause) -> new IllegalArgumentException(block.describe() + ": " + problem, cause)));
            }
        }
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException(source + ": no CERTIFICATE block");
        }
        return List.copyOf(certificates);
    }

    /** The one unencrypted private key in {@code file}. */
    public static PrivateKey privateKey(Path file) {
        return privateKey(read(file), file.toString());
    }

    /** The one private key in {@code file}, decrypting an ENCRYPTED PRIVATE KEY with {@code password}. */
    public static PrivateKey privateKey(Path file, char[] password) {
        return privateKey(read(file), file.toString(), password);
    }

    /** The one unencrypted private key in {@code pemText}; {@code source} names it in errors. */
    public static PrivateKey privateKey(String pemText, String source) {
        return decodeKey(keyBlock(pemText, source), Optional.empty());
    }

    /**
     * The one private key in {@code pemText}; {@code password} decrypts an ENCRYPTED PRIVATE KEY
     * and is unused for the other forms.
     */
    public static PrivateKey privateKey(String pemText, String source, char[] password) {
        return decodeKey(keyBlock(pemText, source), Optional.of(password));
    }

    private static PemBlock keyBlock(String pemText, String source) {
        List<PemBlock> keys = PemBlock.parseAll(pemText, source).stream()
                .filter(block -> KEY_LABELS.contains(block.label()))
                .toList();
        if (keys.size() != 1) {
            throw new IllegalArgumentException(source + ": " + keys.size()
                    + " private key blocks, expected exactly one of " + List.of(PKCS8, PKCS1, SEC1, ENCRYPTED_PKCS8));
        }
        return keys.get(0);
    }

    private static PrivateKey decodeKey(PemBlock block, Optional<char[]> password) {
        byte[] der = block.der().toByteArray();
        String where = block.describe();
        return switch (block.label()) {
            case PKCS1 -> PrivateKeyDecoder.pkcs1(der, where);
            case SEC1 -> PrivateKeyDecoder.sec1(der, where);
            case ENCRYPTED_PKCS8 -> PrivateKeyDecoder.encryptedPkcs8(der, password.orElseThrow(() ->
                    new IllegalArgumentException(where + ": the key is encrypted; give its password")), where);
            default -> PrivateKeyDecoder.pkcs8(der, where);
        };
    }

    private static String read(Path file) {
        try {
            // ISO-8859-1 maps every byte, so a stray byte is reported by the PEM parser, not here.
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read (" + e + ")", e);
        }
    }
}
