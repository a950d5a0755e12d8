package org.tlsref.conformance.dissect;

import java.util.List;

/** The annotated tree of an input and the verdict a TLS endpoint would reach on it. */
public record Dissection(List<Node> nodes, Verdict verdict) {
    /** Copies the nodes. */
    public Dissection {
        nodes = List.copyOf(nodes);
    }

    /** True when an endpoint would accept the input. */
    public boolean accepted() {
        return verdict instanceof Verdict.Accepted;
    }
}
