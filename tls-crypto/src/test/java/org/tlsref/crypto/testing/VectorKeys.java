package org.tlsref.crypto.testing;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.EdECPoint;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.EdECPublicKeySpec;
import java.security.spec.NamedParameterSpec;
import org.tlsref.api.codec.Bytes;
import org.tlsref.crypto.asymmetric.NistCurve;

/** JDK key objects built from the raw keys that published vectors print. */
public final class VectorKeys {
    private VectorKeys() {
    }

    /** An EdDSA private key from its RFC 8032 secret ("Ed25519" or "Ed448"). */
    public static PrivateKey edPrivate(String curve, Bytes secret) {
        try {
            return TestKeys.keyFactory(curve).generatePrivate(
                    new EdECPrivateKeySpec(new NamedParameterSpec(curve), secret.toByteArray()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An EdDSA public key from its RFC 8032 encoding: y little-endian, x's parity on top. */
    public static PublicKey edPublic(String curve, Bytes encoded) {
        byte[] bigEndian = new byte[encoded.length()];
        for (int i = 0; i < bigEndian.length; i++) {
            bigEndian[bigEndian.length - 1 - i] = (byte) encoded.get(i);
        }
        boolean xOdd = (bigEndian[0] & 0x80) != 0;
        bigEndian[0] &= 0x7F;
        EdECPoint point = new EdECPoint(xOdd, new BigInteger(1, bigEndian));
        try {
            return TestKeys.keyFactory(curve).generatePublic(
                    new EdECPublicKeySpec(new NamedParameterSpec(curve), point));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An EC private key from its scalar's big-endian octets. */
    public static PrivateKey ecPrivate(NistCurve curve, Bytes scalar) {
        try {
            return TestKeys.keyFactory("EC").generatePrivate(new ECPrivateKeySpec(
                    new BigInteger(1, scalar.toByteArray()), curve.parameters()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An EC public key from its uncompressed point. */
    public static PublicKey ecPublic(NistCurve curve, Bytes point) {
        try {
            return TestKeys.keyFactory("EC").generatePublic(
                    new ECPublicKeySpec(curve.decodePoint(point), curve.parameters()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
