package org.tlsref.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.api.testing.Vectors;
import org.tlsref.crypto.asymmetric.FfdheGroup;
import org.tlsref.crypto.asymmetric.NistCurve;
import org.tlsref.crypto.asymmetric.OctetStrings;
import org.tlsref.crypto.testing.Backend;
import org.tlsref.crypto.testing.FixedRandom;
import org.tlsref.crypto.testing.SeededRandom;

/**
 * Key exchange, written once and run for each backend: the published vectors of RFC 7748 and
 * RFC 8448, agreement in every group, and every kind of invalid peer value.
 */
public abstract class KeyExchangeContract {
    /** Every group tlsref implements. */
    public static final List<NamedGroup> GROUPS = List.of(NamedGroup.X25519, NamedGroup.X448,
            NamedGroup.SECP256R1, NamedGroup.SECP384R1, NamedGroup.SECP521R1,
            NamedGroup.FFDHE2048, NamedGroup.FFDHE3072, NamedGroup.X25519_MLKEM768,
            NamedGroup.SECP256R1_MLKEM768);

    /** The backend under test. */
    protected abstract Backend backend();

    static Stream<NamedGroup> groups() {
        return GROUPS.stream();
    }

    private KeyExchange exchange(NamedGroup group) {
        return backend().keyExchange(group);
    }

    private static Bytes hex(JsonNode node) {
        return Bytes.fromHex(node.asText());
    }

    private static Bytes bytes(Secret secret) {
        return Bytes.of(secret.bytes());
    }

    private static void assertInvalidShare(org.junit.jupiter.api.function.Executable action) {
        TlsAlert alert = assertThrows(TlsAlert.class, action);
        assertEquals(CryptoFailure.INVALID_KEY_SHARE, alert.reason());
    }

    @ParameterizedTest
    @MethodSource("groups")
    void bothSidesDeriveTheSameSecret(NamedGroup group) {
        KeyShare client = exchange(group).generate(new SeededRandom(1));
        KeyShareResponse server = exchange(group).respond(client.publicValue(), new SeededRandom(2));
        assertEquals(bytes(server.sharedSecret()), bytes(client.agree(server.publicValue())));
        assertEquals(group, client.group());
        assertEquals(group, exchange(group).group());
    }

    @ParameterizedTest
    @MethodSource("groups")
    void sharesAndSecretsHaveTheGroupsFixedLengths(NamedGroup group) {
        KeyShare client = exchange(group).generate(new SeededRandom(3));
        KeyShareResponse server = exchange(group).respond(client.publicValue(), new SeededRandom(4));
        int[] expected = expectedLengths(group);
        assertEquals(expected[0], client.publicValue().length(), "client share");
        assertEquals(expected[1], server.publicValue().length(), "server share");
        assertEquals(expected[2], server.sharedSecret().length(), "shared secret");
    }

    /** Client share, server share, secret: RFC 8446 §4.2.8, draft-ietf-tls-ecdhe-mlkem §4. */
    private static int[] expectedLengths(NamedGroup group) {
        if (group.equals(NamedGroup.X25519)) {
            return new int[] {32, 32, 32};
        } else if (group.equals(NamedGroup.X448)) {
            return new int[] {56, 56, 56};
        } else if (group.equals(NamedGroup.SECP256R1)) {
            return new int[] {65, 65, 32};
        } else if (group.equals(NamedGroup.SECP384R1)) {
            return new int[] {97, 97, 48};
        } else if (group.equals(NamedGroup.SECP521R1)) {
            return new int[] {133, 133, 66};
        } else if (group.equals(NamedGroup.FFDHE2048)) {
            return new int[] {256, 256, 256};
        } else if (group.equals(NamedGroup.FFDHE3072)) {
            return new int[] {384, 384, 384};
        } else if (group.equals(NamedGroup.X25519_MLKEM768)) {
            return new int[] {1216, 1120, 64};
        }
        return new int[] {1249, 1153, 64};
    }

    @ParameterizedTest
    @MethodSource("groups")
    void wrongLengthPeerValuesAreInvalidKeyShares(NamedGroup group) {
        KeyShare client = exchange(group).generate(new SeededRandom(5));
        KeyShareResponse server = exchange(group).respond(client.publicValue(), new SeededRandom(6));
        for (Bytes bad : List.of(Bytes.EMPTY, client.publicValue().concat(Bytes.zeros(1)),
                client.publicValue().slice(0, client.publicValue().length() - 1))) {
            assertInvalidShare(() -> exchange(group).respond(bad, new SeededRandom(7)));
        }
        Bytes serverShare = server.publicValue();
        for (Bytes bad : List.of(Bytes.EMPTY, serverShare.concat(Bytes.zeros(1)),
                serverShare.slice(0, serverShare.length() - 1))) {
            assertInvalidShare(() -> client.agree(bad));
        }
    }

