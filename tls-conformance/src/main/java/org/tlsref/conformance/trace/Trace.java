package org.tlsref.conformance.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.tlsref.conformance.dissect.Node;
import org.tlsref.engine.config.HandshakeListener;

/**
 * An annotated handshake trace: the steps reported by the {@link #listener listeners} of one or
 * both endpoints, numbered in the order they happened, and handed as they come to a live
 * consumer (the command line prints them at once). Thread-safe: a server's connections each have
 * their own trace, but an in-memory handshake may report from either side.
 */
public final class Trace {
    private final List<TraceStep> steps = new ArrayList<>();
    private final Consumer<TraceStep> live;

    /** A trace that only collects. */
    public Trace() {
        this(step -> { });
    }

    /** A trace that also hands each step to {@code live} as it is added. */
    public Trace(Consumer<TraceStep> live) {
        this.live = live;
    }

    /** A listener that reports what {@code side} does to this trace. */
    public HandshakeListener listener(Side side, Perspective perspective) {
        return new HandshakeTrace(this, side, perspective);
    }

    /** Adds a step with the next number and hands it to the live consumer. */
    public TraceStep add(Side side, StepKind kind, String title, Overview overview,
            List<Node> details, List<Node> fields) {
        TraceStep step;
        synchronized (steps) {
            step = new TraceStep(steps.size() + 1, side, kind, title, overview, details, fields);
            steps.add(step);
        }
        live.accept(step);
        return step;
    }

    /** Adds a step without message fields. */
    public TraceStep add(Side side, StepKind kind, String title, Overview overview,
            List<Node> details) {
        return add(side, kind, title, overview, details, List.of());
    }

    /** Every step so far, in order. */
    public List<TraceStep> steps() {
        synchronized (steps) {
            return List.copyOf(steps);
        }
    }
}
