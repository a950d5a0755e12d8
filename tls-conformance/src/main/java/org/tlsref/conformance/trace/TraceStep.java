package org.tlsref.conformance.trace;

import java.util.List;
import java.util.Objects;
import org.tlsref.conformance.dissect.Node;

/**
 * One step of an annotated handshake trace.
 *
 * @param number the step's position in the trace, from 1
 * @param side who acts: the sender of a message, the endpoint that installs keys, verifies, sends
 *     or receives an alert
 * @param kind what the step reports
 * @param title the message name or a sentence ("server handshake traffic keys installed ...")
 * @param overview the step of the handshake overview this belongs to
 * @param details what the message offers or chooses, or what was checked, one node a fact
 * @param fields every field of the message as the dissector shows it; empty for other steps
 */
public record TraceStep(int number, Side side, StepKind kind, String title, Overview overview,
        List<Node> details, List<Node> fields) {

    /** Copies the lists; rejects nulls. */
    public TraceStep {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(overview, "overview");
        details = List.copyOf(details);
        fields = List.copyOf(fields);
    }

    /** {@code client -> server} for a message, else the side that acts. */
    public String actor() {
        return kind == StepKind.MESSAGE || kind == StepKind.CHANGE_CIPHER_SPEC
                ? side.label() + " -> " + side.peer().label() : side.label();
    }
}
