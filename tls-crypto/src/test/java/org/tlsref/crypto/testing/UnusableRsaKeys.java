package org.tlsref.crypto.testing;

import java.math.BigInteger;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;

/**
 * RSA keys that pass tlsref's own key checks but that no provider can use: a 256-bit modulus
 * (below the JDK's minimum) and no encoding (so Bouncy Castle cannot read them either).
 */
public final class UnusableRsaKeys {
    private static final BigInteger MODULUS = BigInteger.ONE.shiftLeft(255).add(BigInteger.ONE);

    private UnusableRsaKeys() {
    }

    /** The public half. */
    public static RSAPublicKey publicKey() {
        return new RSAPublicKey() {
            private static final long serialVersionUID = 1L;

            @Override
            public BigInteger getPublicExponent() {
                return BigInteger.valueOf(65537);
            }

            @Override
            public BigInteger getModulus() {
                return MODULUS;
            }

            @Override
            public String getAlgorithm() {
                return "RSA";
            }

            @Override
            public String getFormat() {
                return null;
            }

            @Override
            public byte[] getEncoded() {
                return null;
            }
        };
    }

    /** The private half. */
    public static RSAPrivateKey privateKey() {
        return new RSAPrivateKey() {
            private static final long serialVersionUID = 1L;

            @Override
            public BigInteger getPrivateExponent() {
                return BigInteger.valueOf(3);
            }

            @Override
            public BigInteger getModulus() {
                return MODULUS;
            }

            @Override
            public String getAlgorithm() {
                return "RSA";
            }

            @Override
            public String getFormat() {
                return null;
            }

            @Override
            public byte[] getEncoded() {
                return null;
            }
        };
    }
}
