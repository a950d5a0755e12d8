package org.tlsref.conformance.cli;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.tlsref.api.registry.SignatureScheme;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The server certificates of the test PKI (vectors/pki), by the key they hold. */
enum CertificateKind {
    /** RSA-2048 (rsaEncryption): signs rsa_pss_rsae_*. */
    RSA("rsa", "server-rsa2048", SignatureScheme.RSA_PSS_RSAE_SHA256),
    /** RSA-2048 with an id-RSASSA-PSS key: signs rsa_pss_pss_*. */
    RSA_PSS("rsa-pss", "server-rsapss", SignatureScheme.RSA_PSS_PSS_SHA256),
    /** ECDSA P-256. */
    P256("p256", "server-p256", SignatureScheme.ECDSA_SECP256R1_SHA256),
    /** ECDSA P-384 (its key file is encrypted; the PKI's README gives the password). */
    P384("p384", "server-p384", SignatureScheme.ECDSA_SECP384R1_SHA384),
    /** Ed25519. */
    ED25519("ed25519", "server-ed25519", SignatureScheme.ED25519);

    private final String option;
    private final String file;
    private final SignatureScheme scheme;

    CertificateKind(String option, String file, SignatureScheme scheme) {
        this.option = option;
        this.file = file;
        this.scheme = scheme;
    }

    /** The file name without extension, e.g. {@code server-p256}. */
    String file() {
        return file;
    }

    /** The scheme this key signs with by default. */
    SignatureScheme scheme() {
        return scheme;
    }

    /** The certificate whose key signs {@code scheme} in TLS 1.3, if the PKI has one. */
    static Optional<CertificateKind> signing(SignatureScheme scheme) {
        String name = scheme.name().orElse("");
        if (name.startsWith("rsa_pss_rsae_")) {
            return Optional.of(RSA);
        }
        if (name.startsWith("rsa_pss_pss_")) {
            return Optional.of(RSA_PSS);
        }
        return Stream.of(values()).filter(k -> k.scheme.equals(scheme)).findFirst();
    }

    @Override
    public String toString() {
        return option;
    }

    /** Reads {@code rsa}, {@code rsa-pss}, {@code p256}, {@code p384}, {@code ed25519}. */
    static final class Converter implements ITypeConverter<CertificateKind> {
        @Override
        public CertificateKind convert(String value) {
            return Stream.of(values()).filter(k -> k.option.equalsIgnoreCase(value)).findFirst()
                    .orElseThrow(() -> new TypeConversionException("unknown certificate type \""
                            + value + "\"; one of " + List.of(values())));
        }
    }

    /** The option values, for picocli's help. */
    static final class Candidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Stream.of(values()).map(CertificateKind::toString).iterator();
        }
    }
}
