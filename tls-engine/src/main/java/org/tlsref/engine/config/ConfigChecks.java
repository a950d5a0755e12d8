package org.tlsref.engine.config;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.record.HandshakeFrame;
import org.tlsref.api.record.TlsInnerPlaintext;
import org.tlsref.api.registry.CipherSuite;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.api.registry.ProtocolVersion;
import org.tlsref.api.registry.SignatureScheme;
import org.tlsref.crypto.CryptoProvider;

/**
 * The checks {@link TlsConfig.Builder#build()} runs: each failure is an
 * {@link IllegalArgumentException} naming the option and what is wrong with it.
 */
final class ConfigChecks {
    /** The TLS 1.3 cipher suites (RFC 8446 §B.4). */
    static final List<CipherSuite> TLS13_SUITES = List.of(
            CipherSuite.TLS_AES_128_GCM_SHA256, CipherSuite.TLS_AES_256_GCM_SHA384,
            CipherSuite.TLS_CHACHA20_POLY1305_SHA256, CipherSuite.TLS_AES_128_CCM_SHA256,
            CipherSuite.TLS_AES_128_CCM_8_SHA256);

    /**
     * RFC 8446 §4.2.3: SHA-1 schemes "are not defined for use in signed TLS handshake messages";
     * tlsref never negotiates them in TLS 1.3.
     */
    private static final List<SignatureScheme> SHA1_SCHEMES = List.of(
            SignatureScheme.RSA_PKCS1_SHA1, SignatureScheme.ECDSA_SHA1, SignatureScheme.DSA_SHA1);

    /** RFC 8446 §4.2.3: {@code SignatureScheme supported_signature_algorithms<2..2^16-2>}. */
    private static final int MAX_SIGNATURE_SCHEMES = (0xFFFE) / 2;

    /** The smallest handshake message bound that still holds a realistic certificate chain. */
    private static final int MIN_HANDSHAKE_MESSAGE_SIZE = 1024;

    private ConfigChecks() {
    }

    static void versions(List<ProtocolVersion> versions) {
        nonEmptyDistinct("versions", versions);
        for (ProtocolVersion v : versions) {
            require(v.equals(ProtocolVersion.TLS_1_3) || v.equals(ProtocolVersion.TLS_1_2),
                    "versions: only TLSv1.3 and TLSv1.2 are supported, not " + v);
        }
    }

    static void cipherSuites(List<CipherSuite> suites) {
        nonEmptyDistinct("cipherSuites", suites);
        for (CipherSuite suite : suites) {
            require(TLS13_SUITES.contains(suite), "cipherSuites: " + suite
                    + " is not a TLS 1.3 cipher suite (RFC 8446 §B.4)");
        }
    }

    static void groups(List<NamedGroup> supported, List<NamedGroup> keyShares,
            CryptoProvider provider) {
        nonEmptyDistinct("supportedGroups", supported);
        for (NamedGroup group : supported) {
            try {
                provider.keyExchange(group);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("supportedGroups: the crypto provider has no "
                        + group + ": " + e.getMessage(), e);
            }
        }
        distinct("keyShareGroups", keyShares);
        int previous = -1;
        for (NamedGroup group : keyShares) {
            int at = supported.indexOf(group);
            require(at >= 0, "keyShareGroups: " + group + " is not in supportedGroups (RFC 8446"
                    + " §4.2.8: \"Clients MUST NOT offer any KeyShareEntry values for groups not"
                    + " listed in the client's \"supported_groups\" extension\")");
            require(at > previous, "keyShareGroups must follow the order of supportedGroups"
                    + " (RFC 8446 §4.2.8: shares \"MUST appear in the same order\")");
            previous = at;
        }
    }

    static void signatureSchemes(List<SignatureScheme> schemes, List<SignatureScheme> offered,
            CryptoProvider provider) {
        nonEmptyDistinct("signatureSchemes", schemes);
        for (SignatureScheme scheme : schemes) {
            require(!SHA1_SCHEMES.contains(scheme), "signatureSchemes: " + scheme
                    + " uses SHA-1, which TLS 1.3 never negotiates (RFC 8446 §4.2.3)");
            try {
                provider.verifier(scheme);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("signatureSchemes: the crypto provider cannot"
                        + " verify " + scheme + ": " + e.getMessage(), e);
            }
        }
        nonEmptyDistinct("signatureAlgorithmsOffered", offered);
        require(offered.size() <= MAX_SIGNATURE_SCHEMES,
                "signatureAlgorithmsOffered: more than 2^15-1 schemes");
    }

    static void applicationProtocols(List<Bytes> protocols) {
        distinct("applicationProtocols", protocols);
        int total = 0;
        for (Bytes name : protocols) {
            require(name.length() >= 1 && name.length() <= 0xFF,
                    "applicationProtocols: a name must have 1 to 255 bytes (RFC 7301 §3.1)");
            total += 1 + name.length();
        }
        require(total <= 0xFFFF, "applicationProtocols: the list exceeds 2^16-1 bytes");
    }

    static void recordSizeLimit(int limit) {
        require(limit >= 64 && limit <= TlsInnerPlaintext.MAX_LENGTH, "recordSizeLimit " + limit
                + " outside 64..2^14+1 (RFC 8449 §4)");
    }

    static void maxHandshakeMessageSize(int size) {
        require(size >= MIN_HANDSHAKE_MESSAGE_SIZE && size <= HandshakeFrame.MAX_BODY_LENGTH,
                "maxHandshakeMessageSize " + size + " outside " + MIN_HANDSHAKE_MESSAGE_SIZE
                        + "..2^24-1");
    }

    private static void nonEmptyDistinct(String option, List<?> values) {
        require(!values.isEmpty(), option + " must not be empty");
        distinct(option, values);
    }

    private static void distinct(String option, List<?> values) {
        Set<Object> seen = new HashSet<>();
        for (Object value : values) {
            require(seen.add(value), option + " lists " + value + " twice");
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
