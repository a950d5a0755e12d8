package org.tlsref.api.message;

import org.tlsref.api.codec.Bytes;
import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.HandshakeType;
import org.tlsref.api.registry.SignatureScheme;

/**
 * ServerKeyExchange for the ECDHE_ECDSA and ECDHE_RSA key exchanges, TLS 1.2 only
 * (RFC 8422 §5.4), with the signature as a DigitallySigned struct (RFC 5246 §4.7).
 * <pre>{@code
 * select (KeyExchangeAlgorithm) {
 *     case ec_diffie_hellman:
 *         ServerECDHParams    params;
 *         Signature           signed_params;
 * } ServerKeyExchange;
 *
 * struct {
 *    SignatureAndHashAlgorithm algorithm;
 *    opaque signature<0..2^16-1>;
 * } DigitallySigned;
 * }</pre>
 * The ECDH_anon form, which has no signature, is not spoken: no anonymous suite is offered.
 */
public record ServerKeyExchangeEcdhe(ServerEcdhParams params, SignatureScheme algorithm,
        Bytes signature) implements HandshakeMessage {

    @Override
    public HandshakeType type() {
        return HandshakeType.SERVER_KEY_EXCHANGE;
    }

    @Override
    public void encodeBody(TlsWriter w) {
        params.encode(w);
        w.u16(algorithm.code());
        w.opaque16(0, 0xFFFF, signature);
    }

    /** Decodes a whole body. */
    public static ServerKeyExchangeEcdhe decode(TlsReader body) {
        ServerEcdhParams params = ServerEcdhParams.decode(body);
        SignatureScheme algorithm = SignatureScheme.of(body.u16());
        Bytes signature = body.opaque16(0, 0xFFFF);
        body.expectEnd();
        return new ServerKeyExchangeEcdhe(params, algorithm, signature);
    }
}
