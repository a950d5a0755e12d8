package org.tlsref.crypto.jca;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.XECPrivateKeySpec;
import java.security.spec.XECPublicKeySpec;
import java.util.Arrays;
import javax.crypto.KeyAgreement;
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
 * X25519 and X448 (RFC 7748; RFC 8446 §4.2.8.2, §7.4.2) on the JDK's "XDH" provider.
 *
 * <p>The JCA cannot generate a key pair from given private bytes, so the private key is built
 * with {@link XECPrivateKeySpec} from the next 32 or 56 random bytes, and the public value is
 * X25519(k, 9) (or X448(k, 5)) computed by the same key agreement with the base point as peer
 * (RFC 7748 §6.1). The provider refuses an all-zero shared secret (RFC 7748 §6.1, RFC 8446 §7.4.2:
 * "MUST check whether the computed Diffie-Hellman shared secret is the all-zero value and abort
 * if so"); that refusal becomes {@link org.tlsref.crypto.CryptoFailure#INVALID_KEY_SHARE}.
 */
final class JcaXdhKeyExchange implements KeyExchange {
    private final XdhCurve curve;
    private final NamedParameterSpec parameters;

    JcaXdhKeyExchange(XdhCurve curve) {
        this.curve = curve;
        this.parameters = new NamedParameterSpec(curve.name());
    }

    @Override
    public NamedGroup group() {
        return curve.group();
    }

    @Override
    public KeyShare generate(RandomSource random) {
        byte[] scalar = curve.drawPrivateKey(random);
        try {
            PrivateKey key = keyFactory().generatePrivate(new XECPrivateKeySpec(parameters, scalar));
            byte[] publicValue = agree(key, curve.basePoint());
            return new PreparedShare(curve.group(), Bytes.of(publicValue),
                    peer -> agreeWith(key, peer));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(curve + " key generation failed", e);
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

    private KeyFactory keyFactory() throws GeneralSecurityException {
        return KeyFactory.getInstance("XDH");
    }

    private byte[] agree(PrivateKey key, BigInteger peerU) throws GeneralSecurityException {
        PublicKey peer = keyFactory().generatePublic(new XECPublicKeySpec(parameters, peerU));
        KeyAgreement agreement = KeyAgreement.getInstance("XDH");
        agreement.init(key);
        agreement.doPhase(peer, true);
        return agreement.generateSecret();
    }

    /** Combines this side's private key with the peer's key_exchange bytes, validating them. */
    private Secret agreeWith(PrivateKey key, Bytes peerValue) {
        KeyShareChecks.requireLength(peerValue, curve.length(), curve + " share");
        try {
            return Secret.wrap(agree(key,
                    curve.decodeUCoordinate(peerValue)));
        } catch (GeneralSecurityException e) {
            throw KeyShareChecks.invalid(curve + ": all-zero shared secret (small-order point)",
                    e);
        }
    }
}
