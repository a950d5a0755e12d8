package org.tlsref.crypto.asymmetric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.crypto.KeyExchange;
import org.tlsref.crypto.KeyShare;
import org.tlsref.crypto.KeyShareResponse;
import org.tlsref.crypto.testing.Backend;
import org.tlsref.crypto.testing.FixedRandom;

/**
 * The concatenation orders of draft-ietf-tls-ecdhe-mlkem §4.1 (client share), §4.2 (server share)
 * and §4.3 (shared secret), proved by rebuilding each hybrid value from its parts computed
 * separately with the same random bytes: ML-KEM first for X25519MLKEM768, ECDHE first for
 * SecP256r1MLKEM768.
 */
class HybridKeyExchangeTest {
    private static final Bytes MLKEM_SEED = Bytes.fromHex("11".repeat(64));
    private static final Bytes MLKEM_MESSAGE = Bytes.fromHex("22".repeat(32));
    private static final Bytes CLIENT_ECDHE = Bytes.fromHex("03".repeat(32));
    private static final Bytes SERVER_ECDHE = Bytes.fromHex("04".repeat(32));

    private static Bytes bytes(org.tlsref.crypto.Secret secret) {
        return Bytes.of(secret.bytes());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void x25519MlKem768PutsMlKemFirstInSharesAndSecret(Backend backend) {
        KeyExchange hybrid = backend.keyExchange(NamedGroup.X25519_MLKEM768);
        KeyExchange x25519 = backend.keyExchange(NamedGroup.X25519);
        KeyShare client = hybrid.generate(new FixedRandom(MLKEM_SEED, CLIENT_ECDHE));
        KeyShareResponse server = hybrid.respond(client.publicValue(),
                new FixedRandom(MLKEM_MESSAGE, SERVER_ECDHE));

        MlKem768.DecapsulationKey mlkem = MlKem768.generate(new FixedRandom(MLKEM_SEED));
        KeyShare classical = x25519.generate(new FixedRandom(CLIENT_ECDHE));
        assertEquals(mlkem.encapsulationKey().concat(classical.publicValue()), client.publicValue());

        MlKem768.Encapsulation encapsulation =
                MlKem768.encapsulate(mlkem.encapsulationKey(), new FixedRandom(MLKEM_MESSAGE));
        KeyShareResponse classicalResponse =
                x25519.respond(classical.publicValue(), new FixedRandom(SERVER_ECDHE));
        assertEquals(encapsulation.ciphertext().concat(classicalResponse.publicValue()),
                server.publicValue());
        Bytes secret = bytes(encapsulation.sharedSecret())
                .concat(bytes(classicalResponse.sharedSecret()));
        assertEquals(secret, bytes(server.sharedSecret()));
        assertEquals(secret, bytes(client.agree(server.publicValue())));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void secp256r1MlKem768PutsEcdheFirstInSharesAndSecret(Backend backend) {
        KeyExchange hybrid = backend.keyExchange(NamedGroup.SECP256R1_MLKEM768);
        KeyExchange p256 = backend.keyExchange(NamedGroup.SECP256R1);
        KeyShare client = hybrid.generate(new FixedRandom(CLIENT_ECDHE, MLKEM_SEED));
        KeyShareResponse server = hybrid.respond(client.publicValue(),
                new FixedRandom(SERVER_ECDHE, MLKEM_MESSAGE));

        KeyShare classical = p256.generate(new FixedRandom(CLIENT_ECDHE));
        MlKem768.DecapsulationKey mlkem = MlKem768.generate(new FixedRandom(MLKEM_SEED));
        assertEquals(classical.publicValue().concat(mlkem.encapsulationKey()), client.publicValue());

        KeyShareResponse classicalResponse =
                p256.respond(classical.publicValue(), new FixedRandom(SERVER_ECDHE));
        MlKem768.Encapsulation encapsulation =
                MlKem768.encapsulate(mlkem.encapsulationKey(), new FixedRandom(MLKEM_MESSAGE));
        assertEquals(classicalResponse.publicValue().concat(encapsulation.ciphertext()),
                server.publicValue());
        Bytes secret = bytes(classicalResponse.sharedSecret())
                .concat(bytes(encapsulation.sharedSecret()));
        assertEquals(secret, bytes(server.sharedSecret()));
        assertEquals(secret, bytes(client.agree(server.publicValue())));
    }
}
