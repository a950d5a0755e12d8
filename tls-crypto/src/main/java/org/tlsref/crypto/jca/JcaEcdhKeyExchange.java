package org.tlsref.crypto.jca;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import javax.crypto.KeyAgreement;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.crypto.KeyExchange;
import org.tlsref.crypto.KeyShare;
import org.tlsref.crypto.KeyShareResponse;
import org.tlsref.crypto.RandomSource;
import org.tlsref.crypto.Secret;
import org.tlsref.crypto.asymmetric.KeyShareChecks;
import org.tlsref.crypto.asymmetric.NistCurve;
import org.tlsref.crypto.asymmetric.OctetStrings;
import org.tlsref.crypto.asymmetric.PreparedShare;

/**
 * ECDHE over secp256r1, secp384r1 and secp521r1 (RFC 8446 §4.2.8.2, §7.4.2) on the JDK's "EC"
 * provider: uncompressed points only, peer points validated by {@link NistCurve#decodePoint}, and
 * the shared secret the x-coordinate as a fixed-length octet string.
 *
 * <p>The private scalar comes from {@link NistCurve#derivePrivateScalar}, so both backends make the
 * same key from the same randomness. The JCA has no operation that multiplies the base point by a
 * given scalar and returns the point; {@link JcaEcPublicPoint} derives it from two ECDH
 * computations with the base point as peer.
 */
final class JcaEcdhKeyExchange implements KeyExchange {
    private final NistCurve curve;

    JcaEcdhKeyExchange(NistCurve curve) {
        this.curve = curve;
    }

    @Override
    public NamedGroup group() {
        return curve.group();
    }

    @Override
    public KeyShare generate(RandomSource random) {
        BigInteger d = curve.derivePrivateScalar(random);
        try {
            ECPoint q = new JcaEcPublicPoint(curve).multiplyBasePoint(d);
            PrivateKey key = privateKey(curve, d);
            return new PreparedShare(curve.group(), curve.encodePoint(q),
                    peer -> agreeWith(key, peer));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(curve.standardName() + " key generation failed", e);
        }
    }

    @Override
    public KeyShareResponse respond(Bytes initiatorValue, RandomSource random) {
        curve.decodePoint(initiatorValue);
        KeyShare share = generate(random);
        return new KeyShareResponse(share.publicValue(), share.agree(initiatorValue));
    }

    /** The JCA private key for scalar {@code d}. */
    static PrivateKey privateKey(NistCurve curve, BigInteger d) throws GeneralSecurityException {
        return KeyFactory.getInstance("EC").generatePrivate(
                new ECPrivateKeySpec(d, curve.parameters()));
    }

    /** The x-coordinate of d·Q, fixed length (RFC 8446 §7.4.2, RFC 8422 §5.10). */
    static byte[] sharedX(NistCurve curve, PrivateKey key, ECPoint peer)
            throws GeneralSecurityException {
        PublicKey peerKey = KeyFactory.getInstance("EC").generatePublic(
                new ECPublicKeySpec(peer, curve.parameters()));
        KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
        agreement.init(key);
        agreement.doPhase(peerKey, true);
        return OctetStrings.leftPad(agreement.generateSecret(), curve.coordinateLength());
    }

    /** Combines this side's private key with the peer's key_exchange bytes, validating them. */
    private Secret agreeWith(PrivateKey key, Bytes peerValue) {
        ECPoint peer = curve.decodePoint(peerValue);
        try {
            return Secret.wrap(sharedX(curve, key, peer));
        } catch (GeneralSecurityException e) {
            throw KeyShareChecks.invalid(curve.standardName() + " point refused", e);
        }
    }
}
