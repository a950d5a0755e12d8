package org.tlsref.crypto.asymmetric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.util.Optional;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.junit.jupiter.api.Test;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.crypto.testing.FixedRandom;

/** The NIST curve table, the scalar derivation and the point codec. */
class NistCurveTest {
    @Test
    void domainParametersAgreeWithBouncyCastle() {
        for (NistCurve curve : NistCurve.values()) {
            X9ECParameters bc = CustomNamedCurves.getByName(curve.standardName());
            assertEquals(bc.getN(), curve.order());
            assertEquals(bc.getCurve().getField().getCharacteristic(), curve.prime());
            assertEquals(Optional.of(curve), NistCurve.of(curve.group()));
            assertEquals(Optional.of(curve), NistCurve.of(curve.parameters()));
        }
    }

    @Test
    void otherCurvesAndGroupsAreNotFound() throws GeneralSecurityException {
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec("secp256k1"));
        assertEquals(Optional.empty(),
                NistCurve.of(parameters.getParameterSpec(ECParameterSpec.class)));
        assertEquals(Optional.empty(), NistCurve.of(NamedGroup.X25519));
    }

    @Test
    void candidatesAboveNMinusTwoAreDrawnAgain() {
        NistCurve curve = NistCurve.SECP256R1;
        Bytes nMinusTwo = Bytes.of(OctetStrings.i2osp(curve.order().subtract(BigInteger.TWO), 32));
        Bytes nMinusOne = Bytes.of(OctetStrings.i2osp(curve.order().subtract(BigInteger.ONE), 32));
        FixedRandom random = new FixedRandom(Bytes.fromHex("ff".repeat(32)), nMinusOne, nMinusTwo);
        assertEquals(curve.order().subtract(BigInteger.ONE), curve.derivePrivateScalar(random));
        assertEquals(0, random.remaining());
        assertEquals(BigInteger.ONE, curve.derivePrivateScalar(new FixedRandom(Bytes.zeros(32))));
    }

    @Test
    void p521CandidatesKeepOnly521Bits() {
        NistCurve curve = NistCurve.SECP521R1;
        Bytes masked = Bytes.fromHex("fe" + "00".repeat(65));
        BigInteger d = curve.derivePrivateScalar(new FixedRandom(masked));
        assertEquals(BigInteger.ONE, d);
    }

    @Test
    void encodedPointsDecodeToThemselves() {
        for (NistCurve curve : NistCurve.values()) {
            Bytes generator = curve.encodePoint(curve.parameters().getGenerator());
            assertEquals(curve.encodedPointLength(), generator.length());
            assertEquals(curve.parameters().getGenerator(), curve.decodePoint(generator));
        }
    }
}
