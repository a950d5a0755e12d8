package org.tlsref.engine.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.message.CertificateTls13;
import org.tlsref.api.message.CertificateVerify;
import org.tlsref.api.testing.Sender;
import org.tlsref.api.testing.VectorMessage;
import org.tlsref.api.testing.VectorRecord;
import org.tlsref.api.testing.Vectors;

/** One RFC 8448 trace file of vectors/rfc8448 (schema in vectors/README.md). */
public final class Rfc8448Trace {
    /**
     * A time inside the validity of every RFC 8448 certificate (2016-07-30 to 2026-07-30), so
     * the replays do not depend on today's date.
     */
    public static final Clock CLOCK =
            Clock.fixed(Instant.parse("2020-01-01T00:00:00Z"), ZoneOffset.UTC);

    private final JsonNode json;

    private Rfc8448Trace(JsonNode json) {
        this.json = json;
    }

    /** Loads {@code vectors/rfc8448/<name>.json}. */
    public static Rfc8448Trace load(String name) {
        return new Rfc8448Trace(Vectors.json("rfc8448/" + name + ".json"));
    }

    /** The records, in the order sent. */
    public List<VectorRecord> records() {
        return Vectors.records(json);
    }

    /** The whole record {@code index} as on the wire. */
    public Bytes record(int index) {
        return Vectors.bytes(records().get(index).node().get("hex"));
    }

    /** The plaintext payload of record {@code index}. */
    public Bytes payload(int index) {
        return Vectors.bytes(records().get(index).node().get("payload_hex"));
    }

    /** The indices of the records {@code sender} sent. */
    public List<Integer> recordsOf(Sender sender) {
        List<Integer> indices = new ArrayList<>();
        for (VectorRecord r : records()) {
            if (r.sender() == sender) {
                indices.add(r.index());
            }
        }
        return indices;
    }

    /** The handshake messages, in order. */
    public List<VectorMessage> messages() {
        return Vectors.messages(json);
    }

    /** The first message with {@code label} from {@code sender}. */
    public VectorMessage message(Sender sender, String label) {
        return messages().stream().filter(m -> m.sender() == sender && m.label().equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("no " + label));
    }

    /** A named input ("client random", "server ephemeral x25519 private key", ...). */
    public Bytes input(String name) {
        return Vectors.bytes(json.get("inputs").get(name));
    }

    /** True when the trace has the input {@code name}. */
    public boolean hasInput(String name) {
        return json.get("inputs").has(name);
    }

    /** A named secret of the key schedule. */
    public Bytes secret(String name) {
        return Vectors.bytes(json.get("secrets").get(name));
    }

    /** The fields the oracle found in message {@code index}. */
    public JsonNode fields(int index) {
        return messages().get(index).fields();
    }

    /** The certificate chain {@code sender} sent, leaf first. */
    public List<X509Certificate> chain(Sender sender) {
        CertificateTls13 certificate = CertificateTls13.decode(
                message(sender, "Certificate").body().reader());
        List<X509Certificate> chain = new ArrayList<>();
        for (var entry : certificate.certificateList()) {
            chain.add(x509(entry.certData()));
        }
        return chain;
    }

    /** The CertificateVerify {@code sender} sent. */
    public CertificateVerify certificateVerify(Sender sender) {
        return CertificateVerify.decode(message(sender, "CertificateVerify").body().reader());
    }

    /**
     * The key log lines a client or server of this trace writes, label to secret, as the trace's
     * secrets give them (draft-ietf-tls-keylogfile-05 §2.1).
     */
    public Map<String, Bytes> keyLog() {
        Map<String, Bytes> lines = new LinkedHashMap<>();
        lines.put("CLIENT_HANDSHAKE_TRAFFIC_SECRET", secret("client handshake traffic secret"));
        lines.put("SERVER_HANDSHAKE_TRAFFIC_SECRET", secret("server handshake traffic secret"));
        lines.put("CLIENT_TRAFFIC_SECRET_0", secret("client application traffic secret"));
        lines.put("SERVER_TRAFFIC_SECRET_0", secret("server application traffic secret"));
        lines.put("EXPORTER_SECRET", secret("exporter master secret"));
        return lines;
    }

    /** RFC 8448 §2: the server's RSA key, from vectors/rfc8448/private-keys.json. */
    public static PrivateKey serverRsaKey() {
        Map<String, BigInteger> c = new LinkedHashMap<>();
        for (JsonNode component : Vectors.json("rfc8448/private-keys.json").get("key")
                .get("components")) {
            c.put(component.get("label").asText(),
                    new BigInteger(1, Vectors.hex(component.get("hex"))));
        }
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new RSAPrivateCrtKeySpec(
                    c.get("modulus (public)"), c.get("public exponent"), c.get("private exponent"),
                    c.get("prime1"), c.get("prime2"), c.get("exponent1"), c.get("exponent2"),
                    c.get("coefficient")));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private static X509Certificate x509(Bytes der) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der.toByteArray()));
        } catch (CertificateException e) {
            throw new AssertionError(e);
        }
    }
}
