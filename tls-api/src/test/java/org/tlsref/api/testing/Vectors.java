package org.tlsref.api.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Minimal stand-in for the shared vector loader (the merge takes the other branch's version):
 * reads {@code <tlsref.vectors>/<relativePath>} as JSON.
 */
public final class Vectors {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Vectors() {
    }

    /** The JSON document at {@code relativePath} under the folder named by {@code tlsref.vectors}. */
    public static JsonNode json(String relativePath) {
        String root = System.getProperty("tlsref.vectors");
        if (root == null) {
            throw new IllegalStateException("system property tlsref.vectors is not set");
        }
        try {
            return MAPPER.readTree(Path.of(root, relativePath).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read vector file " + relativePath, e);
        }
    }
}
