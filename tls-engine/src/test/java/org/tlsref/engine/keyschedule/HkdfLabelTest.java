package org.tlsref.engine.keyschedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.testing.Vectors;
import org.tlsref.crypto.HashAlgorithm;
import org.tlsref.crypto.Hkdf;
import org.tlsref.crypto.Secret;
import org.tlsref.crypto.provider.Backend;

class HkdfLabelTest {
    private static final Pattern QUOTED_LABEL = Pattern.compile("\"tls13 ([^\"]+)\"");

    /**
     * Every HKDF-Expand-Label step RFC 8448 prints (derive secret, finished, resumption, key and
     * IV): the HkdfLabel encodes to the step's "info" and expands its "PRK" to its "expanded".
     */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void encodesAndExpandsEveryLabelledStepOfRfc8448(Backend backend) {
        Hkdf hkdf = backend.provider().hkdf(HashAlgorithm.SHA256);
        int checked = 0;
        for (String file : Rfc8448Trace.files()) {
            for (JsonNode step : Vectors.json(file).get("steps")) {
                Map<String, Bytes> values = values(step);
                Matcher label = QUOTED_LABEL.matcher(step.get("action").asText());
                if (values.containsKey("info") && label.find()) {
                    check(hkdf, values.get("PRK"), label.group(1), values.get("hash"), values.get("info"),
                            values.get("expanded"));
                    checked++;
                }
                if (values.containsKey("key info")) {
                    check(hkdf, values.get("PRK"), "key", Bytes.EMPTY, values.get("key info"),
                            values.get("key expanded"));
                    check(hkdf, values.get("PRK"), "iv", Bytes.EMPTY, values.get("iv info"),
                            values.get("iv expanded"));
                    checked += 2;
                }
            }
        }
        assertTrue(checked > 80, "only " + checked + " steps checked");
    }

    @Test
    void deriveSecretIsExpandLabelOverTheHashForHashLengthBytes() {
        Hkdf hkdf = Backend.JCA.provider().hkdf(HashAlgorithm.SHA384);
        Secret secret = Secret.of(new byte[48]);
        Bytes hash = Bytes.zeros(48);
        assertEquals(Bytes.of(HkdfLabel.expandLabel(hkdf, secret, "c hs traffic", hash, 48).bytes()),
                Bytes.of(HkdfLabel.deriveSecret(hkdf, secret, "c hs traffic", hash).bytes()));
    }

    @Test
    void deriveSecretRefusesAHashOfAnotherLength() {
        Hkdf hkdf = Backend.JCA.provider().hkdf(HashAlgorithm.SHA256);
        assertThrows(IllegalArgumentException.class,
                () -> HkdfLabel.deriveSecret(hkdf, Secret.of(new byte[32]), "derived", Bytes.zeros(48)));
    }

    @Test
    void encodesLengthLabelAndContextAsTheStructSays() {
        assertEquals(Bytes.fromHex("0010" + "09" + "746c73313320" + "6b6579" + "03" + "010203"),
                HkdfLabel.encode("key", Bytes.ofUnsigned(1, 2, 3), 16));
    }

    @Test
    void refusesLabelsAndContextsOutsideTheirVectors() {
        assertThrows(IllegalArgumentException.class, () -> HkdfLabel.encode("", Bytes.EMPTY, 32));
        assertThrows(IllegalArgumentException.class, () -> HkdfLabel.encode("x".repeat(250), Bytes.EMPTY, 32));
        assertEquals(2 + 1 + 255 + 1, HkdfLabel.encode("x".repeat(249), Bytes.EMPTY, 32).length());
        assertThrows(IllegalArgumentException.class, () -> HkdfLabel.encode("key", Bytes.zeros(256), 32));
        assertThrows(IllegalArgumentException.class, () -> HkdfLabel.encode("clé", Bytes.EMPTY, 32));
        assertThrows(IllegalArgumentException.class, () -> HkdfLabel.encode("key", Bytes.EMPTY, 65536));
        assertThrows(IllegalArgumentException.class, () -> HkdfLabel.encode("key", Bytes.EMPTY, -1));
    }

    private static void check(Hkdf hkdf, Bytes prk, String label, Bytes context, Bytes info, Bytes expanded) {
        assertEquals(info, HkdfLabel.encode(label, context, expanded.length()), label);
        Secret out = HkdfLabel.expandLabel(hkdf, Secret.of(prk.toByteArray()), label, context, expanded.length());
        assertEquals(expanded, Bytes.of(out.bytes()), label);
    }

    private static Map<String, Bytes> values(JsonNode step) {
        Map<String, Bytes> values = new HashMap<>();
        for (JsonNode value : step.path("values")) {
            if (value.has("hex")) {
                values.put(value.get("label").asText(), Vectors.bytes(value.get("hex")));
            }
        }
        return values;
    }
}
