package org.tlsref.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.crypto.testing.Backend;
import org.tlsref.crypto.testing.SeededRandom;

/**
 * Key agreement across backends, as picotls tests it: a client share from one backend answered
 * by the other gives both sides the same secret, and the same randomness makes the same share in
 * both backends (the derivations of private keys are shared, so replays do not depend on the
 * backend). Tries are scaled to the cost of each group, noted per property.
 */
class KeyExchangeInteropTest {
    @Provide
    Arbitrary<NamedGroup> xdhGroups() {
        return Arbitraries.of(NamedGroup.X25519, NamedGroup.X448);
    }

    @Provide
    Arbitrary<NamedGroup> nistGroups() {
        return Arbitraries.of(NamedGroup.SECP256R1, NamedGroup.SECP384R1, NamedGroup.SECP521R1);
    }

    @Provide
    Arbitrary<NamedGroup> ffdheGroups() {
        return Arbitraries.of(NamedGroup.FFDHE2048, NamedGroup.FFDHE3072);
    }

    @Provide
    Arbitrary<NamedGroup> hybridGroups() {
        return Arbitraries.of(NamedGroup.X25519_MLKEM768, NamedGroup.SECP256R1_MLKEM768);
    }

    /** X25519/X448: about 1 ms a try for five scalar multiplications. */
    @Property(tries = 2000)
    void xdhAgreesAcrossBackends(@ForAll("xdhGroups") NamedGroup group, @ForAll Backend client,
            @ForAll long clientSeed, @ForAll long serverSeed) {
        assertAgreement(group, client, clientSeed, serverSeed);
    }

    /** NIST curves: the JCA side costs three ECDH per share (P-521 several ms), so fewer tries. */
    @Property(tries = 300)
    void ecdhAgreesAcrossBackends(@ForAll("nistGroups") NamedGroup group, @ForAll Backend client,
            @ForAll long clientSeed, @ForAll long serverSeed) {
        assertAgreement(group, client, clientSeed, serverSeed);
    }

    /** FFDHE: 2048/3072-bit modular exponentiations, tens of ms a try. */
    @Property(tries = 40)
    void ffdheAgreesAcrossBackends(@ForAll("ffdheGroups") NamedGroup group, @ForAll Backend client,
            @ForAll long clientSeed, @ForAll long serverSeed) {
        assertAgreement(group, client, clientSeed, serverSeed);
    }

    /** Hybrids: ML-KEM-768 key generation, encapsulation and decapsulation on top of ECDHE. */
    @Property(tries = 200)
    void hybridsAgreeAcrossBackends(@ForAll("hybridGroups") NamedGroup group,
            @ForAll Backend client, @ForAll long clientSeed, @ForAll long serverSeed) {
        assertAgreement(group, client, clientSeed, serverSeed);
    }

    private static void assertAgreement(NamedGroup group, Backend client, long clientSeed,
            long serverSeed) {
        Backend server = client.other();
        KeyShare share = client.keyExchange(group).generate(new SeededRandom(clientSeed));
        KeyShare twin = server.keyExchange(group).generate(new SeededRandom(clientSeed));
        assertEquals(share.publicValue(), twin.publicValue(), "same randomness, same share");
        KeyShareResponse response =
                server.keyExchange(group).respond(share.publicValue(), new SeededRandom(serverSeed));
        KeyShareResponse twinResponse =
                client.keyExchange(group).respond(share.publicValue(), new SeededRandom(serverSeed));
        assertEquals(response.publicValue(), twinResponse.publicValue(), "same response");
        Bytes secret = Bytes.of(response.sharedSecret().bytes());
        assertEquals(secret, Bytes.of(share.agree(response.publicValue()).bytes()));
        assertEquals(secret, Bytes.of(twinResponse.sharedSecret().bytes()));
    }
}
