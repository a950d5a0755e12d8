package org.tlsref.crypto;

import org.tlsref.api.codec.Bytes;

/**
 * The responder's half (the TLS 1.3 server): the key_exchange bytes to send back — its own public
 * value for (EC)DHE, the encapsulation for ML-KEM, both concatenated for a hybrid — and the
 * shared secret.
 */
public record KeyShareResponse(Bytes publicValue, Secret sharedSecret) {
}
