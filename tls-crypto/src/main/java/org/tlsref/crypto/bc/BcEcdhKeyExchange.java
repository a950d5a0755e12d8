package org.tlsref.crypto.bc;

import java.math.BigInteger;
import java.security.spec.ECPoint;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.agreement.ECDHBasicAgreement;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
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
 * ECDHE over secp256r1, secp384r1 and secp521r1 (RFC 8446 §4.2.8.2, §7.4.2) on Bouncy Castle's
 * curve arithmetic (its specialised "custom" curves). The scalar comes from
 * {@link NistCurve#derivePrivateScalar} and peer points are validated by
 * {@link NistCurve#decodePoint}, as in the JCA backend; the shared secret is the x-coordinate,
 * left-padded to the field length (RFC 8422 §5.10: "leading zeros ... MUST NOT be truncated").
 */
final class BcEcdhKeyExchange implements KeyExchange {
    private final NistCurve curve;
    private final ECDomainParameters domain;

    BcEcdhKeyExchange(NistCurve curve) {
        this.curve = curve;
        X9ECParameters parameters = CustomNamedCurves.getByName(curve.standardName());
        this.domain = new ECDomainParameters(parameters);
    }

    @Override
    public NamedGroup group() {
        return curve.group();
    }

    @Override
    public KeyShare generate(RandomSource random) {
        BigInteger d = curve.derivePrivateScalar(random);
        byte[] encoded = new FixedPointCombMultiplier().multiply(domain.getG(), d).getEncoded(false);
        ECPrivateKeyParameters key = new ECPrivateKeyParameters(d, domain);
        return new PreparedShare(curve.group(), Bytes.of(encoded), peer -> agreeWith(key, peer));
    }

    @Override
    public KeyShareResponse respond(Bytes initiatorValue, RandomSource random) {
        curve.decodePoint(initiatorValue);
        KeyShare share = generate(random);
        return new KeyShareResponse(share.publicValue(), share.agree(initiatorValue));
    }

    /** Combines this side's private key with the peer's key_exchange bytes, validating them. */
    private Secret agreeWith(ECPrivateKeyParameters key, Bytes peerValue) {
        ECPoint point = curve.decodePoint(peerValue);
        try {
            ECPublicKeyParameters peer = new ECPublicKeyParameters(
                    domain.getCurve().createPoint(point.getAffineX(), point.getAffineY()),
                    domain);
            ECDHBasicAgreement agreement = new ECDHBasicAgreement();
            agreement.init(key);
            BigInteger x = agreement.calculateAgreement(peer);
            return Secret.wrap(OctetStrings.i2osp(x, curve.coordinateLength()));
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw KeyShareChecks.invalid(curve.standardName() + " point refused", e);
        }
    }
}
