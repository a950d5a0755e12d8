package org.tlsref.conformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** HOST:PORT arguments. */
class EndpointTest {
    @Test
    void readsNamesAddressesAndBracketedIpv6() {
        assertEquals(new Endpoint("example.com", 443), Endpoint.parse("example.com:443"));
        assertEquals(new Endpoint("127.0.0.1", 8443), Endpoint.parse("127.0.0.1:8443"));
        assertEquals(new Endpoint("::1", 8443), Endpoint.parse("[::1]:8443"));
        assertEquals("[::1]:8443", Endpoint.parse("[::1]:8443").toString());
    }

    @Test
    void rejectsWhatIsNotHostColonPort() {
        assertEquals("expected HOST:PORT, got \"localhost\"", assertThrows(
                IllegalArgumentException.class, () -> Endpoint.parse("localhost")).getMessage());
        assertEquals("not a port: \"https\"", assertThrows(IllegalArgumentException.class,
                () -> Endpoint.parse("localhost:https")).getMessage());
        assertEquals("port out of range: 70000", assertThrows(IllegalArgumentException.class,
                () -> Endpoint.parse("localhost:70000")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Endpoint.parse("localhost:"));
    }
}
