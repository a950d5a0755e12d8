package org.tlsref.engine.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tlsref.engine.testing.TestPki;

class CertifiedKeyTest {
    private static CertifiedKey named(String... names) {
        CertifiedKey key = TestPki.server("p256");
        return new CertifiedKey(key.chain(), key.key(), List.of(names));
    }

    @Test
    void exactNamesMatchIgnoringCase() {
        assertTrue(named("Server.Example").names("server.EXAMPLE"));
        assertFalse(named("server.example").names("other.example"));
    }

    @Test
    void aWildcardStandsForExactlyOneLabel() {
        CertifiedKey key = named("*.example");
        assertTrue(key.names("a.example"));
        assertFalse(key.names("a.b.example"));
        assertFalse(key.names("example"));
    }

    @Test
    void noNamesServesAnyName() {
        assertTrue(TestPki.server("p256").servesAnyName());
        assertFalse(named("a.example").servesAnyName());
    }

    @Test
    void anEmptyNameIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> named(""));
    }
}
