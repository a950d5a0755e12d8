package org.tlsref.bench.record;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.tlsref.api.TlsAlert;
import org.tlsref.bench.Suite;
import org.tlsref.bench.aead.RawAeadChannel;
import org.tlsref.bench.aead.RecordChecks;
import org.tlsref.crypto.CryptoFailure;
import org.tlsref.crypto.provider.Backend;

/**
 * What tlsref's record layer must get right before it may post a number: each record it seals
 * is byte for byte the record the raw AEAD channel builds by hand from RFC 8446 §5.2 and §5.3
 * (same key, IV, sequence number, payload), on this backend and the other; it opens its own and
 * the other backend's records to the payload; a flipped bit is refused with bad_record_mac.
 */
public final class TlsrefRecordChecks {
    private TlsrefRecordChecks() {
    }

    /** A channel on {@link RecordChecks.Material#of}, the raw channel's material. */
    public static TlsrefRecordChannel channel(Backend backend, Suite suite, int payload) {
        RecordChecks.Material material = RecordChecks.Material.of(suite, payload);
        return new TlsrefRecordChannel(backend.provider(), suite, material.key(), material.iv(), material.payload());
    }

    /** Runs every check on {@code backend} for {@code suite} and {@code payload}. */
    public static void check(Backend backend, Suite suite, int payload) {
        String what = "tlsref record layer " + backend + " " + suite + " " + payload + " bytes";
        byte[] data = RecordChecks.Material.of(suite, payload).payload();
        TlsrefRecordChannel channel = channel(backend, suite, payload);
        Backend otherBackend = backend == Backend.JCA ? Backend.BOUNCY_CASTLE : Backend.JCA;
        TlsrefRecordChannel other = channel(otherBackend, suite, payload);
        RawAeadChannel raw = RecordChecks.rawChannel(backend, suite, payload);
        for (int record = 0; record < 3; record++) {
            ByteBuffer sealed = channel.sealKept();
            byte[] bytes = new byte[sealed.remaining()];
            sealed.duplicate().get(bytes);
            require(Arrays.equals(bytes, raw.seal().record()), what + ": record " + record
                    + " differs from the one RFC 8446 §5.2 and §5.3 give");
            require(channel.open(sealed).equals(ByteBuffer.wrap(data)), what + ": record " + record + " does not round-trip");
            require(other.open(sealed).equals(ByteBuffer.wrap(data)), what + ": " + otherBackend + " does not open it");
        }
        ByteBuffer tampered = channel.sealKept();
        tampered.put(tampered.limit() - 1, (byte) (tampered.get(tampered.limit() - 1) ^ 1));
        try {
            channel.open(tampered);
        } catch (TlsAlert refused) {
            require(refused.reason() == CryptoFailure.BAD_RECORD_MAC, what + ": tampering refused for " + refused.reason());
            return;
        }
        throw new IllegalStateException(what + ": a record with a flipped tag bit was accepted");
    }

    private static void require(boolean condition, String failure) {
        if (!condition) {
            throw new IllegalStateException(failure);
        }
    }
}
