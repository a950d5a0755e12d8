package org.tlsref.crypto.bc;

import java.util.Arrays;
import org.bouncycastle.crypto.CipherParameters;
import org.bouncycastle.crypto.RawAgreement;
import org.bouncycastle.crypto.agreement.X25519Agreement;
import org.bouncycastle.crypto.agreement.X448Agreement;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.X25519PublicKeyParameters;
import org.bouncycastle.crypto.params.X448PrivateKeyParameters;
import org.bouncycastle.crypto.params.X448PublicKeyParameters;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.crypto.KeyExchange;
import org.tlsref.crypto.KeyShare;
import org.tlsref.crypto.KeyShareResponse;
import org.tlsref.crypto.RandomSource;
import org.tlsref.crypto.Secret;
import org.tlsref.crypto.asymmetric.KeyShareChecks;
import org.tlsref.crypto.asymmetric.XdhCurve;
import org.tlsref.crypto.asymmetric.PreparedShare;

/**
 * X25519 and X448 (RFC 7748; RFC 8446 §4.2.8.2, §7.4.2) on Bouncy Castle's lightweight
 * agreements. The private key is the next 32 or 56 random bytes, as in the JCA backend; Bouncy
 * Castle masks the peer's u-coordinate and refuses an all-zero result (RFC 7748 §5, §6), which
 * becomes {@link org.tlsref.crypto.CryptoFailure#INVALID_KEY_SHARE}.
 */
final class BcXdhKeyExchange implements KeyExchange {
    private final XdhCurve curve;

    BcXdhKeyExchange(XdhCurve curve) {
        this.curve = curve;
    }

    @Override
    public NamedGroup group() {
        return curve.group();
    }

    @Override
    public KeyShare generate(RandomSource random) {
        byte[] scalar = curve.drawPrivateKey(random);
        try {
            if (curve == XdhCurve.X25519) {
                X25519PrivateKeyParameters key = new X25519PrivateKeyParameters(scalar);
                return new PreparedShare(curve.group(),
                        Bytes.of(key.generatePublicKey().getEncoded()), peer -> agreeWith(key, peer));
            }
            X448PrivateKeyParameters key = new X448PrivateKeyParameters(scalar);
            return new PreparedShare(curve.group(),
                    Bytes.of(key.generatePublicKey().getEncoded()), peer -> agreeWith(key, peer));
        } finally {
            Arrays.fill(scalar, (byte) 0);
        }
    }

    @Override
    public KeyShareResponse respond(Bytes initiatorValue, RandomSource random) {
        KeyShareChecks.requireLength(initiatorValue, curve.length(), curve + " share");
        KeyShare share = generate(random);
        return new KeyShareResponse(share.publicValue(), share.agree(initiatorValue));
    }

    /** Combines this side's private key with the peer's key_exchange bytes, validating them. */
    private Secret agreeWith(CipherParameters key, Bytes peerValue) {
        KeyShareChecks.requireLength(peerValue, curve.length(), curve + " share");
        RawAgreement agreement;
        CipherParameters peer;
        if (curve == XdhCurve.X25519) {
            agreement = new X25519Agreement();
            peer = new X25519PublicKeyParameters(peerValue.toByteArray());
        } else {
            agreement = new X448Agreement();
            peer = new X448PublicKeyParameters(peerValue.toByteArray());
        }
        agreement.init(key);
        byte[] secret = new byte[agreement.getAgreementSize()];
        try {
            agreement.calculateAgreement(peer, secret, 0);
        } catch (IllegalStateException e) {
            throw KeyShareChecks.invalid(curve + ": all-zero shared secret (small-order point)",
                    e);
        }
        return Secret.wrap(secret);
    }
}
