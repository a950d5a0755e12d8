package org.tlsref.bench.aead;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.tlsref.api.TlsAlert;
import org.tlsref.bench.Suite;
import org.tlsref.crypto.CryptoFailure;
import org.tlsref.crypto.RandomSource;
import org.tlsref.crypto.provider.Backend;
import org.tlsref.crypto.provider.RandomSources;

/**
 * What a raw AEAD must get right before it may post a number: it round-trips a record, it
 * produces byte for byte the record the other backend produces (AEADs are deterministic in key,
 * nonce, additional data and plaintext, so two independent implementations agreeing is strong
 * evidence both are right), its ciphertext is not the plaintext, and a flipped bit is refused
 * with bad_record_mac. Each check throws {@link IllegalStateException} naming what failed;
 * benchmarks call them in their setup, and a unit test calls them without timing anything.
 */
public final class RecordChecks {
    private RecordChecks() {
    }

    /**
     * Fixed, seeded traffic key, IV and payload for {@code suite} and {@code payload} bytes, the
     * same on every run and backend, so that the raw AEAD and the record layer can be compared
     * record for record.
     */
    public record Material(byte[] key, byte[] iv, byte[] payload) {
        /** The material for {@code suite} and {@code payload} bytes. */
        public static Material of(Suite suite, int payload) {
            RandomSource random = RandomSources.seeded(("raw " + suite + " " + payload).getBytes(StandardCharsets.US_ASCII));
            return new Material(random.nextBytes(suite.aead().keyLength()), random.nextBytes(suite.aead().nonceLength()),
                    random.nextBytes(payload));
        }
    }

    /** A channel on {@link Material#of}, the same on every run and backend. */
    public static RawAeadChannel rawChannel(Backend backend, Suite suite, int payload) {
        Material material = Material.of(suite, payload);
        return new RawAeadChannel(backend.provider(), suite, material.key(), material.iv(), material.payload());
    }

    /** Runs every check on {@code backend}'s raw AEAD for {@code suite} and {@code payload}. */
    public static void rawAead(Backend backend, Suite suite, int payload) {
        String what = "raw AEAD " + backend + " " + suite + " " + payload + " bytes";
        RawAeadChannel channel = rawChannel(backend, suite, payload);
        Backend otherBackend = backend == Backend.JCA ? Backend.BOUNCY_CASTLE : Backend.JCA;
        RawAeadChannel other = rawChannel(otherBackend, suite, payload);
        for (int record = 0; record < 3; record++) {
            RawAeadChannel.Sealed sealed = channel.sealKept();
            RawAeadChannel.Sealed reference = other.sealKept();
            require(Arrays.equals(sealed.record(), reference.record()),
                    what + ": record " + record + " differs from " + otherBackend + "'s");
            require(innerPlaintextMatches(channel.open(sealed), channel.payload()),
                    what + ": record " + record + " does not round-trip");
            require(innerPlaintextMatches(other.open(sealed), channel.payload()),
                    what + ": " + otherBackend + " does not open record " + record);
            require(!Arrays.equals(Arrays.copyOfRange(sealed.record(), RecordFrame.HEADER_LENGTH,
                            RecordFrame.HEADER_LENGTH + payload), channel.payload()),
                    what + ": the ciphertext is the plaintext");
            sealed.record()[sealed.record().length - 1] ^= 1;
            require(refused(channel, sealed), what + ": a record with a flipped tag bit was accepted");
        }
    }

    /** True when {@code inner} is {@code payload} followed by the application_data content type. */
    public static boolean innerPlaintextMatches(ByteBuffer inner, byte[] payload) {
        ByteBuffer view = inner.duplicate();
        if (view.remaining() != payload.length + 1) {
            return false;
        }
        byte[] data = new byte[payload.length];
        view.get(data);
        return Arrays.equals(data, payload) && view.get() == RecordFrame.APPLICATION_DATA;
    }

    private static boolean refused(RawAeadChannel channel, RawAeadChannel.Sealed tampered) {
        try {
            channel.open(tampered);
            return false;
        } catch (TlsAlert alert) {
            return alert.reason() == CryptoFailure.BAD_RECORD_MAC;
        }
    }

    static void require(boolean condition, String failure) {
        if (!condition) {
            throw new IllegalStateException(failure);
        }
    }
}
