package org.tlsref.crypto.bc;

import java.math.BigInteger;
import org.bouncycastle.crypto.agreement.DHBasicAgreement;
import org.bouncycastle.crypto.params.DHParameters;
import org.bouncycastle.crypto.params.DHPrivateKeyParameters;
import org.bouncycastle.crypto.params.DHPublicKeyParameters;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.crypto.KeyExchange;
import org.tlsref.crypto.KeyShare;
import org.tlsref.crypto.KeyShareResponse;
import org.tlsref.crypto.RandomSource;
import org.tlsref.crypto.Secret;
import org.tlsref.crypto.asymmetric.FfdheGroup;
import org.tlsref.crypto.asymmetric.KeyShareChecks;
import org.tlsref.crypto.asymmetric.OctetStrings;
import org.tlsref.crypto.asymmetric.PreparedShare;

/**
 * FFDHE over the RFC 7919 groups (RFC 8446 §4.2.8.1, §7.4.1) on Bouncy Castle's
 * {@link DHBasicAgreement}. The group is given without q, so that Bouncy Castle applies the same
 * peer check as RFC 7919 §5.1 and the JCA backend (1 &lt; Y &lt; p-1) and no more; the exponent,
 * the public value (g^X, the agreement with g as peer) and the padding follow the JCA backend.
 */
final class BcFfdheKeyExchange implements KeyExchange {
    private final FfdheGroup group;
    private final DHParameters parameters;

    BcFfdheKeyExchange(FfdheGroup group) {
        this.group = group;
        this.parameters = new DHParameters(group.prime(), group.generator());
    }

    @Override
    public NamedGroup group() {
        return group.group();
    }

    @Override
    public KeyShare generate(RandomSource random) {
        DHPrivateKeyParameters key =
                new DHPrivateKeyParameters(group.derivePrivateExponent(random), parameters);
        return new PreparedShare(group.group(), Bytes.of(agree(key, group.generator())),
                peer -> agreeWith(key, peer));
    }

    @Override
    public KeyShareResponse respond(Bytes initiatorValue, RandomSource random) {
        group.decodePublicValue(initiatorValue);
        KeyShare share = generate(random);
        return new KeyShareResponse(share.publicValue(), share.agree(initiatorValue));
    }

    private byte[] agree(DHPrivateKeyParameters key, BigInteger peerY) {
        DHBasicAgreement agreement = new DHBasicAgreement();
        agreement.init(key);
        BigInteger z = agreement.calculateAgreement(new DHPublicKeyParameters(peerY, parameters));
        return OctetStrings.i2osp(z, group.length());
    }

    /** Combines this side's private key with the peer's key_exchange bytes, validating them. */
    private Secret agreeWith(DHPrivateKeyParameters key, Bytes peerValue) {
        BigInteger y = group.decodePublicValue(peerValue);
        try {
            return Secret.wrap(agree(key, y));
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw KeyShareChecks.invalid(group + " public value refused", e);
        }
    }
}
