package org.tlsref.crypto;

import java.security.PrivateKey;
import java.security.PublicKey;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.ProtocolVersion;

/** TLS 1.2 RSA key transport of the premaster secret (RFC 5246 §7.4.7.1), PKCS #1 v1.5. */
public interface RsaKeyTransport {
    /** The client: encrypts the 48-byte premaster secret to the server's key. */
    Bytes encrypt(PublicKey serverKey, Secret premasterSecret, RandomSource random);

    /**
     * The server: decrypts with implicit rejection. On any padding, length or version failure it
     * returns a random 48-byte premaster secret, with no exception and no early return that
     * depends on the padding (RFC 5246 §7.4.7.1).
     *
     * @param clientVersion the version the ClientHello offered, which the premaster must start with
     */
    Secret decrypt(PrivateKey serverKey, Bytes encrypted, ProtocolVersion clientVersion,
            RandomSource random);
}