    @Test
    void unsupportedGroupsAreIllegalArguments() {
        for (NamedGroup group : List.of(NamedGroup.FFDHE4096, NamedGroup.BRAINPOOLP256R1,
                NamedGroup.MLKEM768, NamedGroup.SECP384R1_MLKEM1024, NamedGroup.of(0x0A0A))) {
            assertThrows(IllegalArgumentException.class, () -> exchange(group));
        }
    }

    // --- RFC 7748 -------------------------------------------------------------------------

    @Test
    void x25519ScalarMultiplicationMatchesRfc7748() {
        scalarMultiplication("crypto/x25519.json", NamedGroup.X25519);
    }

    @Test
    void x448ScalarMultiplicationMatchesRfc7748() {
        scalarMultiplication("crypto/x448.json", NamedGroup.X448);
    }

    /** RFC 7748 §5.2: X(k, u) through generate(k) and agree(u); the u's top bit is masked. */
    private void scalarMultiplication(String file, NamedGroup group) {
        for (JsonNode vector : Vectors.json(file).get("scalarMultiplication")) {
            FixedRandom random = new FixedRandom(hex(vector.get("scalar")));
            KeyShare share = exchange(group).generate(random);
            assertEquals(hex(vector.get("output")), bytes(share.agree(hex(vector.get("uCoordinate")))));
            assertEquals(0, random.remaining());
        }
    }

    @Test
    void x25519IteratedVectorsMatchRfc7748() {
        iterated("crypto/x25519.json", NamedGroup.X25519);
    }

    @Test
    void x448IteratedVectorsMatchRfc7748() {
        iterated("crypto/x448.json", NamedGroup.X448);
    }

    /** RFC 7748 §5.2: k = u = start; repeatedly k, u = X(k, u), k. */
    private void iterated(String file, NamedGroup group) {
        JsonNode iterated = Vectors.json(file).get("iterated");
        Bytes k = hex(iterated.get("start"));
        Bytes u = k;
        int done = 0;
        for (JsonNode result : iterated.get("results")) {
            int target = result.get("iterations").asInt();
            for (; done < target; done++) {
                Bytes next = bytes(exchange(group).generate(new FixedRandom(k)).agree(u));
                u = k;
                k = next;
            }
            assertEquals(hex(result.get("output")), k, "after " + target + " iterations");
        }
    }

    @Test
    void x25519DiffieHellmanMatchesRfc7748() {
        diffieHellman("crypto/x25519.json", NamedGroup.X25519);
    }

    @Test
    void x448DiffieHellmanMatchesRfc7748() {
        diffieHellman("crypto/x448.json", NamedGroup.X448);
    }

    /** RFC 7748 §6.1, §6.2: Alice initiates with a, Bob responds with b. */
    private void diffieHellman(String file, NamedGroup group) {
        for (JsonNode vector : Vectors.json(file).get("diffieHellman")) {
            KeyShare alice = exchange(group).generate(new FixedRandom(hex(vector.get("alicePrivate"))));
            assertEquals(hex(vector.get("alicePublic")), alice.publicValue());
            KeyShareResponse bob = exchange(group).respond(alice.publicValue(),
                    new FixedRandom(hex(vector.get("bobPrivate"))));
            assertEquals(hex(vector.get("bobPublic")), bob.publicValue());
            assertEquals(hex(vector.get("sharedSecret")), bytes(bob.sharedSecret()));
            assertEquals(hex(vector.get("sharedSecret")), bytes(alice.agree(bob.publicValue())));
        }
    }

    @Test
    void rfc8448ClientAndServerShareTheTracesHandshakeIkm() {
        JsonNode trace = Vectors.json("crypto/rfc8448-x25519.json");
        KeyShare client = exchange(NamedGroup.X25519)
                .generate(new FixedRandom(hex(trace.get("clientPrivate"))));
        assertEquals(hex(trace.get("clientPublic")), client.publicValue());
        assertEquals(hex(trace.get("sharedSecret")), bytes(client.agree(hex(trace.get("serverPublic")))));
        KeyShareResponse server = exchange(NamedGroup.X25519).respond(client.publicValue(),
                new FixedRandom(hex(trace.get("serverPrivate"))));
        assertEquals(hex(trace.get("serverPublic")), server.publicValue());
        assertEquals(hex(trace.get("sharedSecret")), bytes(server.sharedSecret()));
    }

    // --- invalid peer values ------------------------------------------------------------------

    @Test
    void xdhSmallOrderPointsGiveAllZeroSecretsAndAreRefused() {
        for (NamedGroup group : List.of(NamedGroup.X25519, NamedGroup.X448)) {
            int length = group.equals(NamedGroup.X25519) ? 32 : 56;
            KeyShare share = exchange(group).generate(new SeededRandom(8));
            Bytes zero = Bytes.zeros(length);
            Bytes one = Bytes.of(new byte[] {1}).concat(Bytes.zeros(length - 1));
            assertInvalidShare(() -> share.agree(zero));
            assertInvalidShare(() -> share.agree(one));
            assertInvalidShare(() -> exchange(group).respond(zero, new SeededRandom(9)));
        }
    }

