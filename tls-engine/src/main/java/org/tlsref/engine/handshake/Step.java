package org.tlsref.engine.handshake;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The result of one {@link HandshakeState#handle}: the next state and the effects to apply, in
 * order, before the next input is read.
 *
 * @param next the state that takes the next input
 * @param effects what the connection does, in order
 */
public record Step(HandshakeState next, List<Effect> effects) {
    /** Copies the effects; rejects a null state. */
    public Step {
        Objects.requireNonNull(next, "next");
        effects = List.copyOf(effects);
    }

    /** A step to {@code next} with no effect. */
    public static Step to(HandshakeState next) {
        return new Step(next, List.of());
    }

    /** This step with {@code effect} appended. */
    public Step then(Effect effect) {
        List<Effect> more = new ArrayList<>(effects);
        more.add(effect);
        return new Step(next, more);
    }
}
