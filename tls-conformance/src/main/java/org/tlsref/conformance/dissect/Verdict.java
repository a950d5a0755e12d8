package org.tlsref.conformance.dissect;

import org.tlsref.api.TlsAlert;

/** Whether a TLS endpoint would accept the dissected input. */
public sealed interface Verdict {
    /** Every byte decoded and every rule checked passed. */
    record Accepted() implements Verdict {
    }

    /** An endpoint would send {@code alert.description()} as a fatal alert and close. */
    record Rejected(TlsAlert alert) implements Verdict {
    }
}
