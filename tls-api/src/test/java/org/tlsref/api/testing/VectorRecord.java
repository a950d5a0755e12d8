package org.tlsref.api.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.tlsref.api.codec.Bytes;

/**
 * One record of an {@code rfc8448} or {@code recorded} vector file.
 *
 * @param index position in the file's {@code records}, from 0
 * @param sender who sent it
 * @param contentType the outer ContentType byte of the record header
 * @param legacyRecordVersion the record header's version field
 * @param length the record header's length field
 * @param isProtected whether the record is encrypted
 * @param header the 5-byte record header
 * @param messages indices of the handshake messages it carries (in {@code messages})
 * @param node the whole entry, for kind-specific members ({@code hex}, {@code payload_hex}, ...)
 */
public record VectorRecord(int index, Sender sender, int contentType, int legacyRecordVersion,
                           int length, boolean isProtected, Bytes header, List<Integer> messages,
                           JsonNode node) {

    /** Copies the message list. */
    public VectorRecord {
        messages = List.copyOf(messages);
    }

    /** Reads one entry of a file's {@code records}. */
    static VectorRecord of(JsonNode r) {
        Bytes header = r.has("header_hex")
                ? Vectors.bytes(r.get("header_hex"))
                : Vectors.bytes(Vectors.required(r, "hex")).slice(0, 5);
        List<Integer> messages = new ArrayList<>();
        for (JsonNode i : Vectors.required(r, "messages")) {
            messages.add(i.intValue());
        }
        return new VectorRecord(
                Vectors.required(r, "index").intValue(),
                Sender.of(Vectors.required(r, "sender").textValue()),
                Vectors.required(r, "content_type").intValue(),
                Vectors.required(r, "legacy_record_version").intValue(),
                Vectors.required(r, "length").intValue(),
                Vectors.required(r, "protected").booleanValue(),
                header, messages, r);
    }
}
