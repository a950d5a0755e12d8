package org.tlsref.engine.handshake.tls13;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.extension.ApplicationLayerProtocolNegotiationClientHello;
import org.tlsref.api.extension.Extensions;
import org.tlsref.engine.config.NegotiationPreference;
import org.tlsref.engine.config.TlsConfig;

class ApplicationProtocolsTest {
    private static final Extensions OFFER =
            Extensions.of(ApplicationLayerProtocolNegotiationClientHello.of("h2", "http/1.1"));

    @Test
    void theServersOrderOrTheClientsDecides() {
        TlsConfig.Builder server = TlsConfig.builder().applicationProtocols("http/1.1", "h2");
        assertEquals(bytes("http/1.1"),
                ApplicationProtocols.select(OFFER, server.build().negotiation()));
        assertEquals(bytes("h2"), ApplicationProtocols.select(OFFER,
                server.preference(NegotiationPreference.CLIENT_ORDER).build().negotiation()));
    }

    @Test
    void noOfferOrNoConfigurationSelectsNothing() {
        assertEquals(Bytes.EMPTY, ApplicationProtocols.select(Extensions.EMPTY,
                TlsConfig.builder().applicationProtocols("h2").build().negotiation()));
        assertEquals(Bytes.EMPTY,
                ApplicationProtocols.select(OFFER, TlsConfig.builder().build().negotiation()));
    }

    private static Bytes bytes(String text) {
        return Bytes.of(text.getBytes(StandardCharsets.US_ASCII));
    }
}
