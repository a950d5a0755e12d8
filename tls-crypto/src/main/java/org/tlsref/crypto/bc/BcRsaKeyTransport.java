package org.tlsref.crypto.bc;

import java.security.Key;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import org.bouncycastle.crypto.engines.RSABlindedEngine;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.ProtocolVersion;
import org.tlsref.crypto.RandomSource;
import org.tlsref.crypto.RsaKeyTransport;
import org.tlsref.crypto.Secret;
import org.tlsref.crypto.asymmetric.OctetStrings;
import org.tlsref.crypto.asymmetric.PremasterPadding;

/**
 * TLS 1.2 RSA key transport (RFC 5246 §7.4.7.1) on Bouncy Castle's raw, blinded RSA engine.
 *
 * <p>As in the JCA backend, Bouncy Castle's PKCS1Encoding is not used for decryption: its failure
 * path is an exception. The raw block goes to {@link PremasterPadding#decode}, branch-free, with
 * the fallback drawn first; early exits depend on the ciphertext's length and range only. The
 * engine's exponentiation and integer conversions use {@code java.math.BigInteger}, which is not
 * constant time; blinding uses Bouncy Castle's own randomness, never the injected source.
 */
final class BcRsaKeyTransport implements RsaKeyTransport {
    @Override
    public Bytes encrypt(PublicKey serverKey, Secret premasterSecret, RandomSource random) {
        if (!(serverKey instanceof RSAPublicKey rsa)) {
            throw new IllegalArgumentException("RSA key transport needs an RSA public key, got "
                    + serverKey.getAlgorithm());
        }
        int k = modulusLength(rsa);
        byte[] block = PremasterPadding.encode(premasterSecret, k, random);
        RSABlindedEngine engine = new RSABlindedEngine();
        engine.init(true, new RSAKeyParameters(false, rsa.getModulus(), rsa.getPublicExponent()));
        byte[] encrypted = engine.processBlock(block, 0, block.length);
        Arrays.fill(block, (byte) 0);
        return Bytes.of(OctetStrings.leftPad(encrypted, k));
    }

    @Override
    public Secret decrypt(PrivateKey serverKey, Bytes encrypted, ProtocolVersion clientVersion,
            RandomSource random) {
        RSAKeyParameters key = privateKey(serverKey);
        int k = modulusLength((RSAKey) serverKey);
        PremasterPadding.checkModulusLength(k);
        byte[] fallback = random.nextBytes(PremasterPadding.PREMASTER_LENGTH);
        if (encrypted.length() != k || OctetStrings.os2ip(encrypted.toByteArray())
                .compareTo(key.getModulus()) >= 0) {
            return Secret.wrap(fallback);
        }
        RSABlindedEngine engine = new RSABlindedEngine();
        engine.init(false, key);
        byte[] input = encrypted.toByteArray();
        byte[] block = OctetStrings.leftPad(engine.processBlock(input, 0, input.length), k);
        Secret premaster = PremasterPadding.decode(block, clientVersion, fallback);
        Arrays.fill(fallback, (byte) 0);
        return premaster;
    }

    private static RSAKeyParameters privateKey(Key key) {
        if (key instanceof RSAPrivateCrtKey crt) {
            return new RSAPrivateCrtKeyParameters(crt.getModulus(), crt.getPublicExponent(),
                    crt.getPrivateExponent(), crt.getPrimeP(), crt.getPrimeQ(),
                    crt.getPrimeExponentP(), crt.getPrimeExponentQ(), crt.getCrtCoefficient());
        }
        if (key instanceof java.security.interfaces.RSAPrivateKey rsa) {
            return new RSAKeyParameters(true, rsa.getModulus(), rsa.getPrivateExponent());
        }
        throw new IllegalArgumentException("RSA key transport needs an RSA private key, got "
                + key.getAlgorithm());
    }

    private static int modulusLength(RSAKey key) {
        return (key.getModulus().bitLength() + 7) / 8;
    }
}
