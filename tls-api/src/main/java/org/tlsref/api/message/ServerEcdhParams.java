package org.tlsref.api.message;

import org.tlsref.api.DecodeFailure;
import org.tlsref.api.TlsAlert;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.codec.TlsReader;
import org.tlsref.api.codec.TlsWriter;
import org.tlsref.api.registry.EcCurveType;
import org.tlsref.api.registry.NamedGroup;

/**
 * The server's ephemeral ECDH key and its curve, as a TLS 1.2 ServerKeyExchange carries and
 * signs them (RFC 8422 §5.4).
 * <pre>{@code
 * struct {
 *     ECCurveType    curve_type;
 *     select (curve_type) {
 *         case named_curve:
 *             NamedCurve namedcurve;
 *     };
 * } ECParameters;
 *
 * struct {
 *     opaque point <1..2^8-1>;
 * } ECPoint;
 *
 * struct {
 *     ECParameters    curve_params;
 *     ECPoint         public;
 * } ServerECDHParams;
 * }</pre>
 * named_curve(3) is "now the only remaining format", so the curve type is implied.
 */
public record ServerEcdhParams(NamedGroup namedCurve, Bytes publicKey) {
    /** Writes the struct. */
    public void encode(TlsWriter w) {
        w.u8(EcCurveType.NAMED_CURVE.code());
        w.u16(namedCurve.code());
        w.opaque8(1, 0xFF, publicKey);
    }

    /**
     * The encoded struct: what the signature covers after the two randoms (RFC 8422 §5.4,
     * {@code ClientHello.random + ServerHello.random + ServerKeyExchange.params}).
     */
    public Bytes encode() {
        return TlsWriter.encode(this::encode);
    }

    /**
     * Reads the struct. A curve_type other than named_curve has no structure left to read (the
     * explicit types are deprecated by RFC 8422 §5.4):
     * {@link DecodeFailure#UNSUPPORTED_EC_CURVE_TYPE}.
     */
    public static ServerEcdhParams decode(TlsReader r) {
        EcCurveType curveType = EcCurveType.of(r.u8());
        if (!curveType.equals(EcCurveType.NAMED_CURVE)) {
            throw new TlsAlert(DecodeFailure.UNSUPPORTED_EC_CURVE_TYPE, "curve_type " + curveType);
        }
        NamedGroup namedCurve = NamedGroup.of(r.u16());
        Bytes publicKey = r.opaque8(1, 0xFF);
        return new ServerEcdhParams(namedCurve, publicKey);
    }
}
