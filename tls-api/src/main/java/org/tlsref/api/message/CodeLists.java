package org.tlsref.api.message;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;

/**
 * Vectors of registry codes, such as {@code CipherSuite cipher_suites<2..2^16-2>}: the length
 * counts bytes, so a two-byte code list of odd length is malformed (RFC 8446 §3.4).
 */
final class CodeLists {
    private CodeLists() {
    }

    /** Reads a vector of uint16 codes with a two-byte length of {@code <min..max>} bytes. */
    static <T> List<T> decodeU16(TlsReader r, int min, int max, IntFunction<T> of) {
        TlsReader list = r.vector16(min, max);
        if (list.remaining() % 2 != 0) {
            throw new TlsAlert(DecodeFailure.LENGTH_NOT_MULTIPLE,
                    "list of uint16 codes has odd length " + list.remaining());
        }
        List<T> values = new ArrayList<>(list.remaining() / 2);
        while (list.hasRemaining()) {
            values.add(of.apply(list.u16()));
        }
        return values;
    }

    /** Reads a vector of uint8 codes with a one-byte length of {@code <min..max>} bytes. */
    static <T> List<T> decodeU8(TlsReader r, int min, int max, IntFunction<T> of) {
        TlsReader list = r.vector8(min, max);
        List<T> values = new ArrayList<>(list.remaining());
        while (list.hasRemaining()) {
            values.add(of.apply(list.u8()));
        }
        return values;
    }

    /** Writes a vector of uint16 codes with a two-byte length of {@code <min..max>} bytes. */
    static <T> void encodeU16(TlsWriter w, int min, int max, List<T> values,
            ToIntFunction<T> code) {
        w.vector16(min, max, list -> values.forEach(v -> list.u16(code.applyAsInt(v))));
    }

    /** Writes a vector of uint8 codes with a one-byte length of {@code <min..max>} bytes. */
    static <T> void encodeU8(TlsWriter w, int min, int max, List<T> values,
            ToIntFunction<T> code) {
        w.vector8(min, max, list -> values.forEach(v -> list.u8(code.applyAsInt(v))));
    }
}
