package org.tlsref.api.testing;

import com.fasterxml.jackson.databind.JsonNode;
import org.tlsref.api.codec.Bytes;

/**
 * One handshake message of an {@code rfc8448} or {@code recorded} vector file.
 *
 * @param index position in the file's {@code messages}, from 0
 * @param label the name the source gives it ("ServerHello", also for a HelloRetryRequest)
 * @param sender who sent it
 * @param handshakeType the HandshakeType code (RFC 8446 §4)
 * @param bytes the whole message, 4-byte header included
 * @param record index of the record that carried it
 * @param protectedRecord whether that record was encrypted (the bytes are the plaintext)
 * @param fields what an independent parse found in it (vectors/README.md, "fields")
 */
public record VectorMessage(int index, String label, Sender sender, int handshakeType, Bytes bytes,
                            int record, boolean protectedRecord, JsonNode fields) {

    /** Reads one entry of a file's {@code messages}. */
    static VectorMessage of(JsonNode m) {
        return new VectorMessage(
                Vectors.required(m, "index").intValue(),
                Vectors.required(m, "label").textValue(),
                Sender.of(Vectors.required(m, "sender").textValue()),
                Vectors.required(m, "handshake_type").intValue(),
                Vectors.bytes(Vectors.required(m, "hex")),
                Vectors.required(m, "record").intValue(),
                Vectors.required(m, "protected").booleanValue(),
                Vectors.required(m, "fields"));
    }

    /** The length the 4-byte header declares (u24 after the type byte). */
    public int declaredBodyLength() {
        return (bytes.get(1) << 16) | (bytes.get(2) << 8) | bytes.get(3);
    }

    /** The message body, after the 4-byte header. */
    public Bytes body() {
        return bytes.slice(4, bytes.length());
    }
}
