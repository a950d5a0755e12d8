package org.tlsref.engine.keyschedule;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.CipherSuite;
import org.tlsref.api.testing.VectorMessage;
import org.tlsref.api.testing.Vectors;
import org.tlsref.crypto.CryptoProvider;
import org.tlsref.crypto.Secret;
import org.tlsref.crypto.TranscriptHash;

/**
 * One RFC 8448 trace file (vectors/rfc8448, schema in vectors/README.md) and the transcript
 * hashes its steps name, computed from its messages.
 */
final class Rfc8448Trace {
    private static final int MESSAGE_HASH_TYPE = 254;

    private final String file;
    private final JsonNode json;
    private final List<VectorMessage> messages;

    private Rfc8448Trace(String file) {
        this.file = file;
        this.json = Vectors.json(file);
        this.messages = Vectors.messages(json);
    }

    /** The trace files (kind rfc8448), sorted. */
    static List<String> files() {
        List<String> traces = new ArrayList<>();
        for (String file : Vectors.list("rfc8448")) {
            if ("rfc8448".equals(Vectors.json(file).path("kind").asText())) {
                traces.add(file);
            }
        }
        return traces;
    }

    static Rfc8448Trace load(String file) {
        return new Rfc8448Trace(file);
    }

    String name() {
        return json.get("trace").asText();
    }

    JsonNode json() {
        return json;
    }

    List<VectorMessage> messages() {
        return messages;
    }

    CipherSuiteParameters parameters() {
        return CipherSuiteParameters.of(CipherSuite.of(json.get("cipher_suite").intValue()));
    }

    /** The labels of the trace's {@code secrets}, in file order. */
    List<String> secretLabels() {
        List<String> labels = new ArrayList<>();
        for (Iterator<String> it = json.get("secrets").fieldNames(); it.hasNext(); ) {
            labels.add(it.next());
        }
        return labels;
    }

    boolean hasSecret(String label) {
        return json.get("secrets").has(label);
    }

    Bytes secret(String label) {
        JsonNode value = json.get("secrets").get(label);
        if (value == null) {
            throw new IllegalArgumentException(file + " has no secret \"" + label + "\"");
        }
        return Vectors.bytes(value);
    }

    boolean hasInput(String label) {
        return json.get("inputs").has(label);
    }

    Secret inputSecret(String label) {
        return Secret.of(Vectors.hex(json.get("inputs").get(label)));
    }

    Secret secretValue(String label) {
        return Secret.of(secret(label).toByteArray());
    }

    /**
     * The message index the first step by {@code actor} whose action starts with
     * {@code actionPrefix} hashes through ({@code transcript_through_message}).
     */
    int transcriptThrough(String actor, String actionPrefix) {
        for (JsonNode step : json.get("steps")) {
            if (step.get("actor").asText().equals(actor)
                    && step.get("action").asText().startsWith(actionPrefix)
                    && step.has("transcript_through_message")) {
                return step.get("transcript_through_message").intValue();
            }
        }
        throw new IllegalArgumentException(file + ": no " + actor + " step \"" + actionPrefix + "\"");
    }

    /**
     * Transcript-Hash(messages[0..through]) (RFC 8446 §4.4.1), with the first ClientHello replaced
     * by the synthetic message_hash when the second message is a HelloRetryRequest.
     */
    Bytes transcriptHash(CryptoProvider provider, int through) {
        TranscriptHash hash = provider.hash(parameters().hash());
        for (int i = 0; i <= through; i++) {
            if (i == 0 && hasHelloRetryRequest()) {
                hash.update(messageHash(provider, messages.get(0).bytes()));
            } else {
                hash.update(messages.get(i).bytes());
            }
        }
        return hash.snapshot();
    }

    /** The hash of {@code data} under the trace's suite. */
    Bytes hash(CryptoProvider provider, Bytes data) {
        TranscriptHash hash = provider.hash(parameters().hash());
        hash.update(data);
        return hash.snapshot();
    }

    boolean hasHelloRetryRequest() {
        return messages.size() > 1
                && messages.get(1).fields().path("is_hello_retry_request").asBoolean(false);
    }

    /** The first message with {@code label} sent by {@code sender}. */
    VectorMessage message(String label, String sender) {
        for (VectorMessage m : messages) {
            if (m.label().equals(label) && m.sender().toString().equalsIgnoreCase(sender)) {
                return m;
            }
        }
        throw new IllegalArgumentException(file + ": no " + sender + " " + label);
    }

    @Override
    public String toString() {
        return name();
    }

    /** RFC 8446 §4.4.1: message_hash, 00 00 Hash.length, Hash(ClientHello1). */
    private Bytes messageHash(CryptoProvider provider, Bytes clientHello1) {
        Bytes hash = hash(provider, clientHello1);
        return Bytes.ofUnsigned(MESSAGE_HASH_TYPE, 0, 0, hash.length()).concat(hash);
    }
}
