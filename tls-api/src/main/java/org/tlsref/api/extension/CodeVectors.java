package org.tlsref.api.extension;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;

/**
 * Vectors of fixed-width registry codes (RFC 8446 §3.4), such as {@code NamedGroup
 * named_group_list<2..2^16-1>}, and the no-duplicates rule some lists carry.
 */
final class CodeVectors {
    private CodeVectors() {
    }

    /**
     * Reads a vector of uint16 codes with a two-byte length of {@code <min..max>} bytes; a length
     * that is not a multiple of 2 is decode_error (RFC 8446 §3.4).
     */
    static <T> List<T> decodeU16(TlsReader r, int min, int max, IntFunction<T> of, String field) {
        return readU16s(r.vector16(min, max), of, field);
    }

    /** Writes a vector of uint16 codes with a two-byte length of {@code <min..max>} bytes. */
    static <T> void encodeU16(TlsWriter w, int min, int max, List<T> values,
            ToIntFunction<T> code) {
        w.vector16(min, max, body -> values.forEach(v -> body.u16(code.applyAsInt(v))));
    }

    /**
     * Reads a vector of uint16 codes with a one-byte length of {@code <min..max>} bytes, as
     * {@code ProtocolVersion versions<2..254>}; an odd length is decode_error.
     */
    static <T> List<T> decodeU16In8(TlsReader r, int min, int max, IntFunction<T> of,
            String field) {
        return readU16s(r.vector8(min, max), of, field);
    }

    /** Writes a vector of uint16 codes with a one-byte length of {@code <min..max>} bytes. */
    static <T> void encodeU16In8(TlsWriter w, int min, int max, List<T> values,
            ToIntFunction<T> code) {
        w.vector8(min, max, body -> values.forEach(v -> body.u16(code.applyAsInt(v))));
    }

    /** Reads a vector of uint8 codes with a one-byte length of {@code <min..max>} bytes. */
    static <T> List<T> decodeU8(TlsReader r, int min, int max, IntFunction<T> of) {
        TlsReader codes = r.vector8(min, max);
        List<T> values = new ArrayList<>(codes.remaining());
        while (codes.hasRemaining()) {
            values.add(of.apply(codes.u8()));
        }
        return values;
    }

    /** Writes a vector of uint8 codes with a one-byte length of {@code <min..max>} bytes. */
    static <T> void encodeU8(TlsWriter w, int min, int max, List<T> values, ToIntFunction<T> code) {
        w.vector8(min, max, body -> values.forEach(v -> body.u8(code.applyAsInt(v))));
    }

    private static <T> List<T> readU16s(TlsReader codes, IntFunction<T> of, String field) {
        if (codes.remaining() % 2 != 0) {
            throw new TlsAlert(DecodeFailure.LENGTH_NOT_MULTIPLE,
                    field + ": " + codes.remaining() + " bytes is not a whole number of uint16");
        }
        List<T> values = new ArrayList<>(codes.remaining() / 2);
        while (codes.hasRemaining()) {
            values.add(of.apply(codes.u16()));
        }
        return values;
    }

    /** Fails with {@link DecodeFailure#DUPLICATE_ENTRY} when two entries share a key. */
    static <T> void requireDistinct(List<T> entries, Function<T, Object> key, String field) {
        Set<Object> seen = new HashSet<>();
        for (T entry : entries) {
            if (!seen.add(key.apply(entry))) {
                throw new TlsAlert(DecodeFailure.DUPLICATE_ENTRY,
                        field + ": " + key.apply(entry) + " appears more than once");
            }
        }
    }
}
