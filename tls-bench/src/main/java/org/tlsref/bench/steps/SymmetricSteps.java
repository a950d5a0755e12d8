package org.tlsref.bench.steps;

import java.util.List;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.CipherSuite;
import org.tlsref.crypto.CryptoProvider;
import org.tlsref.crypto.RandomSource;
import org.tlsref.crypto.Secret;
import org.tlsref.crypto.TranscriptHash;
import org.tlsref.crypto.provider.RandomSources;
import org.tlsref.engine.keyschedule.CipherSuiteParameters;
import org.tlsref.engine.keyschedule.EarlySecret;
import org.tlsref.engine.keyschedule.ExporterMasterSecret;
import org.tlsref.engine.keyschedule.FinishedMac;
import org.tlsref.engine.keyschedule.HandshakeSecret;
import org.tlsref.engine.keyschedule.MasterSecret;
import org.tlsref.engine.keyschedule.TrafficKeys;
import org.tlsref.engine.keyschedule.TrafficSecret;

/**
 * The SHA-256 work one side of a full TLS 1.3 handshake with TLS_AES_128_GCM_SHA256 does, as
 * tlsref's engine does it: hashing the transcript, and the key schedule from the shared secret
 * to the application traffic keys (HKDF-Extract, Derive-Secret, HKDF-Expand-Label, the Finished
 * HMACs; RFC 8446 §7.1, §7.3, §4.4.4).
 */
public final class SymmetricSteps {
    /**
     * The lengths of the handshake messages of one tlsref handshake without client
     * authentication (ClientHello, ServerHello, EncryptedExtensions, Certificate,
     * CertificateVerify, server and client Finished), as sent.
     */
    private static final int[] MESSAGE_LENGTHS = {208, 122, 18, 1000, 79, 36, 36};
    /** After which messages a side takes the transcript hash: ServerHello, Certificate, CertificateVerify, both Finished. */
    private static final int[] SNAPSHOT_AFTER = {1, 3, 4, 5, 6};
    private static final CipherSuiteParameters SUITE = CipherSuiteParameters.of(CipherSuite.TLS_AES_128_GCM_SHA256);

    private SymmetricSteps() {
    }

    /** Stand-ins for the handshake messages: random bytes of their lengths, the same on every run. */
    public static List<byte[]> transcriptMessages() {
        RandomSource random = RandomSources.seeded(new byte[] {'t'});
        byte[][] messages = new byte[MESSAGE_LENGTHS.length][];
        for (int i = 0; i < messages.length; i++) {
            messages[i] = random.nextBytes(MESSAGE_LENGTHS[i]);
        }
        return List.of(messages);
    }

    /** Hashes {@code messages} into {@code hash}, taking the transcript hash where a side does; returns the last. */
    public static Bytes transcript(TranscriptHash hash, List<byte[]> messages) {
        Bytes snapshot = Bytes.EMPTY;
        int next = 0;
        for (int i = 0; i < messages.size(); i++) {
            byte[] message = messages.get(i);
            hash.update(message, 0, message.length);
            if (next < SNAPSHOT_AFTER.length && SNAPSHOT_AFTER[next] == i) {
                snapshot = hash.snapshot();
                next++;
            }
        }
        return snapshot;
    }

    /** What a side derives in a full handshake. */
    public record Derived(TrafficKeys clientHandshake, TrafficKeys serverHandshake, Bytes serverFinished,
            Bytes clientFinished, TrafficKeys clientApplication, TrafficKeys serverApplication,
            ExporterMasterSecret exporter) {
    }

    /**
     * The key schedule of a full handshake without PSK from {@code sharedSecret}, with
     * {@code transcriptHash} standing in for each transcript hash it takes.
     */
    public static Derived keySchedule(CryptoProvider provider, Secret sharedSecret, Bytes transcriptHash) {
        HandshakeSecret handshake = EarlySecret.withoutPsk(provider, SUITE).handshakeSecret(sharedSecret);
        TrafficSecret clientHandshake = handshake.clientHandshakeTrafficSecret(transcriptHash);
        TrafficSecret serverHandshake = handshake.serverHandshakeTrafficSecret(transcriptHash);
        Bytes serverFinished = FinishedMac.verifyData(serverHandshake, transcriptHash);
        Bytes clientFinished = FinishedMac.verifyData(clientHandshake, transcriptHash);
        MasterSecret master = handshake.masterSecret();
        return new Derived(clientHandshake.keys(), serverHandshake.keys(), serverFinished, clientFinished,
                master.clientApplicationTrafficSecret(transcriptHash).keys(),
                master.serverApplicationTrafficSecret(transcriptHash).keys(), master.exporterMasterSecret(transcriptHash));
    }
}
