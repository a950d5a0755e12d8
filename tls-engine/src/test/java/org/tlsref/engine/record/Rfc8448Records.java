package org.tlsref.engine.record;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.ContentType;
import org.tlsref.api.testing.Vectors;
import org.tlsref.crypto.AeadAlgorithm;
import org.tlsref.crypto.CryptoProvider;
import org.tlsref.crypto.Secret;

/**
 * The records of the RFC 8448 traces (vectors/rfc8448, schema in vectors/README.md) with the
 * keys the vectors name for them. All five traces use TLS_AES_128_GCM_SHA256.
 */
final class Rfc8448Records {
    static final AeadAlgorithm AEAD = AeadAlgorithm.AES_128_GCM;

    private Rfc8448Records() {
    }

    /** The trace files (kind rfc8448), sorted. */
    static List<String> traceFiles() {
        List<String> traces = new ArrayList<>();
        for (String file : Vectors.list("rfc8448")) {
            if ("rfc8448".equals(Vectors.json(file).path("kind").asText())) {
                traces.add(file);
            }
        }
        return traces;
    }

    /** Every record of every trace, in trace order. */
    static List<TraceRecord> all() {
        List<TraceRecord> records = new ArrayList<>();
        for (String file : traceFiles()) {
            records.addAll(of(file));
        }
        return records;
    }

    /** The records of one trace, in order. */
    static List<TraceRecord> of(String file) {
        JsonNode trace = Vectors.json(file);
        List<TraceRecord> records = new ArrayList<>();
        for (JsonNode r : trace.get("records")) {
            records.add(new TraceRecord(trace.get("trace").asText(), trace, r));
        }
        return records;
    }

    /** Every protected record of every trace. */
    static List<TraceRecord> protectedRecords() {
        return all().stream().filter(TraceRecord::isProtected).toList();
    }

    /**
     * One record and its trace.
     *
     * @param trace the trace's short name
     * @param file the whole trace
     * @param node the record's entry
     */
    record TraceRecord(String trace, JsonNode file, JsonNode node) {
        int index() {
            return node.get("index").intValue();
        }

        String sender() {
            return node.get("sender").asText();
        }

        boolean isProtected() {
            return node.get("protected").booleanValue();
        }

        /** The complete record, header included. */
        Bytes wire() {
            return Vectors.bytes(node.get("hex"));
        }

        /** The plaintext content (TLSPlaintext.fragment, or TLSInnerPlaintext.content). */
        Bytes payload() {
            return Vectors.bytes(node.get("payload_hex"));
        }

        /** The content type of the payload (the inner type of a protected record). */
        ContentType contentType() {
            return isProtected() ? ContentType.of(node.get("inner_content_type").intValue())
                    : ContentType.of(node.get("content_type").intValue());
        }

        int legacyRecordVersion() {
            return node.get("legacy_record_version").intValue();
        }

        /** Which secrets' key and IV protect it ("server handshake"). */
        String keys() {
            return node.get("keys").asText();
        }

        long sequenceNumber() {
            return node.get("sequence_number").longValue();
        }

        int paddingLength() {
            return node.get("padding_length").intValue();
        }

        Secret key() {
            return Secret.of(Vectors.hex(file.get("secrets").get(keys() + " key")));
        }

        Secret iv() {
            return Secret.of(Vectors.hex(file.get("secrets").get(keys() + " iv")));
        }

        RecordSealer sealer(CryptoProvider provider) {
            return RecordSealer.create(provider.aead(AEAD, key()), iv());
        }

        RecordOpener opener(CryptoProvider provider) {
            return RecordOpener.startingAt(provider.aead(AEAD, key()), iv(), sequenceNumber());
        }

        @Override
        public String toString() {
            return trace + " record " + index() + " (" + sender() + ", " + contentType() + ")";
        }
    }
}
