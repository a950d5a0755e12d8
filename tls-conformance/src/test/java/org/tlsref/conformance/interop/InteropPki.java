package org.tlsref.conformance.interop;

import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import org.tlsref.api.registry.SignatureScheme;
import org.tlsref.api.testing.Vectors;
import org.tlsref.crypto.pki.Pem;
import org.tlsref.engine.config.CertifiedKey;

/**
 * The test PKI of vectors/pki (see its README) as every peer needs it: tlsref certified keys and
 * trust anchors, parsed keys and chains for SunJSSE key stores, and file names for OpenSSL's
 * command line. Every leaf is issued by the intermediate CA under the root CA.
 */
final class InteropPki {
    /** The name every server leaf carries (SAN), sent as server_name and checked by clients. */
    static final String SERVER_NAME = "server.tlsref.test";

    /** vectors/pki/README.md: the password of the one encrypted key, server-p384.key. */
    private static final String P384_PASSWORD = "tlsref-test-password";

    private InteropPki() {
    }

    /** The server identities, with the CertificateVerify scheme a TLS 1.3 peer signs with. */
    enum ServerKey {
        /** RSA-2048 (rsaEncryption): rsa_pss_rsae_sha256 in TLS 1.3. */
        RSA2048("rsa2048", SignatureScheme.RSA_PSS_RSAE_SHA256, "RSA-PSS"),
        /** RSASSA-PSS key (id-RSASSA-PSS): rsa_pss_pss_sha256. */
        RSAPSS("rsapss", SignatureScheme.RSA_PSS_PSS_SHA256, "RSA-PSS"),
        /** ECDSA P-256: ecdsa_secp256r1_sha256. */
        P256("p256", SignatureScheme.ECDSA_SECP256R1_SHA256, "ECDSA"),
        /** ECDSA P-384 (encrypted PKCS#8 key): ecdsa_secp384r1_sha384. */
        P384("p384", SignatureScheme.ECDSA_SECP384R1_SHA384, "ECDSA"),
        /** Ed25519: ed25519. */
        ED25519("ed25519", SignatureScheme.ED25519, "ed25519");

        final String file;
        final SignatureScheme scheme;
        /** What OpenSSL's -brief summary prints as "Signature type". */
        final String openSslSignatureType;

        ServerKey(String file, SignatureScheme scheme, String openSslSignatureType) {
            this.file = "server-" + file;
            this.scheme = scheme;
            this.openSslSignatureType = openSslSignatureType;
        }
    }

    /** The client identities (EKU clientAuth, SAN client.tlsref.test). */
    enum ClientKey {
        /** RSA-2048: rsa_pss_rsae_sha256 in TLS 1.3. */
        RSA("rsa", SignatureScheme.RSA_PSS_RSAE_SHA256, "RSA-PSS"),
        /** ECDSA P-256: ecdsa_secp256r1_sha256. */
        P256("p256", SignatureScheme.ECDSA_SECP256R1_SHA256, "ECDSA");

        final String file;
        final SignatureScheme scheme;
        /** What OpenSSL's -brief summary prints as "Signature type". */
        final String openSslSignatureType;

        ClientKey(String file, SignatureScheme scheme, String openSslSignatureType) {
            this.file = "client-" + file;
            this.scheme = scheme;
            this.openSslSignatureType = openSslSignatureType;
        }

        /** The leaf's subject common name. */
        String commonName() {
            return file;
        }
    }

    /** The root CA: the one trust anchor. */
    static List<X509Certificate> anchors() {
        return Pem.certificates(path("root-ca.pem"));
    }

    /** A tlsref identity for {@code key}. */
    static CertifiedKey certifiedKey(ServerKey key) {
        return CertifiedKey.of(chain(key.file), privateKey(key.file));
    }

    /** A tlsref identity for {@code key}. */
    static CertifiedKey certifiedKey(ClientKey key) {
        return CertifiedKey.of(chain(key.file), privateKey(key.file));
    }

    /** The chain of {@code name}: leaf, then the intermediate CA. */
    static List<X509Certificate> chain(String name) {
        return Pem.certificates(path(name + ".pem"));
    }

    /** The private key of {@code name}, decrypted where it is encrypted. */
    static PrivateKey privateKey(String name) {
        return name.equals(ServerKey.P384.file)
                ? Pem.privateKey(path(name + ".key"), P384_PASSWORD.toCharArray())
                : Pem.privateKey(path(name + ".key"));
    }

    /** OpenSSL's arguments that load {@code name}'s leaf, key and intermediate. */
    static List<String> openSslIdentity(String certOption, String keyOption, String chainOption,
            String name) {
        List<String> arguments = new java.util.ArrayList<>(List.of(
                certOption, path(name + ".pem").toString(),
                keyOption, path(name + ".key").toString(),
                chainOption, path("intermediate-ca.pem").toString()));
        if (name.equals(ServerKey.P384.file)) {
            arguments.addAll(List.of("-pass", "pass:" + P384_PASSWORD));
        }
        return arguments;
    }

    /** A file of vectors/pki. */
    static Path path(String file) {
        return Vectors.path("pki/" + file);
    }
}
