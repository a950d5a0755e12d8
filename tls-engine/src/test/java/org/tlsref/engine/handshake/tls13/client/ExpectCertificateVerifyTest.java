package org.tlsref.engine.handshake.tls13.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.tlsref.engine.testing.Alerts.assertReason;

import org.junit.jupiter.api.Test;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.message.CertificateVerify;
import org.tlsref.api.registry.SignatureScheme;
import org.tlsref.crypto.CryptoFailure;
import org.tlsref.engine.config.TlsConfig;
import org.tlsref.engine.handshake.HandshakeViolation;
import org.tlsref.engine.handshake.Input;
import org.tlsref.engine.testing.Conversation.Point;
import org.tlsref.engine.testing.Conversation.Side;
import org.tlsref.engine.testing.Conversation;

class ExpectCertificateVerifyTest {
    @Test
    void aValidSignatureGivesTheProof() {
        Point point = at(Conversation.client().build());
        ExpectFinished next = assertInstanceOf(ExpectFinished.class,
                point.state().handle(point.message()).next());
        assertEquals(SignatureScheme.ECDSA_SECP256R1_SHA256, next.serverSignature().scheme());
    }

    @Test
    void aCorruptedSignatureIsDecryptError() {
        Point point = at(Conversation.client().build());
        CertificateVerify real = (CertificateVerify) point.message().message();
        byte[] signature = real.signature().toByteArray();
        signature[signature.length - 3] ^= 1;
        assertReason(CryptoFailure.BAD_SIGNATURE, () -> point.state().handle(Input.Handshake.of(
                new CertificateVerify(real.algorithm(), Bytes.of(signature)))));
    }

    @Test
    void aSchemeNotOfferedIsIllegalParameter() {
        Point point = at(Conversation.client().signatureSchemes(
                SignatureScheme.ECDSA_SECP256R1_SHA256, SignatureScheme.RSA_PSS_RSAE_SHA256).build());
        CertificateVerify real = (CertificateVerify) point.message().message();
        assertReason(HandshakeViolation.ILLEGAL_SIGNATURE_SCHEME, () -> point.state().handle(
                Input.Handshake.of(new CertificateVerify(SignatureScheme.ED25519,
                        real.signature()))));
    }

    @Test
    void pkcs1InCertificateVerifyIsIllegalParameterEvenWhenOffered() {
        Point point = at(Conversation.client().build());
        CertificateVerify real = (CertificateVerify) point.message().message();
        assertReason(HandshakeViolation.ILLEGAL_SIGNATURE_SCHEME, () -> point.state().handle(
                Input.Handshake.of(new CertificateVerify(SignatureScheme.RSA_PKCS1_SHA256,
                        real.signature()))));
    }

    @Test
    void sha1OfferedForCertificatesIsStillIllegalInCertificateVerify() {
        TlsConfig client = Conversation.client().signatureAlgorithmsOffered(
                SignatureScheme.ECDSA_SECP256R1_SHA256, SignatureScheme.ECDSA_SHA1).build();
        Point point = at(client);
        CertificateVerify real = (CertificateVerify) point.message().message();
        assertReason(HandshakeViolation.ILLEGAL_SIGNATURE_SCHEME, () -> point.state().handle(
                Input.Handshake.of(new CertificateVerify(SignatureScheme.ECDSA_SHA1,
                        real.signature()))));
    }

    @Test
    void theWrongKeyTypeForTheSchemeIsIllegalParameter() {
        Point point = at(Conversation.client().build());
        CertificateVerify real = (CertificateVerify) point.message().message();
        assertReason(CryptoFailure.SIGNATURE_SCHEME_MISMATCH, () -> point.state().handle(
                Input.Handshake.of(new CertificateVerify(SignatureScheme.RSA_PSS_RSAE_SHA256,
                        real.signature()))));
    }

    private static Point at(TlsConfig client) {
        return Conversation.before(client, Conversation.server().build(), Side.CLIENT,
                CertificateVerify.class);
    }
}
