package org.tlsref.conformance.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The layer rule of DESIGN.md and STYLE.md ("Packages"), enforced: a package imports only packages
 * listed before it. Module boundaries are enforced by the Maven dependencies; this test adds the
 * order of packages inside and across modules. A new package must be placed in {@link #LAYERS}.
 */
class LayeringTest {
    /** Every library package, lowest layer first. */
    static final List<String> LAYERS = List.of(
            "org.tlsref.api.registry",
            "org.tlsref.api",
            "org.tlsref.api.codec",
            "org.tlsref.api.extension",
            "org.tlsref.api.message",
            "org.tlsref.api.record",
            "org.tlsref.crypto",
            "org.tlsref.crypto.pki",
            "org.tlsref.crypto.asymmetric",
            "org.tlsref.crypto.jca",
            "org.tlsref.crypto.bc",
            "org.tlsref.crypto.provider",
            "org.tlsref.engine.record",
            "org.tlsref.engine.keyschedule",
            "org.tlsref.engine.handshake",
            "org.tlsref.engine.config",
            "org.tlsref.engine.handshake.tls13",
            "org.tlsref.engine.handshake.tls13.client",
            "org.tlsref.engine.handshake.tls13.server",
            "org.tlsref.engine.handshake.client",
            "org.tlsref.engine.handshake.server",
            "org.tlsref.engine",
            "org.tlsref.engine.io");

    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+);");
    private static final Pattern IMPORT =
            Pattern.compile("^import\\s+(static\\s+)?(org\\.tlsref\\.[\\w.]+?)\\.([A-Z]\\w*)[\\w.*]*;");

    @Test
    void everyLibraryPackageHasAPlaceInTheLayerOrder() {
        List<String> unplaced = new ArrayList<>();
        for (String module : SourceTree.LIBRARY_MODULES) {
            for (Path file : SourceTree.mainSources(module)) {
                String pkg = packageOf(file);
                if (!LAYERS.contains(pkg) && !unplaced.contains(pkg)) {
                    unplaced.add(pkg);
                }
            }
        }
        assertEquals(List.of(), unplaced, "packages missing from LayeringTest.LAYERS");
    }

    @Test
    void noPackageImportsAPackageAboveIt() {
        List<String> breaches = new ArrayList<>();
        int files = 0;
        for (String module : SourceTree.LIBRARY_MODULES) {
            for (Path file : SourceTree.mainSources(module)) {
                files++;
                breaches.addAll(breaches(file));
            }
        }
        assertTrue(files > 0, "no library sources found under " + SourceTree.root());
        assertEquals(List.of(), breaches);
    }

    @Test
    void theRuleCatchesAnUpwardImport() {
        assertFalse(allowed("org.tlsref.api.codec", "org.tlsref.api.message"));
        assertTrue(allowed("org.tlsref.api.message", "org.tlsref.api.codec"));
        assertFalse(allowed("org.tlsref.api", "org.tlsref.crypto"));
    }

    private static List<String> breaches(Path file) {
        String pkg = packageOf(file);
        List<String> found = new ArrayList<>();
        for (String line : SourceTree.lines(file)) {
            Matcher m = IMPORT.matcher(line.trim());
            if (m.find() && !allowed(pkg, importedPackage(m))) {
                found.add(SourceTree.relative(file) + ": " + pkg + " imports " + importedPackage(m));
            }
        }
        return found;
    }

    /** The package of an import: for a static import of a nested member, the class's package. */
    private static String importedPackage(Matcher m) {
        return m.group(2);
    }

    private static boolean allowed(String from, String to) {
        if (from.equals(to)) {
            return true;
        }
        int fromIndex = LAYERS.indexOf(from);
        int toIndex = LAYERS.indexOf(to);
        return toIndex >= 0 && fromIndex >= 0 && toIndex < fromIndex;
    }

    private static String packageOf(Path file) {
        for (String line : SourceTree.lines(file)) {
            Matcher m = PACKAGE.matcher(line.trim());
            if (m.find()) {
                return m.group(1);
            }
        }
        throw new AssertionError("no package declaration in " + file);
    }
}
