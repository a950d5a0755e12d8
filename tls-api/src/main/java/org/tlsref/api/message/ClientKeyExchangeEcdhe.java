package org.tlsref.api.message;

import org.tlsref.api.codec.Bytes;
import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.HandshakeType;

/**
 * ClientKeyExchange for ECDHE, TLS 1.2 only (RFC 8422 §5.7): the client's ephemeral public key,
 * always explicit (the implicit encoding belongs to the deprecated fixed-ECDH certificates).
 * <pre>{@code
 * struct {
 *     ECPoint ecdh_Yc;
 * } ClientECDiffieHellmanPublic;
 *
 * struct {
 *     opaque point <1..2^8-1>;
 * } ECPoint;
 * }</pre>
 */
public record ClientKeyExchangeEcdhe(Bytes ecdhYc) implements HandshakeMessage {
    @Override
    public HandshakeType type() {
        return HandshakeType.CLIENT_KEY_EXCHANGE;
    }

    @Override
    public void encodeBody(TlsWriter w) {
        w.opaque8(1, 0xFF, ecdhYc);
    }

    /** Decodes a whole body. */
    public static ClientKeyExchangeEcdhe decode(TlsReader body) {
        Bytes point = body.opaque8(1, 0xFF);
        body.expectEnd();
        return new ClientKeyExchangeEcdhe(point);
    }
}
