package org.tlsref.crypto.asymmetric;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tlsref.api.registry.SignatureScheme;
import org.tlsref.crypto.asymmetric.SignatureDefinition.EdDsa;
import org.tlsref.crypto.asymmetric.SignatureDefinition.EdwardsCurve;
import org.tlsref.crypto.asymmetric.SignatureDefinition.Ecdsa;
import org.tlsref.crypto.asymmetric.SignatureDefinition.KeyOid;
import org.tlsref.crypto.asymmetric.SignatureDefinition.RsaPkcs1;
import org.tlsref.crypto.asymmetric.SignatureDefinition.RsaPss;

/** The schemes tlsref implements, in registry order (RFC 8446 §4.2.3). */
final class Table {
    static final Map<SignatureScheme, SignatureDefinition> DEFINITIONS = build(List.of(
            new RsaPkcs1(SignatureScheme.RSA_PKCS1_SHA1, SignatureHash.SHA1),
            new Ecdsa(SignatureScheme.ECDSA_SHA1, SignatureHash.SHA1),
            new RsaPkcs1(SignatureScheme.RSA_PKCS1_SHA256, SignatureHash.SHA256),
            new Ecdsa(SignatureScheme.ECDSA_SECP256R1_SHA256, SignatureHash.SHA256),
            new RsaPkcs1(SignatureScheme.RSA_PKCS1_SHA384, SignatureHash.SHA384),
            new Ecdsa(SignatureScheme.ECDSA_SECP384R1_SHA384, SignatureHash.SHA384),
            new RsaPkcs1(SignatureScheme.RSA_PKCS1_SHA512, SignatureHash.SHA512),
            new Ecdsa(SignatureScheme.ECDSA_SECP521R1_SHA512, SignatureHash.SHA512),
            new RsaPss(SignatureScheme.RSA_PSS_RSAE_SHA256, SignatureHash.SHA256,
                    KeyOid.RSA_ENCRYPTION),
            new RsaPss(SignatureScheme.RSA_PSS_RSAE_SHA384, SignatureHash.SHA384,
                    KeyOid.RSA_ENCRYPTION),
            new RsaPss(SignatureScheme.RSA_PSS_RSAE_SHA512, SignatureHash.SHA512,
                    KeyOid.RSA_ENCRYPTION),
            new EdDsa(SignatureScheme.ED25519, EdwardsCurve.ED25519),
            new EdDsa(SignatureScheme.ED448, EdwardsCurve.ED448),
            new RsaPss(SignatureScheme.RSA_PSS_PSS_SHA256, SignatureHash.SHA256, KeyOid.RSASSA_PSS),
            new RsaPss(SignatureScheme.RSA_PSS_PSS_SHA384, SignatureHash.SHA384, KeyOid.RSASSA_PSS),
            new RsaPss(SignatureScheme.RSA_PSS_PSS_SHA512, SignatureHash.SHA512,
                    KeyOid.RSASSA_PSS)));

    private Table() {
    }

    private static Map<SignatureScheme, SignatureDefinition> build(List<SignatureDefinition> all) {
        Map<SignatureScheme, SignatureDefinition> map = new LinkedHashMap<>();
        all.forEach(definition -> map.put(definition.scheme(), definition));
        return Map.copyOf(map);
    }
}
