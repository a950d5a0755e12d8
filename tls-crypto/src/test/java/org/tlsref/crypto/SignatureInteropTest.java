package org.tlsref.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.KeyPair;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.SignatureScheme;
import org.tlsref.crypto.testing.Backend;
import org.tlsref.crypto.testing.SchemeKeys;
import org.tlsref.crypto.testing.SeededRandom;

/**
 * Signatures across backends: what one backend signs the other verifies, and a changed message
 * or a changed signature fails in both with {@link CryptoFailure#BAD_SIGNATURE} and nothing else.
 * Tries are scaled to the cost of each family, noted per property.
 */
class SignatureInteropTest {
    @Provide
    Arbitrary<SignatureScheme> edDsaSchemes() {
        return Arbitraries.of(SignatureScheme.ED25519, SignatureScheme.ED448);
    }

    @Provide
    Arbitrary<SignatureScheme> ecdsaSchemes() {
        return Arbitraries.of(SignatureScheme.ECDSA_SECP256R1_SHA256,
                SignatureScheme.ECDSA_SECP384R1_SHA384, SignatureScheme.ECDSA_SECP521R1_SHA512);
    }

    @Provide
    Arbitrary<SignatureScheme> rsaSchemes() {
        return Arbitraries.of(SchemeKeys.SCHEMES.subList(0, 9));
    }

    /** EdDSA: one signature and six verifications a try, about 2 ms. */
    @Property(tries = 1000)
    void edDsaSignaturesVerifyAcrossBackendsAndTamperingFails(
            @ForAll("edDsaSchemes") SignatureScheme scheme, @ForAll Backend signer,
            @ForAll @Size(max = 200) byte[] message, @ForAll long seed,
            @ForAll @IntRange(min = 0, max = 1 << 20) int flip) {
        assertInterop(scheme, signer, message, seed, flip);
    }

    /** ECDSA: P-521 signing on the JDK costs several ms, so fewer tries. */
    @Property(tries = 300)
    void ecdsaSignaturesVerifyAcrossBackendsAndTamperingFails(
            @ForAll("ecdsaSchemes") SignatureScheme scheme, @ForAll Backend signer,
            @ForAll @Size(max = 200) byte[] message, @ForAll long seed,
            @ForAll @IntRange(min = 0, max = 1 << 20) int flip) {
        assertInterop(scheme, signer, message, seed, flip);
    }

    /** RSA-2048 PKCS #1 and PSS: one private-key operation (a few ms) per try. */
    @Property(tries = 1000)
    void rsaSignaturesVerifyAcrossBackendsAndTamperingFails(
            @ForAll("rsaSchemes") SignatureScheme scheme, @ForAll Backend signer,
            @ForAll @Size(max = 200) byte[] message, @ForAll long seed,
            @ForAll @IntRange(min = 0, max = 1 << 20) int flip) {
        assertInterop(scheme, signer, message, seed, flip);
    }

    /**
     * The salt is the only randomness in PSS and both backends draw exactly one hash length of it,
     * so the same injected stream gives the same signature bytes; EdDSA and PKCS #1 v1.5 are
     * deterministic anyway. (ECDSA nonces are derived from the stream differently.)
     */
    @Property(tries = 100)
    void sameRandomnessGivesTheSameSignatureInBothBackends(
            @ForAll("deterministicOrPss") SignatureScheme scheme,
            @ForAll @Size(max = 100) byte[] message, @ForAll long seed) {
        KeyPair keys = SchemeKeys.keyFor(scheme);
        Bytes jca = Backend.JCA.signer(scheme, keys.getPrivate())
                .sign(Bytes.of(message), new SeededRandom(seed));
        Bytes bc = Backend.BC.signer(scheme, keys.getPrivate())
                .sign(Bytes.of(message), new SeededRandom(seed));
        assertEquals(jca, bc);
    }

    @Provide
    Arbitrary<SignatureScheme> deterministicOrPss() {
        return Arbitraries.of(SignatureScheme.RSA_PKCS1_SHA256, SignatureScheme.RSA_PSS_RSAE_SHA256,
                SignatureScheme.RSA_PSS_PSS_SHA512, SignatureScheme.ED25519, SignatureScheme.ED448);
    }

    private static void assertInterop(SignatureScheme scheme, Backend signer, byte[] message,
            long seed, int flip) {
        KeyPair keys = SchemeKeys.keyFor(scheme);
        Bytes original = Bytes.of(message);
        Bytes signature = signer.signer(scheme, keys.getPrivate())
                .sign(original, new SeededRandom(seed));
        Bytes changedMessage = flipBit(original.concat(Bytes.zeros(message.length == 0 ? 1 : 0)),
                flip);
        Bytes changedSignature = flipBit(signature, flip);
        for (Backend verifier : Backend.values()) {
            verifier.verifier(scheme).verify(keys.getPublic(), original, signature);
            assertBadSignature(() -> verifier.verifier(scheme)
                    .verify(keys.getPublic(), changedMessage, signature));
            assertBadSignature(() -> verifier.verifier(scheme)
                    .verify(keys.getPublic(), original, changedSignature));
        }
    }

    private static Bytes flipBit(Bytes value, int flip) {
        byte[] bytes = value.toByteArray();
        int bit = flip % (8 * bytes.length);
        bytes[bit / 8] ^= (byte) (1 << (bit % 8));
        return Bytes.of(bytes);
    }

    private static void assertBadSignature(org.junit.jupiter.api.function.Executable action) {
        assertEquals(CryptoFailure.BAD_SIGNATURE, assertThrows(TlsAlert.class, action).reason());
    }
}
