package org.tlsref.crypto.pki;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.registry.AlertDescription;

class HostnameMatcherTest {
    private static ValidatedPath path(String file) {
        return Pki.validator().validate(Pki.chain(file), Purpose.SERVER_AUTH);
    }

    @ParameterizedTest(name = "{0} names {1}")
    @CsvSource({
        "server-p256.pem, localhost",
        "server-p256.pem, server.tlsref.test",
        "server-p256.pem, SERVER.TLSREF.test",
        "server-p256.pem, server.tlsref.test.",
        "server-p256.pem, 127.0.0.1",
        "server-p256.pem, ::1",
        "server-p256.pem, [::1]",
        "server-p256.pem, 0:0:0:0:0:0:0:1",
        "names.pem,       a.wild.tlsref.test",
        "names.pem,       Some-Host.WILD.tlsref.test",
        "names.pem,       xn--bcher-kva.wild.tlsref.test",
        "names.pem,       exact.tlsref.test",
        "names.pem,       xn--bcher-kva.tlsref.test",
        "names.pem,       XN--BCHER-KVA.tlsref.test",
        "names.pem,       192.0.2.7",
        "names.pem,       2001:db8::7",
        "names.pem,       2001:0db8:0000:0000:0000:0000:0000:0007",
        "nc-inside.pem,   10.1.2.3",
        "nc-inside.pem,   ok.allowed.test.",
        "bad-wrong-host.pem, other.tlsref.test",
    })
    void matchingNamesPass(String file, String reference) {
        HostnameMatcher.verify(path(file), reference);
    }

    @ParameterizedTest(name = "{0} does not name {1}: {2}")
    @CsvSource({
        "server-p256.pem,    other.tlsref.test,          another name",
        "server-p256.pem,    tlsref.test,                a parent name",
        "server-p256.pem,    x.server.tlsref.test,       a child name",
        "server-p256.pem,    127.0.0.2,                  another address",
        "server-p256.pem,    ::2,                        another IPv6 address",
        "names.pem,          a.b.wild.tlsref.test,       a wildcard matches one label only",
        "names.pem,          wild.tlsref.test,           a wildcard matches exactly one label",
        "names.pem,          www.partial.tlsref.test,    a partial-label wildcard is ignored",
        "names.pem,          w.partial.tlsref.test,      a partial-label wildcard is ignored",
        "names.pem,          anything.test,              a wildcard over a one-label suffix is ignored",
        "names.pem,          a.x.middle.tlsref.test,     a wildcard that is not left-most is ignored",
        "names.pem,          198.51.100.1,               an address never matches a dNSName",
        "names.pem,          192.0.2.8,                  another address",
        "names.pem,          2001:db8::8,                another IPv6 address",
        "names.pem,          exact.tlsref.test.evil,     a longer name",
        "bad-wrong-host.pem, server.tlsref.test,         the subject CN is not used beside a SAN",
        "bad-cn-only.pem,    server.tlsref.test,         the subject CN is never used",
    })
    void otherNamesAreHostMismatch(String file, String reference, String why) {
        ValidatedPath path = path(file);
        TlsAlert alert = assertThrows(TlsAlert.class, () -> HostnameMatcher.verify(path, reference), why);

        assertEquals(CertificateFailure.HOST_MISMATCH, alert.reason());
        assertEquals(AlertDescription.BAD_CERTIFICATE, alert.description());
    }

    @Test
    void theMismatchMessageListsWhatIsPresented() {
        TlsAlert withSan = assertThrows(TlsAlert.class,
                () -> HostnameMatcher.verify(path("server-p256.pem"), "other.tlsref.test"));
        TlsAlert withoutSan = assertThrows(TlsAlert.class,
                () -> HostnameMatcher.verify(path("bad-cn-only.pem"), "server.tlsref.test"));

        assertTrue(withSan.getMessage().contains("server.tlsref.test") && withSan.getMessage().contains("127.0.0.1"),
                withSan.getMessage());
        assertTrue(withoutSan.getMessage().contains("no subjectAltName"), withoutSan.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "*.tlsref.test", "b\u00fccher.tlsref.test", "a..b", "host name", "1.2.3",
            "256.1.1.1", "01.2.3.4", "1:2:3", "fe80::1%eth0", "1::2::3", "::g", "[::1",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.test"})
    void aMalformedReferenceIsAConfigurationError(String reference) {
        ValidatedPath path = path("server-p256.pem");

        assertThrows(IllegalArgumentException.class, () -> HostnameMatcher.verify(path, reference));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"server.tlsref.test.", "*.*.tlsref.test", "*", "*.", "server..tlsref.test",
            ".server.tlsref.test", "server.tlsref.t\u00e9st", "server.tlsref.test\u0000"})
    void invalidPresentedNamesMatchNothing(String presented) {
        List<String> reference = List.of("server", "tlsref", "test");

        assertFalse(HostnameMatcher.matchesDnsName(presented, reference));
    }

    @Test
    void aWildcardStandsForOneWholeLabel() {
        assertTrue(HostnameMatcher.matchesDnsName("*.example.com", List.of("www", "example", "com")));
        assertFalse(HostnameMatcher.matchesDnsName("*.com", List.of("example", "com")));
        assertFalse(HostnameMatcher.matchesDnsName("*.example.com", List.of("example", "com")));
    }
}
