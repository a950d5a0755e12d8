package org.tlsref.crypto.asymmetric;

import java.util.Objects;
import java.util.function.Function;
import org.tlsref.api.codec.Bytes;
import org.tlsref.api.registry.NamedGroup;
import org.tlsref.crypto.KeyShare;
import org.tlsref.crypto.Secret;

/**
 * An initiator's key share (RFC 8446 §4.2.8) whose private half lives inside its agreement
 * function: each backend and group supplies only how to combine its private key with the peer's
 * value; the group and the public value are held here once.
 *
 * @param group the group
 * @param publicValue the key_exchange bytes to send
 * @param agreement the peer's key_exchange bytes to the shared secret, validating them
 */
public record PreparedShare(NamedGroup group, Bytes publicValue, Function<Bytes, Secret> agreement)
        implements KeyShare {
    /** Checks the components. */
    public PreparedShare {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(publicValue, "publicValue");
        Objects.requireNonNull(agreement, "agreement");
    }

    @Override
    public Secret agree(Bytes peerValue) {
        return agreement.apply(peerValue);
    }

    @Override
    public String toString() {
        return "PreparedShare[" + group + ", public " + publicValue.length() + " bytes]";
    }
}
