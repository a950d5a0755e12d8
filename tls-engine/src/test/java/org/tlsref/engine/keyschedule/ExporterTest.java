package org.tlsref.engine.keyschedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.tlsref.api.codec.Bytes;
import org.tlsref.crypto.CryptoProvider;
import org.tlsref.crypto.Hkdf;
import org.tlsref.crypto.provider.Backend;

/**
 * RFC 8448 prints no exporter output, so the values are checked against the RFC 8446 §7.5
 * formula written out with raw HKDF (see {@link HandBuilt}) over the traces' exporter secrets.
 */
class ExporterTest {
    private static final CryptoProvider PROVIDER = Backend.JCA.provider();
    private static final Rfc8448Trace SIMPLE = Rfc8448Trace.load("rfc8448/simple-1rtt.json");
    private static final Rfc8448Trace RESUMED = Rfc8448Trace.load("rfc8448/resumed-0rtt.json");
    private static final Tls13Kdf KDF = Tls13Kdf.of(PROVIDER, SIMPLE.parameters());
    private static final ExporterMasterSecret EXPORTER =
            new ExporterMasterSecret(KDF, SIMPLE.secretValue("exporter master secret"));
    private static final Bytes CONTEXT = Bytes.of("context".getBytes(StandardCharsets.US_ASCII));

    @Test
    void exportIsExpandLabelExporterOverTheContextHashOfDeriveSecretOverTheLabel() {
        assertEquals(formula(SIMPLE.secret("exporter master secret"), "EXPORTER-Test", CONTEXT, 48),
                Bytes.of(Exporter.export(EXPORTER, "EXPORTER-Test", CONTEXT, 48).bytes()));
    }

    @Test
    void anEmptyContextIsNoContextAndHashesTheEmptyString() {
        assertEquals(formula(SIMPLE.secret("exporter master secret"), "EXPORTER-Test", Bytes.EMPTY, 32),
                Bytes.of(Exporter.export(EXPORTER, "EXPORTER-Test", Bytes.EMPTY, 32).bytes()));
    }

    @Test
    void theEarlyExporterUsesTheEarlyExporterMasterSecret() {
        EarlyExporterMasterSecret early = new EarlyExporterMasterSecret(KDF,
                RESUMED.secretValue("early exporter master secret"));
        Bytes value = Bytes.of(Exporter.exportEarly(early, "EXPORTER-Test", CONTEXT, 32).bytes());
        assertEquals(formula(RESUMED.secret("early exporter master secret"), "EXPORTER-Test", CONTEXT, 32), value);
        assertNotEquals(Bytes.of(Exporter.export(EXPORTER, "EXPORTER-Test", CONTEXT, 32).bytes()), value);
    }

    @Test
    void labelsContextsAndLengthsEachChangeTheValue() {
        Bytes base = Bytes.of(Exporter.export(EXPORTER, "a", CONTEXT, 32).bytes());
        assertNotEquals(base, Bytes.of(Exporter.export(EXPORTER, "b", CONTEXT, 32).bytes()));
        assertNotEquals(base, Bytes.of(Exporter.export(EXPORTER, "a", Bytes.EMPTY, 32).bytes()));
        assertNotEquals(base.slice(0, 16), Bytes.of(Exporter.export(EXPORTER, "a", CONTEXT, 16).bytes()));
    }

    @Test
    void refusesLabelsThatAreEmptyNotAsciiOrTooLongAndLengthsHkdfCannotGive() {
        assertThrows(IllegalArgumentException.class, () -> Exporter.export(EXPORTER, "", CONTEXT, 32));
        assertThrows(IllegalArgumentException.class, () -> Exporter.export(EXPORTER, "é", CONTEXT, 32));
        assertThrows(IllegalArgumentException.class, () -> Exporter.export(EXPORTER, "x".repeat(250), CONTEXT, 32));
        assertThrows(IllegalArgumentException.class, () -> Exporter.export(EXPORTER, "a", CONTEXT, 255 * 32 + 1));
    }

    /** RFC 8446 §7.5, step by step. */
    private static Bytes formula(Bytes secret, String label, Bytes context, int length) {
        Hkdf hkdf = PROVIDER.hkdf(SIMPLE.parameters().hash());
        Bytes emptyHash = SIMPLE.hash(PROVIDER, Bytes.EMPTY);
        Bytes perLabel = HandBuilt.expandLabel(hkdf, secret, label, emptyHash, 32);
        return HandBuilt.expandLabel(hkdf, perLabel, "exporter", SIMPLE.hash(PROVIDER, context), length);
    }
}
