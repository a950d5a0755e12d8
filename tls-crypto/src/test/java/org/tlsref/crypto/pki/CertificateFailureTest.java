package org.tlsref.crypto.pki;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tlsref.api.registry.AlertDescription;

/** The alert of every reason, as the class Javadoc argues it; a change here must be deliberate. */
class CertificateFailureTest {

    @Test
    void everyReasonSendsTheAlertItsRuleNames() {
        Map<CertificateFailure, AlertDescription> expected = new EnumMap<>(CertificateFailure.class);
        expected.put(CertificateFailure.EMPTY_CHAIN, AlertDescription.DECODE_ERROR);
        for (CertificateFailure f : new CertificateFailure[] {CertificateFailure.MALFORMED,
                CertificateFailure.BAD_SIGNATURE, CertificateFailure.WEAK_SIGNATURE_ALGORITHM,
                CertificateFailure.HOST_MISMATCH}) {
            expected.put(f, AlertDescription.BAD_CERTIFICATE);
        }
        for (CertificateFailure f : new CertificateFailure[] {CertificateFailure.UNSUPPORTED_SIGNATURE_ALGORITHM,
                CertificateFailure.UNSUPPORTED_KEY_TYPE, CertificateFailure.KEY_TOO_SMALL,
                CertificateFailure.UNSUPPORTED_NAME_CONSTRAINT, CertificateFailure.UNKNOWN_CRITICAL_EXTENSION}) {
            expected.put(f, AlertDescription.UNSUPPORTED_CERTIFICATE);
        }
        expected.put(CertificateFailure.EXPIRED, AlertDescription.CERTIFICATE_EXPIRED);
        expected.put(CertificateFailure.NOT_YET_VALID, AlertDescription.CERTIFICATE_EXPIRED);
        for (CertificateFailure f : new CertificateFailure[] {CertificateFailure.UNKNOWN_ISSUER,
                CertificateFailure.UNTRUSTED_SELF_SIGNED, CertificateFailure.PATH_TOO_LONG,
                CertificateFailure.NOT_A_CA, CertificateFailure.PATH_LENGTH_EXCEEDED,
                CertificateFailure.CA_WITHOUT_KEY_CERT_SIGN}) {
            expected.put(f, AlertDescription.UNKNOWN_CA);
        }
        for (CertificateFailure f : new CertificateFailure[] {CertificateFailure.NAME_CONSTRAINT_VIOLATION,
                CertificateFailure.WRONG_EXTENDED_KEY_USAGE, CertificateFailure.KEY_USAGE_NOT_ALLOWED}) {
            expected.put(f, AlertDescription.CERTIFICATE_UNKNOWN);
        }

        for (CertificateFailure reason : CertificateFailure.values()) {
            assertEquals(expected.get(reason), reason.description(), reason.name());
        }
    }
}
