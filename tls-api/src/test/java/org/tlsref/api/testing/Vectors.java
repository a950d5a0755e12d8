package org.tlsref.api.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.tlsref.api.codec.Bytes;

/**
 * The one way tests reach the language-neutral vectors in {@code vectors/} (STYLE.md, "Tests and
 * vectors"; the schema is {@code vectors/README.md}).
 *
 * <p>The root folder comes from the system property {@value #PROPERTY}, which the parent POM sets
 * for every module's surefire run. Paths are relative to it and use {@code /}, as in
 * {@code Vectors.json("rfc8448/simple-1rtt.json")}.
 */
public final class Vectors {
    /** The system property naming the vectors root folder. */
    public static final String PROPERTY = "tlsref.vectors";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern HEX = Pattern.compile("(?:[0-9a-f]{2})*");

    private Vectors() {}

    /**
     * The vectors root folder.
     *
     * @throws IllegalStateException when the property is unset or names no folder
     */
    public static Path root() {
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + PROPERTY + " is not set: run the "
                    + "tests through Maven (the parent POM sets it) or pass -D" + PROPERTY
                    + "=<repository>/vectors");
        }
        Path root = Path.of(value).toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException(PROPERTY + " names no folder: " + root);
        }
        return root;
    }

    /**
     * The file or folder at {@code relativePath} under the root.
     *
     * @throws IllegalArgumentException when the path leaves the root or does not exist
     */
    public static Path path(String relativePath) {
        Path root = root();
        Path resolved = root.resolve(relativePath).normalize();
        if (!resolved.startsWith(root)) {
            throw new IllegalArgumentException("outside the vectors root: " + relativePath);
        }
        if (!Files.exists(resolved)) {
            throw new IllegalArgumentException("no vector file " + relativePath + " under " + root);
        }
        return resolved;
    }

    /** Parses the JSON file at {@code relativePath}. */
    public static JsonNode json(String relativePath) {
        Path file = path(relativePath);
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read vector file " + relativePath, e);
        }
    }

    /**
     * The JSON files directly in {@code folder}, as sorted relative paths that {@link #json}
     * accepts ({@code "rfc8448/hrr.json"}).
     */
    public static List<String> list(String folder) {
        Path dir = path(folder);
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("not a folder: " + folder);
        }
        Path root = root();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json"))
                    .filter(Files::isRegularFile)
                    .map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    /**
     * The bytes of a hex string node, written as the schema says: lower-case, no separators.
     *
     * @throws IllegalArgumentException on anything else, so a malformed vector fails loudly
     */
    public static byte[] hex(JsonNode node) {
        if (node == null || !node.isTextual()) {
            throw new IllegalArgumentException("not a hex string: " + node);
        }
        String text = node.textValue();
        if (!HEX.matcher(text).matches()) {
            String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
            throw new IllegalArgumentException("not lower-case hex without separators: " + shown);
        }
        return HexFormat.of().parseHex(text);
    }

    /** {@link #hex} as immutable {@link Bytes}. */
    public static Bytes bytes(JsonNode node) {
        return Bytes.of(hex(node));
    }

    /** The handshake messages of an {@code rfc8448} or {@code recorded} file, in order. */
    public static List<VectorMessage> messages(JsonNode file) {
        List<VectorMessage> out = new ArrayList<>();
        for (JsonNode m : required(file, "messages")) {
            out.add(VectorMessage.of(m));
        }
        return List.copyOf(out);
    }

    /** The records of an {@code rfc8448} or {@code recorded} file, in order. */
    public static List<VectorRecord> records(JsonNode file) {
        List<VectorRecord> out = new ArrayList<>();
        for (JsonNode r : required(file, "records")) {
            out.add(VectorRecord.of(r));
        }
        return List.copyOf(out);
    }

    /** The member {@code name} of {@code node}, which the schema requires. */
    static JsonNode required(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("vector entry lacks \"" + name + "\": "
                    + abbreviate(node.toString()));
        }
        return value;
    }

    private static String abbreviate(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "..." : text;
    }
}
