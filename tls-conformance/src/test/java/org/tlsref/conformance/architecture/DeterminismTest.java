package org.tlsref.conformance.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * STYLE.md, "Determinism": library code never takes randomness or time from globals; only the
 * default-configuration factories listed in {@link #ALLOWED} may.
 */
class DeterminismTest {
    private static final List<String> FORBIDDEN = List.of(
            "new SecureRandom(", "SecureRandom.getInstance", "SecureRandom.getInstanceStrong",
            "Instant.now(", "System.currentTimeMillis(", "System.nanoTime(", "Math.random(",
            "Clock.systemUTC(", "Clock.systemDefaultZone(", "new Random(", "LocalDateTime.now(",
            "new Date()", "ThreadLocalRandom");

    /** The files allowed to reach the system's randomness and clock: the default sources. */
    private static final Set<String> ALLOWED = Set.of(
            "tls-crypto/src/main/java/org/tlsref/crypto/provider/RandomSources.java",
            "tls-engine/src/main/java/org/tlsref/engine/config/DefaultSources.java");

    @Test
    void libraryCodeTakesNoRandomnessOrTimeFromGlobals() {
        List<String> hits = new ArrayList<>();
        int files = 0;
        for (String module : SourceTree.LIBRARY_MODULES) {
            for (Path file : SourceTree.mainSources(module)) {
                files++;
                String name = SourceTree.relative(file);
                if (ALLOWED.contains(name)) {
                    continue;
                }
                List<String> lines = SourceTree.lines(file);
                for (int i = 0; i < lines.size(); i++) {
                    for (String f : FORBIDDEN) {
                        if (lines.get(i).contains(f)) {
                            hits.add(name + ":" + (i + 1) + ": " + f);
                        }
                    }
                }
            }
        }
        assertTrue(files > 0, "no library sources found");
        assertEquals(List.of(), hits);
    }
}
