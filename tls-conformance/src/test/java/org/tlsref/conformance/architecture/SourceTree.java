package org.tlsref.conformance.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The main Java sources of the library modules, found from the vectors root's parent. */
final class SourceTree {
    /** The library modules, lowest layer first (DESIGN.md, "Modules and layers"). */
    static final List<String> LIBRARY_MODULES = List.of("tls-api", "tls-crypto", "tls-engine");

    private SourceTree() {
    }

    static Path root() {
        String vectors = System.getProperty("tlsref.vectors");
        if (vectors == null) {
            throw new IllegalStateException("system property tlsref.vectors is not set");
        }
        return Path.of(vectors).toAbsolutePath().normalize().getParent();
    }

    /** Every .java file under {@code module}/src/main/java. */
    static List<Path> mainSources(String module) {
        Path dir = root().resolve(module).resolve("src/main/java");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String relative(Path file) {
        return root().relativize(file).toString();
    }
}
