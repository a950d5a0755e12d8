package org.tlsref.crypto.bc;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.PrivateKey;
import java.security.PublicKey;
import org.junit.jupiter.api.Test;
import org.tlsref.crypto.testing.TestKeys;
import org.tlsref.crypto.testing.UnusableRsaKeys;

/** Keys reach Bouncy Castle through their standard encodings, or not at all. */
class BcKeysTest {
    @Test
    void keysWithoutAnEncodingAreIllegalArguments() {
        assertThrows(IllegalArgumentException.class,
                () -> BcKeys.privateKey(UnusableRsaKeys.privateKey()));
        assertThrows(IllegalArgumentException.class,
                () -> BcKeys.publicKey(UnusableRsaKeys.publicKey()));
    }

    @Test
    void keysWithAnUnreadableEncodingAreIllegalArguments() {
        PrivateKey garbledPrivate = new PrivateKey() {
            private static final long serialVersionUID = 1L;

            @Override
            public String getAlgorithm() {
                return "RSA";
            }

            @Override
            public String getFormat() {
                return "PKCS#8";
            }

            @Override
            public byte[] getEncoded() {
                return new byte[] {0x30, 0x03, 0x02, 0x01, 0x00};
            }
        };
        assertThrows(IllegalArgumentException.class, () -> BcKeys.privateKey(garbledPrivate));
        assertThrows(IllegalArgumentException.class, () -> BcKeys.publicKey(new PublicKey() {
            private static final long serialVersionUID = 1L;

            @Override
            public String getAlgorithm() {
                return "RSA";
            }

            @Override
            public String getFormat() {
                return "X.509";
            }

            @Override
            public byte[] getEncoded() {
                byte[] good = TestKeys.rsa().getPublic().getEncoded();
                return java.util.Arrays.copyOf(good, good.length / 2);
            }
        }));
    }
}
