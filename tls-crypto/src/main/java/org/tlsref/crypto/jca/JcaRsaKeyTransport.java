package org.tlsref.crypto.jca;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAKey;
import java.util.Arrays;
import javax.crypto.Cipher;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.ProtocolVersion;
import org.tlsref.crypto.RandomSource;
import org.tlsref.crypto.RsaKeyTransport;
import org.tlsref.crypto.Secret;
import org.tlsref.crypto.asymmetric.OctetStrings;
import org.tlsref.crypto.asymmetric.PremasterPadding;

/**
 * TLS 1.2 RSA key transport (RFC 5246 §7.4.7.1) on the JDK's raw RSA, "RSA/ECB/NoPadding".
 *
 * <p>"RSA/ECB/PKCS1Padding" would throw BadPaddingException on a bad block: catching it is a
 * branch on the padding, the timing oracle of Bleichenbacher's attack. Instead the raw RSA output
 * goes to {@link PremasterPadding#decode}, whose check and selection are branch-free, and the
 * random 48-byte fallback is drawn before decryption (the RFC's step 1). The only early exits
 * depend on the ciphertext alone (its length, and whether it is below the modulus), which the
 * sender already knows. What remains outside tlsref's control: the JDK's modular exponentiation
 * (blinded) and its integer-to-bytes conversion use {@code java.math.BigInteger}, which is not
 * constant time.
 */
final class JcaRsaKeyTransport implements RsaKeyTransport {
    private static final String RAW_RSA = "RSA/ECB/NoPadding";

    @Override
    public Bytes encrypt(PublicKey serverKey, Secret premasterSecret, RandomSource random) {
        int k = modulusLength(serverKey);
        byte[] block = PremasterPadding.encode(premasterSecret, k, random);
        try {
            Cipher rsa = Cipher.getInstance(RAW_RSA);
            rsa.init(Cipher.ENCRYPT_MODE, serverKey);
            return Bytes.of(OctetStrings.leftPad(rsa.doFinal(block), k));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("RSA encryption refused the server key", e);
        } finally {
            Arrays.fill(block, (byte) 0);
        }
    }

    @Override
    public Secret decrypt(PrivateKey serverKey, Bytes encrypted, ProtocolVersion clientVersion,
            RandomSource random) {
        int k = modulusLength(serverKey);
        PremasterPadding.checkModulusLength(k);
        byte[] fallback = random.nextBytes(PremasterPadding.PREMASTER_LENGTH);
        Cipher rsa = decryptor(serverKey);
        if (encrypted.length() != k || OctetStrings.os2ip(encrypted.toByteArray())
                .compareTo(((RSAKey) serverKey).getModulus()) >= 0) {
            return Secret.wrap(fallback);
        }
        byte[] block;
        try {
            block = OctetStrings.leftPad(rsa.doFinal(encrypted.toByteArray()), k);
        } catch (GeneralSecurityException e) {
            return Secret.wrap(fallback);
        }
        Secret premaster = PremasterPadding.decode(block, clientVersion, fallback);
        Arrays.fill(fallback, (byte) 0);
        return premaster;
    }

    private static Cipher decryptor(PrivateKey serverKey) {
        try {
            Cipher rsa = Cipher.getInstance(RAW_RSA);
            rsa.init(Cipher.DECRYPT_MODE, serverKey);
            return rsa;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("RSA decryption refused the server key", e);
        }
    }

    private static int modulusLength(java.security.Key key) {
        if (!(key instanceof RSAKey rsa)) {
            throw new IllegalArgumentException("RSA key transport needs an RSA key, got "
                    + key.getAlgorithm());
        }
        BigInteger n = rsa.getModulus();
        return (n.bitLength() + 7) / 8;
    }
}
