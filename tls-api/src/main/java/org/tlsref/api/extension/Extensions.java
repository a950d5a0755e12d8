package org.tlsref.api.extension;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tlsref.api.DecodeFailure;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.ExtensionType;

/**
 * An extension block in received order, unknown extensions included (RFC 8446 §4.2):
 * <pre>Extension extensions&lt;0..2^16-1&gt;;</pre>
 */
public record Extensions(List<Extension> list) {
    /** The empty block. */
    public static final Extensions EMPTY = new Extensions(List.of());

    /** Copies the list. */
    public Extensions {
        list = List.copyOf(list);
    }

    /** A block of these extensions, in this order. */
    public static Extensions of(Extension... extensions) {
        return new Extensions(List.of(extensions));
    }

    /** The first extension of this form, if present. */
    public <T extends Extension> Optional<T> find(Class<T> form) {
        for (Extension e : list) {
            if (form.isInstance(e)) {
                return Optional.of(form.cast(e));
            }
        }
        return Optional.empty();
    }

    /** The extension of this type, in whatever form, if present. */
    public Optional<Extension> find(ExtensionType type) {
        for (Extension e : list) {
            if (e.type().equals(type)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** True when an extension of this type is present. */
    public boolean contains(ExtensionType type) {
        return find(type).isPresent();
    }

    /** The types in block order. */
    public List<ExtensionType> types() {
        List<ExtensionType> types = new ArrayList<>(list.size());
        list.forEach(e -> types.add(e.type()));
        return types;
    }

    /** Number of extensions. */
    public int size() {
        return list.size();
    }

    /** True when the block holds no extension. */
    public boolean isEmpty() {
        return list.isEmpty();
    }

    /** Writes {@code extensions<0..2^16-1>}. */
    public void encode(TlsWriter w) {
        w.vector16(0, 0xFFFF, block -> list.forEach(e -> {
            block.u16(e.type().code());
            block.vector16(0, 0xFFFF, e::encode);
        }));
    }

    /**
     * Reads {@code extensions<0..2^16-1>}, decoding each body in the form {@code context} calls for.
     * A duplicate type is rejected (RFC 8446 §4.2); a body with bytes left over is decode_error.
     */
    public static Extensions decode(TlsReader r, ExtensionContext context) {
        TlsReader block = r.vector16(0, 0xFFFF);
        List<Extension> extensions = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        while (block.hasRemaining()) {
            ExtensionType type = ExtensionType.of(block.u16());
            TlsReader body = block.vector16(0, 0xFFFF).named(type + " in " + context.abbreviation());
            if (!seen.add(type.code())) {
                throw new TlsAlert(DecodeFailure.DUPLICATE_EXTENSION,
                        type + " appears twice in " + context.abbreviation());
            }
            Extension e = ExtensionCodecs.decode(type, context, body);
            body.expectEnd();
            extensions.add(e);
        }
        return new Extensions(extensions);
    }
}
