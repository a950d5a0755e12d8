package org.tlsref.conformance.dissect;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.extension.Extension;
import org.tlsref.api.extension.Extensions;
import org.tlsref.api.message.ExtensionBlock;

/**
 * Turns any tls-api value into a {@link Node} tree, field by field.
 *
 * <p>Every message and extension is a record whose components carry the RFC field names in
 * camelCase (STYLE.md), so the tree is read off the record components and printed with the RFC's
 * snake_case names. This reads records only, through the public record API; it lives in the tool,
 * not in the library, and needs no per-message printing code that could drift from the codecs.
 */
public final class Describer {
    private static final String REGISTRY_PACKAGE = "org.tlsref.api.registry";

    private Describer() {
    }

    /** The tree of {@code value} under the field name {@code name}. */
    public static Node describe(String name, Object value) {
        if (value instanceof Bytes bytes) {
            return Node.leaf(name, bytes(bytes));
        }
        if (value instanceof ExtensionBlock block) {
            return block.isPresent() ? describe("extensions", block.extensions())
                    : Node.leaf("extensions", "absent (no extensions field)");
        }
        if (value instanceof Extensions extensions) {
            List<Node> children = new ArrayList<>();
            for (Extension e : extensions.list()) {
                children.add(describe(e.type().toString(), e));
            }
            return Node.branch(name, extensions.size() + " extension(s)", children);
        }
        if (value instanceof List<?> list) {
            return list(name, list);
        }
        if (value instanceof Record record && !isRegistry(record)) {
            return Node.branch(name, record.getClass().getSimpleName(), components(record));
        }
        return Node.leaf(name, String.valueOf(value));
    }

    /** Length and hex, and the text too when every byte is printable ASCII (host names, ALPN). */
    private static String bytes(Bytes bytes) {
        String text = bytes.length() + " bytes " + bytes.toHex();
        for (int i = 0; i < bytes.length(); i++) {
            if (bytes.get(i) < 0x20 || bytes.get(i) > 0x7e) {
                return text;
            }
        }
        return bytes.isEmpty() ? text.trim()
                : text + " \"" + new String(bytes.toByteArray(), StandardCharsets.US_ASCII) + "\"";
    }

    private static Node list(String name, List<?> items) {
        List<Node> children = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            children.add(describe("[" + i + "]", items.get(i)));
        }
        return Node.branch(name, items.size() + " item(s)", children);
    }

    private static List<Node> components(Record record) {
        List<Node> children = new ArrayList<>();
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            children.add(describe(snakeCase(c.getName()), read(record, c)));
        }
        return children;
    }

    private static Object read(Record record, RecordComponent c) {
        try {
            return c.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + record, e);
        }
    }

    private static boolean isRegistry(Record record) {
        return record.getClass().getPackageName().equals(REGISTRY_PACKAGE);
    }

    /** {@code legacySessionIdEcho} → {@code legacy_session_id_echo}, as the RFC writes it. */
    static String snakeCase(String camel) {
        StringBuilder out = new StringBuilder(camel.length() + 8);
        for (int i = 0; i < camel.length(); i++) {
            char ch = camel.charAt(i);
            if (Character.isUpperCase(ch)) {
                out.append('_').append(Character.toLowerCase(ch));
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }
}
