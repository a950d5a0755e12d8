package org.tlsref.crypto.jca;

import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import org.tlsref.crypto.asymmetric.SignatureDefinition;
import org.tlsref.crypto.asymmetric.SignatureDefinition.EdDsa;
import org.tlsref.crypto.asymmetric.SignatureDefinition.Ecdsa;
import org.tlsref.crypto.asymmetric.SignatureDefinition.RsaPkcs1;
import org.tlsref.crypto.asymmetric.SignatureDefinition.RsaPss;

/** The JCA {@link Signature} object for each scheme family (RFC 8446 §4.2.3). */
final class JcaSignatures {
    private JcaSignatures() {
    }

    /**
     * A fresh, parameterised {@link Signature}: "SHA256withRSA", "RSASSA-PSS" with MGF1 over the
     * same hash and a hash-long salt, "SHA256withECDSA" (DER in and out), "Ed25519" / "Ed448".
     */
    static Signature create(SignatureDefinition definition) {
        try {
            if (definition instanceof RsaPkcs1 pkcs1) {
                return Signature.getInstance(pkcs1.hash().jcaPrefix() + "withRSA");
            }
            if (definition instanceof RsaPss pss) {
                String hash = pss.hash().standardName();
                Signature signature = Signature.getInstance("RSASSA-PSS");
                signature.setParameter(new PSSParameterSpec(hash, "MGF1",
                        new MGF1ParameterSpec(hash), pss.hash().length(),
                        PSSParameterSpec.TRAILER_FIELD_BC));
                return signature;
            }
            if (definition instanceof Ecdsa ecdsa) {
                return Signature.getInstance(ecdsa.hash().jcaPrefix() + "withECDSA");
            }
            return Signature.getInstance(((EdDsa) definition).curve().standardName());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks " + definition.scheme(), e);
        }
    }
}
