package org.tlsref.api.registry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The names and canonical instances of one open IANA registry.
 *
 * <p>Registries are open (STYLE.md): any code in range is a value, known or not, so GREASE
 * (RFC 8701) and values from the future survive a decode and re-encode. Insertion order is
 * kept so that {@link #known()} lists values as the registry does.
 */
final class NameTable<T> {
    private final IntFunction<T> factory;
    private final int maxCode;
    private final Map<Integer, String> names = new LinkedHashMap<>();
    private final Map<Integer, T> values = new LinkedHashMap<>();

    NameTable(IntFunction<T> factory, int maxCode) {
        this.factory = factory;
        this.maxCode = maxCode;
    }

    T define(int code, String name) {
        check(code);
        if (names.putIfAbsent(code, name) != null) {
            throw new IllegalStateException("code defined twice: " + code);
        }
        T value = factory.apply(code);
        values.put(code, value);
        return value;
    }

    T of(int code) {
        check(code);
        T known = values.get(code);
        return known != null ? known : factory.apply(code);
    }

    void check(int code) {
        if (code < 0 || code > maxCode) {
            throw new IllegalArgumentException("code " + code + " out of range 0.." + maxCode);
        }
    }

    Optional<String> name(int code) {
        return Optional.ofNullable(names.get(code));
    }

    List<T> known() {
        return Collections.unmodifiableList(new ArrayList<>(values.values()));
    }

    String format(int code) {
        String hex = maxCode > 0xFF ? String.format("0x%04x", code) : String.format("0x%02x", code);
        return names.getOrDefault(code, "unknown") + "(" + hex + ")";
    }

    /** RFC 8701 §2: GREASE code points are 0x?A?A with both bytes equal. */
    static boolean isGrease16(int code) {
        return (code & 0x0F0F) == 0x0A0A && (code >> 8) == (code & 0xFF);
    }
}
