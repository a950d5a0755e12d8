package org.tlsref.conformance.trace;

import java.io.ByteArrayInputStream;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.EdECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.security.auth.x500.X500Principal;
import org.tlsref.api.codec.Bytes;
import org.tlsref.conformance.dissect.Node;

/**
 * Certificates and distinguished names as the trace shows them: subject, issuer, public key,
 * names and validity, read with the JDK's X.509 parser (the engine has already decoded and
 * checked them, or will reject them with an alert that the trace shows).
 */
final class CertificateNotes {
    private CertificateNotes() {
    }

    /** One certificate's facts, or a note that its bytes do not parse. */
    static Node certificate(String name, Bytes der) {
        X509Certificate certificate;
        try {
            certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der.toByteArray()));
        } catch (CertificateException | ClassCastException e) {
            return Node.leaf(name, der.length() + " bytes that are not an X.509 certificate");
        }
        return certificate(name, certificate);
    }

    /** One certificate's facts. */
    static Node certificate(String name, X509Certificate certificate) {
        List<Node> facts = new ArrayList<>();
        facts.add(Node.leaf("issuer", dn(certificate.getIssuerX500Principal())));
        facts.add(Node.leaf("public key", publicKey(certificate.getPublicKey())));
        facts.add(Node.leaf("signed with", certificate.getSigAlgName()));
        String names = subjectAltNames(certificate);
        if (!names.isEmpty()) {
            facts.add(Node.leaf("subjectAltName", names));
        }
        facts.add(Node.leaf("valid", certificate.getNotBefore().toInstant() + " to "
                + certificate.getNotAfter().toInstant()));
        return Node.branch(name, dn(certificate.getSubjectX500Principal()), facts);
    }

    /** A distinguished name in RFC 2253 form, or a note that its DER does not parse. */
    static String dn(Bytes der) {
        try {
            return dn(new X500Principal(der.toByteArray()));
        } catch (IllegalArgumentException e) {
            return der.length() + " bytes that are not a distinguished name";
        }
    }

    static String dn(X500Principal principal) {
        return principal.getName(X500Principal.RFC2253);
    }

    /** The common name, or the whole name when it has none. */
    static String shortName(X509Certificate certificate) {
        String dn = dn(certificate.getSubjectX500Principal());
        for (String part : dn.split(",")) {
            if (part.startsWith("CN=")) {
                return part.substring(3);
            }
        }
        return dn;
    }

    /** {@code EC P-256}, {@code RSA 2048 bits}, {@code Ed25519}, ... */
    static String publicKey(PublicKey key) {
        if (key instanceof RSAPublicKey rsa) {
            String kind = key.getAlgorithm().equals("RSA") ? "RSA" : "RSA-PSS";
            return kind + " " + rsa.getModulus().bitLength() + " bits";
        }
        if (key instanceof ECPublicKey ec) {
            return "EC P-" + ec.getParams().getCurve().getField().getFieldSize();
        }
        if (key instanceof EdECPublicKey ed) {
            return ed.getParams().getName();
        }
        return key.getAlgorithm();
    }

    private static String subjectAltNames(X509Certificate certificate) {
        Collection<List<?>> names;
        try {
            names = certificate.getSubjectAlternativeNames();
        } catch (CertificateParsingException e) {
            return "unparsable";
        }
        if (names == null) {
            return "";
        }
        List<String> printed = new ArrayList<>();
        for (List<?> name : names) {
            int type = (Integer) name.get(0);
            String prefix = type == 2 ? "DNS:" : type == 7 ? "IP:" : type == 1 ? "email:" : "type " + type + ":";
            printed.add(prefix + name.get(1));
        }
        return String.join(", ", printed);
    }
}
