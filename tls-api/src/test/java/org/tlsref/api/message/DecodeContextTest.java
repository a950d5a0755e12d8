package org.tlsref.api.message;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tlsref.api.registry.ProtocolVersion;

class DecodeContextTest {
    @Test
    void eachContextNamesItsDialect() {
        assertEquals(ProtocolVersion.TLS_1_3, DecodeContext.TLS13.version());
        assertEquals(ProtocolVersion.TLS_1_2, DecodeContext.TLS12_ECDHE.version());
        assertEquals(ProtocolVersion.TLS_1_2, DecodeContext.TLS12_RSA.version());
    }
}
