package org.tlsref.engine.handshake.tls13.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.extension.Cookie;
import org.tlsref.api.extension.Padding;
import org.tlsref.api.registry.ExtensionType;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.crypto.provider.RandomSources;
import org.tlsref.engine.config.ClientHelloPadding;
import org.tlsref.engine.config.MiddleboxCompatibility;
import org.tlsref.engine.config.TlsConfig;
import org.tlsref.engine.handshake.tls13.DummyChangeCipherSpec;

class ClientHellosTest {
    private static TlsConfig.Builder config() {
        return TlsConfig.builder().random(RandomSources.seeded(new byte[] {4}))
                .supportedGroups(NamedGroup.X25519, NamedGroup.SECP256R1)
                .keyShareGroups(NamedGroup.X25519);
    }

    @Test
    void extensionsComeInTheOrderOfTheRfc8448Traces() {
        OfferedHello offered = ClientHellos.first(config().applicationProtocols("h2")
                .recordSizeLimit(16385).build(), "example.com");
        assertEquals(List.of(ExtensionType.SERVER_NAME, ExtensionType.RENEGOTIATION_INFO,
                ExtensionType.SUPPORTED_GROUPS,
                ExtensionType.APPLICATION_LAYER_PROTOCOL_NEGOTIATION, ExtensionType.KEY_SHARE,
                ExtensionType.SUPPORTED_VERSIONS, ExtensionType.SIGNATURE_ALGORITHMS,
                ExtensionType.PSK_KEY_EXCHANGE_MODES, ExtensionType.RECORD_SIZE_LIMIT),
                offered.hello().extensions().types());
    }

    @Test
    void compatibilityModeSendsA32ByteSessionId() {
        OfferedHello on = ClientHellos.first(config().build(), "example.com");
        assertEquals(32, on.hello().legacySessionId().length());
        assertEquals(DummyChangeCipherSpec.PENDING, on.changeCipherSpec());
        OfferedHello off = ClientHellos.first(config()
                .middleboxCompatibility(MiddleboxCompatibility.DISABLED).build(), "example.com");
        assertEquals(Bytes.EMPTY, off.hello().legacySessionId());
        assertEquals(DummyChangeCipherSpec.NOT_USED, off.changeCipherSpec());
    }

    @Test
    void anAddressLiteralIsNotSentAsServerName() {
        OfferedHello v4 = ClientHellos.first(config().build(), "192.0.2.1");
        OfferedHello v6 = ClientHellos.first(config().build(), "2001:db8::1");
        assertFalse(v4.hello().extensions().contains(ExtensionType.SERVER_NAME));
        assertFalse(v6.hello().extensions().contains(ExtensionType.SERVER_NAME));
    }

    @Test
    void helloesBetween256And511BytesArePaddedTo512() {
        TlsConfig padded = config().clientHelloPadding(ClientHelloPadding.TO_512_BYTES)
                .keyShareGroups(NamedGroup.X25519, NamedGroup.SECP256R1).build();
        OfferedHello offered = ClientHellos.first(padded, "example.com");
        assertEquals(512, offered.encoding().length());
        assertTrue(offered.hello().extensions().find(Padding.class).isPresent());
        OfferedHello small = ClientHellos.first(config()
                .clientHelloPadding(ClientHelloPadding.TO_512_BYTES)
                .middleboxCompatibility(MiddleboxCompatibility.DISABLED).build(), "a");
        assertTrue(small.encoding().length() < 256);
        assertFalse(small.hello().extensions().contains(ExtensionType.PADDING));
    }

    @Test
    void theSecondHelloKeepsEverythingButSharesAndCookie() {
        TlsConfig config = config().build();
        OfferedHello first = ClientHellos.first(config, "example.com");
        var share = config.sources().provider().keyExchange(NamedGroup.SECP256R1)
                .generate(config.sources().random());
        OfferedHello second = ClientHellos.second(first, List.of(share),
                Optional.of(new Cookie(Bytes.ofUnsigned(1, 2))), DummyChangeCipherSpec.SENT);
        assertEquals(first.hello().random(), second.hello().random());
        assertEquals(first.hello().legacySessionId(), second.hello().legacySessionId());
        assertTrue(second.hello().extensions().contains(ExtensionType.COOKIE));
        assertEquals(List.of(share), second.keyShares());
    }
}
