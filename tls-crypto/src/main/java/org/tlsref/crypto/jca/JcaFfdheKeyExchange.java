package org.tlsref.crypto.jca;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import javax.crypto.KeyAgreement;
import javax.crypto.spec.DHPrivateKeySpec;
import javax.crypto.spec.DHPublicKeySpec;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.crypto.KeyExchange;
import org.tlsref.crypto.KeyShare;
import org.tlsref.crypto.KeyShareResponse;
import org.tlsref.crypto.RandomSource;
import org.tlsref.crypto.Secret;
import org.tlsref.crypto.asymmetric.FfdheGroup;
import org.tlsref.crypto.asymmetric.KeyShareChecks;
import org.tlsref.crypto.asymmetric.PreparedShare;

/**
 * FFDHE over the RFC 7919 groups (RFC 8446 §4.2.8.1, §7.4.1) on the JDK's "DH" provider.
 *
 * <p>The private exponent comes from {@link FfdheGroup#derivePrivateExponent}; the public value
 * Y = g^X mod p is the key agreement of X with g itself as the peer value (g = 2 lies in
 * 1 &lt; Y &lt; p-1), since the JCA cannot derive a public key from a given private one. Public
 * values and the shared secret are left-padded to the prime's length (RFC 8446 §7.4.1: "Z ...
 * left-padded with zeros up to the size of the prime"); a TLS 1.2 engine strips those zeros itself
 * (RFC 5246 §8.1.2).
 */
final class JcaFfdheKeyExchange implements KeyExchange {
    private final FfdheGroup group;

    JcaFfdheKeyExchange(FfdheGroup group) {
        this.group = group;
    }

    @Override
    public NamedGroup group() {
        return group.group();
    }

    @Override
    public KeyShare generate(RandomSource random) {
        BigInteger x = group.derivePrivateExponent(random);
        try {
            PrivateKey key = KeyFactory.getInstance("DH").generatePrivate(
                    new DHPrivateKeySpec(x, group.prime(), group.generator()));
            return new PreparedShare(group.group(), Bytes.of(agree(key, group.generator())),
                    peer -> agreeWith(key, peer));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(group + " key generation failed", e);
        }
    }

    @Override
    public KeyShareResponse respond(Bytes initiatorValue, RandomSource random) {
        group.decodePublicValue(initiatorValue);
        KeyShare share = generate(random);
        return new KeyShareResponse(share.publicValue(), share.agree(initiatorValue));
    }

    private byte[] agree(PrivateKey key, BigInteger peerY) throws GeneralSecurityException {
        PublicKey peer = KeyFactory.getInstance("DH").generatePublic(
                new DHPublicKeySpec(peerY, group.prime(), group.generator()));
        KeyAgreement agreement = KeyAgreement.getInstance("DH");
        agreement.init(key);
        agreement.doPhase(peer, true);
        return group.encode(agreement.generateSecret());
    }

    /** Combines this side's private key with the peer's key_exchange bytes, validating them. */
    private Secret agreeWith(PrivateKey key, Bytes peerValue) {
        BigInteger y = group.decodePublicValue(peerValue);
        try {
            return Secret.wrap(agree(key, y));
        } catch (GeneralSecurityException e) {
            throw KeyShareChecks.invalid(group + " public value refused", e);
        }
    }
}