    @Test
    void ecdhPointsOffTheCurveAreRefused() {
        for (NistCurve curve : NistCurve.values()) {
            KeyShare peer = exchange(curve.group()).generate(new SeededRandom(10));
            byte[] bad = peer.publicValue().toByteArray();
            bad[bad.length - 1] ^= 1;
            KeyShare share = exchange(curve.group()).generate(new SeededRandom(11));
            assertInvalidShare(() -> share.agree(Bytes.of(bad)));
            assertInvalidShare(() -> exchange(curve.group()).respond(Bytes.of(bad),
                    new SeededRandom(12)));
        }
    }

    @Test
    void ecdhCompressedAndIdentityEncodingsAreRefused() {
        NistCurve curve = NistCurve.SECP256R1;
        KeyShare share = exchange(curve.group()).generate(new SeededRandom(13));
        byte[] compressedForm = share.publicValue().toByteArray();
        compressedForm[0] = 2;
        assertInvalidShare(() -> share.agree(Bytes.of(compressedForm)));
        assertInvalidShare(() -> share.agree(share.publicValue().slice(0, 33)));
        assertInvalidShare(() -> share.agree(Bytes.zeros(1)));
        assertInvalidShare(() -> share.agree(Bytes.zeros(65)));
    }

    @Test
    void ecdhCoordinatesOfPOrMoreAreRefused() {
        NistCurve curve = NistCurve.SECP384R1;
        KeyShare share = exchange(curve.group()).generate(new SeededRandom(14));
        Bytes p = Bytes.of(OctetStrings.i2osp(curve.prime(), 48));
        Bytes y = share.publicValue().slice(49, 97);
        assertInvalidShare(() -> share.agree(Bytes.ofUnsigned(4).concat(p).concat(y)));
        Bytes x = share.publicValue().slice(1, 49);
        assertInvalidShare(() -> share.agree(Bytes.ofUnsigned(4).concat(x).concat(p)));
    }

    @Test
    void ffdheValuesOutsideOneToPMinusOneAreRefused() {
        for (FfdheGroup group : FfdheGroup.values()) {
            KeyShare share = exchange(group.group()).generate(new SeededRandom(15));
            BigInteger p = group.prime();
            for (BigInteger y : List.of(BigInteger.ZERO, BigInteger.ONE, p.subtract(BigInteger.ONE),
                    p, p.add(BigInteger.ONE))) {
                Bytes encoded = Bytes.of(OctetStrings.i2osp(y, group.length()));
                assertInvalidShare(() -> share.agree(encoded));
                assertInvalidShare(() -> exchange(group.group()).respond(encoded,
                        new SeededRandom(16)));
            }
        }
    }

    @Test
    void ffdheSmallestAndLargestValidValuesAreAccepted() {
        FfdheGroup group = FfdheGroup.FFDHE2048;
        KeyShare share = exchange(group.group()).generate(new SeededRandom(17));
        BigInteger p = group.prime();
        for (BigInteger y : List.of(BigInteger.TWO, p.subtract(BigInteger.TWO))) {
            assertEquals(group.length(),
                    share.agree(Bytes.of(OctetStrings.i2osp(y, group.length()))).length());
        }
    }

    @Test
    void hybridsRefuseAnInvalidEcdhePart() {
        KeyExchange exchange = exchange(NamedGroup.SECP256R1_MLKEM768);
        KeyShare client = exchange.generate(new SeededRandom(18));
        KeyShareResponse server = exchange.respond(client.publicValue(), new SeededRandom(19));
        byte[] badServer = server.publicValue().toByteArray();
        badServer[64] ^= 1;
        assertInvalidShare(() -> client.agree(Bytes.of(badServer)));
        byte[] badClient = client.publicValue().toByteArray();
        badClient[64] ^= 1;
        assertInvalidShare(() -> exchange.respond(Bytes.of(badClient), new SeededRandom(20)));
    }

    @Test
    void hybridsRefuseAnEncapsulationKeyWithAnUnreducedCoefficient() {
        KeyExchange exchange = exchange(NamedGroup.X25519_MLKEM768);
        byte[] share = exchange.generate(new SeededRandom(21)).publicValue().toByteArray();
        share[0] = (byte) 0xFF;
        share[1] = (byte) 0x0F;
        assertInvalidShare(() -> exchange.respond(Bytes.of(share), new SeededRandom(22)));
    }

    @Test
    void x25519MlKem768RefusesAnAllZeroX25519Part() {
        KeyExchange exchange = exchange(NamedGroup.X25519_MLKEM768);
        KeyShare client = exchange.generate(new SeededRandom(23));
        KeyShareResponse server = exchange.respond(client.publicValue(), new SeededRandom(24));
        Bytes zeroX25519 = server.publicValue().slice(0, 1088).concat(Bytes.zeros(32));
        assertInvalidShare(() -> client.agree(zeroX25519));
    }
}
