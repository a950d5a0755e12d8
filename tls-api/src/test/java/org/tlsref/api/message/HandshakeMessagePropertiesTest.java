package org.tlsref.api.message;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.HandshakeType;

/**
 * Properties of every handshake message form: encoding is canonical and reversible, and no
 * input, however malformed, gets anything but a message or a {@link TlsAlert} out of
 * {@link HandshakeDecoder} (DESIGN.md, "Errors and alerts").
 */
class HandshakeMessagePropertiesTest {

    @Property(tries = 10000)
    void decodingAnEncodedMessageGivesItBack(@ForAll("received") Tuple2<DecodeContext, HandshakeMessage> in) {
        Bytes encoded = in.get2().encode();
        HandshakeMessage decoded = HandshakeDecoder.decode(encoded, in.get1());
        assertEquals(in.get2(), decoded);
        assertEquals(encoded, decoded.encode());
    }

    @Property(tries = 10000)
    void everyFormIncludingMessageHashRoundTripsThroughItsOwnDecoder(
            @ForAll("everyForm") HandshakeMessage message) {
        Bytes body = message.encodeBody();
        HandshakeMessage decoded = message instanceof MessageHash
                ? MessageHash.decode(body.reader())
                : HandshakeDecoder.decode(message.type(), body, contextOf(message));
        assertEquals(message, decoded);
        assertEquals(body, decoded.encodeBody());
    }

    @Property(tries = 10000)
    void arbitraryBytesDecodeOrFailWithAnAlert(@ForAll("anyBytes") Bytes input,
            @ForAll DecodeContext context) {
        decodeOrAlert(input, context);
    }

    @Property(tries = 10000)
    void framedRandomBodiesDecodeOrFailWithAnAlert(@ForAll("knownTypes") HandshakeType type,
            @ForAll("anyBytes") Bytes body, @ForAll DecodeContext context) {
        decodeOrAlert(frame(type.code(), body), context);
    }

    @Property(tries = 10000)
    void mutatedEncodingsDecodeOrFailWithAnAlert(
            @ForAll("received") Tuple2<DecodeContext, HandshakeMessage> in,
            @ForAll("mutations") Mutation mutation) {
        boolean decoded = decodeOrAlert(mutation.apply(in.get2().encode()), in.get1());
        // Both outcomes must be common, or the mutations would not be exercising the decoders.
        Statistics.label("outcome").collect(decoded ? "decoded" : "alert");
        Statistics.label("outcome").coverage(coverage -> {
            coverage.check("decoded").percentage(p -> p > 1);
            coverage.check("alert").percentage(p -> p > 20);
        });
    }

    /**
     * Decodes {@code input}: a TlsAlert is fine, any other exception fails the property, and a
     * message that comes out must re-encode to exactly the input (decoding is strict, so only
     * canonical bytes are accepted). Returns whether a message came out.
     */
    private static boolean decodeOrAlert(Bytes input, DecodeContext context) {
        HandshakeMessage decoded;
        try {
            decoded = HandshakeDecoder.decode(input, context);
        } catch (TlsAlert expected) {
            return false;
        }
        assertEquals(input, decoded.encode(), "accepted bytes re-encode unchanged");
        return true;
    }

    private static DecodeContext contextOf(HandshakeMessage message) {
        if (message instanceof ClientKeyExchangeRsa) {
            return DecodeContext.TLS12_RSA;
        }
        if (message instanceof ServerKeyExchangeEcdhe || message instanceof ClientKeyExchangeEcdhe
                || message instanceof CertificateTls12 || message instanceof CertificateRequestTls12
                || message instanceof NewSessionTicketTls12 || message instanceof HelloRequest
                || message instanceof ServerHelloDone) {
            return DecodeContext.TLS12_ECDHE;
        }
        return DecodeContext.TLS13;
    }

    private static Bytes frame(int type, Bytes body) {
        int n = body.length();
        return Bytes.ofUnsigned(type, n >>> 16, (n >>> 8) & 0xFF, n & 0xFF).concat(body);
    }

    @Provide
    Arbitrary<Tuple2<DecodeContext, HandshakeMessage>> received() {
        List<Arbitrary<Tuple2<DecodeContext, HandshakeMessage>>> perContext = new ArrayList<>();
        for (DecodeContext context : DecodeContext.values()) {
            perContext.add(MessageArbitraries.in(context).map(m -> Tuple.of(context, m)));
        }
        return Arbitraries.oneOf(perContext);
    }

    @Provide
    Arbitrary<HandshakeMessage> everyForm() {
        return MessageArbitraries.all();
    }

    @Provide
    Arbitrary<Bytes> anyBytes() {
        return MessageArbitraries.bytes(0, 80);
    }

    @Provide
    Arbitrary<HandshakeType> knownTypes() {
        return Arbitraries.oneOf(List.of(Arbitraries.of(HandshakeType.known()),
                Arbitraries.integers().between(0, 0xFF).map(HandshakeType::of)));
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        return Combinators.combine(Arbitraries.of(Mutation.Kind.class),
                Arbitraries.integers().between(0, Integer.MAX_VALUE),
                Arbitraries.integers().between(0, 0xFF), Arbitraries.of(true, false))
                .as(Mutation::new);
    }

    /**
     * One corruption of an encoded message at a position chosen by {@code seed}; with
     * {@code reframe} the handshake header's length is fixed afterwards, so that the corruption
     * reaches the body decoder instead of failing at the header.
     */
    record Mutation(Kind kind, int seed, int value, boolean reframe) {
        enum Kind { FLIP_BIT, SET_BYTE, INSERT_BYTE, DELETE_BYTE, TRUNCATE, CORRUPT_LENGTH }

        Bytes apply(Bytes message) {
            byte[] b = message.toByteArray();
            int at = seed % b.length;
            byte[] out = switch (kind) {
                case FLIP_BIT -> flip(b, at, value % 8);
                case SET_BYTE -> set(b, at, value);
                case INSERT_BYTE -> insert(b, seed % (b.length + 1), value);
                case DELETE_BYTE -> delete(b, at);
                case TRUNCATE -> Arrays.copyOf(b, at);
                case CORRUPT_LENGTH -> set(b, at, value % 2 == 0 ? 0xFF : 0x00);
            };
            Bytes mutated = Bytes.of(out);
            return reframe && out.length >= 4 ? frame(out[0] & 0xFF, mutated.slice(4, out.length))
                    : mutated;
        }

        private static byte[] flip(byte[] b, int at, int bit) {
            b[at] ^= (byte) (1 << bit);
            return b;
        }

        private static byte[] set(byte[] b, int at, int value) {
            b[at] = (byte) value;
            return b;
        }

        private static byte[] insert(byte[] b, int at, int value) {
            byte[] out = new byte[b.length + 1];
            System.arraycopy(b, 0, out, 0, at);
            out[at] = (byte) value;
            System.arraycopy(b, at, out, at + 1, b.length - at);
            return out;
        }

        private static byte[] delete(byte[] b, int at) {
            byte[] out = new byte[b.length - 1];
            System.arraycopy(b, 0, out, 0, at);
            System.arraycopy(b, at + 1, out, at, b.length - at - 1);
            return out;
        }
    }
}
