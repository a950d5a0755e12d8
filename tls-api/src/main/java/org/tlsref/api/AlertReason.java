package org.tlsref.api;

import org.tlsref.api.registry.AlertDescription;

/**
 * Why a TLS endpoint fails, and the alert that failure sends.
 *
 * <p>Each module owns an enum of reasons ({@link DecodeFailure} here); each constant declares its
 * {@link AlertDescription} once and cites, in its Javadoc, the RFC rule that chose it.
 */
public interface AlertReason {
    /** The alert sent to the peer for this reason. */
    AlertDescription description();

    /** The reason's constant name, for traces and assertions. */
    String name();
}
