package org.tlsref.crypto.asymmetric;

import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.crypto.KeyExchange;
import org.tlsref.crypto.KeyShare;
import org.tlsref.crypto.KeyShareResponse;
import org.tlsref.crypto.RandomSource;
import org.tlsref.crypto.Secret;

/**
 * A hybrid group of draft-ietf-tls-ecdhe-mlkem: an ECDHE exchange (from either backend) and
 * ML-KEM-768 ({@link MlKem768}) run side by side, their shares and secrets concatenated.
 *
 * <p>The concatenation order is the one thing that differs between the two groups, and it is the
 * same for the client share (§4.1), the server share (§4.2) and the shared secret (§4.3):
 * X25519MLKEM768 puts ML-KEM first ("the concatenation of the client's ML-KEM-768 encapsulation
 * key and the client's X25519 ephemeral share"; "the concatenation of the ML-KEM shared secret and
 * the X25519 shared secret"), for historical reasons the draft notes; SecP256r1MLKEM768 puts ECDHE
 * first. Randomness is drawn in the same order as the parts appear on the wire.
 */
public final class HybridKeyExchange implements KeyExchange {
    /** Which part comes first in every concatenation. */
    public enum Order {
        /** X25519MLKEM768 (draft-ietf-tls-ecdhe-mlkem §4.1, §4.2, §4.3). */
        MLKEM_FIRST,
        /** SecP256r1MLKEM768 (draft-ietf-tls-ecdhe-mlkem §4.1, §4.2, §4.3). */
        ECDHE_FIRST
    }

    private final NamedGroup group;
    private final KeyExchange ecdhe;
    private final int ecdheLength;
    private final Order order;

    private HybridKeyExchange(NamedGroup group, KeyExchange ecdhe, int ecdheLength, Order order) {
        this.group = group;
        this.ecdhe = ecdhe;
        this.ecdheLength = ecdheLength;
        this.order = order;
    }

    /** X25519MLKEM768 (0x11EC) over the given X25519 exchange. */
    public static HybridKeyExchange x25519MlKem768(KeyExchange x25519) {
        return new HybridKeyExchange(NamedGroup.X25519_MLKEM768, x25519,
                XdhCurve.X25519.length(), Order.MLKEM_FIRST);
    }

    /** SecP256r1MLKEM768 (0x11EB) over the given secp256r1 exchange. */
    public static HybridKeyExchange secp256r1MlKem768(KeyExchange secp256r1) {
        return new HybridKeyExchange(NamedGroup.SECP256R1_MLKEM768, secp256r1,
                NistCurve.SECP256R1.encodedPointLength(), Order.ECDHE_FIRST);
    }

    @Override
    public NamedGroup group() {
        return group;
    }

    @Override
    public KeyShare generate(RandomSource random) {
        MlKem768.DecapsulationKey mlkem;
        KeyShare classical;
        if (order == Order.MLKEM_FIRST) {
            mlkem = MlKem768.generate(random);
            classical = ecdhe.generate(random);
        } else {
            classical = ecdhe.generate(random);
            mlkem = MlKem768.generate(random);
        }
        return new Share(mlkem, classical);
    }

    @Override
    public KeyShareResponse respond(Bytes initiatorValue, RandomSource random) {
        KeyShareChecks.requireLength(initiatorValue,
                MlKem768.ENCAPSULATION_KEY_LENGTH + ecdheLength, group + " client share");
        Bytes encapsulationKey = part(initiatorValue, MlKem768.ENCAPSULATION_KEY_LENGTH, true);
        Bytes classicalShare = part(initiatorValue, MlKem768.ENCAPSULATION_KEY_LENGTH, false);
        MlKem768.checkEncapsulationKey(encapsulationKey);
        MlKem768.Encapsulation encapsulation;
        KeyShareResponse classical;
        if (order == Order.MLKEM_FIRST) {
            encapsulation = MlKem768.encapsulate(encapsulationKey, random);
            classical = ecdhe.respond(classicalShare, random);
        } else {
            classical = ecdhe.respond(classicalShare, random);
            encapsulation = MlKem768.encapsulate(encapsulationKey, random);
        }
        return new KeyShareResponse(
                join(encapsulation.ciphertext(), classical.publicValue()),
                join(encapsulation.sharedSecret(), classical.sharedSecret()));
    }

    /** The ML-KEM part (when {@code mlkemPart}) or the ECDHE part of a concatenated value. */
    private Bytes part(Bytes value, int mlkemLength, boolean mlkemPart) {
        boolean mlkemFirst = order == Order.MLKEM_FIRST;
        int split = mlkemFirst ? mlkemLength : ecdheLength;
        boolean first = mlkemPart == mlkemFirst;
        return first ? value.slice(0, split) : value.slice(split, value.length());
    }

    private Bytes join(Bytes mlkem, Bytes classical) {
        return order == Order.MLKEM_FIRST ? mlkem.concat(classical) : classical.concat(mlkem);
    }

    private Secret join(Secret mlkem, Secret classical) {
        Secret first = order == Order.MLKEM_FIRST ? mlkem : classical;
        Secret second = order == Order.MLKEM_FIRST ? classical : mlkem;
        byte[] joined = new byte[first.length() + second.length()];
        System.arraycopy(first.unsafeBytes(), 0, joined, 0, first.length());
        System.arraycopy(second.unsafeBytes(), 0, joined, first.length(), second.length());
        first.destroy();
        second.destroy();
        return Secret.wrap(joined);
    }

    /** The client's half: the ML-KEM decapsulation key and the ECDHE key share. */
    private final class Share implements KeyShare {
        private final MlKem768.DecapsulationKey mlkem;
        private final KeyShare classical;

        Share(MlKem768.DecapsulationKey mlkem, KeyShare classical) {
            this.mlkem = mlkem;
            this.classical = classical;
        }

        @Override
        public NamedGroup group() {
            return group;
        }

        @Override
        public Bytes publicValue() {
            return join(mlkem.encapsulationKey(), classical.publicValue());
        }

        @Override
        public Secret agree(Bytes peerValue) {
            KeyShareChecks.requireLength(peerValue, MlKem768.CIPHERTEXT_LENGTH + ecdheLength,
                    group + " server share");
            Bytes ciphertext = part(peerValue, MlKem768.CIPHERTEXT_LENGTH, true);
            Bytes classicalShare = part(peerValue, MlKem768.CIPHERTEXT_LENGTH, false);
            Secret classicalSecret = classical.agree(classicalShare);
            return join(mlkem.decapsulate(ciphertext), classicalSecret);
        }
    }
}
