package org.tlsref.conformance.dissect;

import java.util.List;

/**
 * One line of an annotated tree: a field name, its value as printed (empty for a structure), and
 * the fields inside it.
 */
public record Node(String name, String value, List<Node> children) {
    /** Copies the children. */
    public Node {
        children = List.copyOf(children);
    }

    /** A field with a value and nothing inside. */
    public static Node leaf(String name, String value) {
        return new Node(name, value, List.of());
    }

    /** A structure. */
    public static Node branch(String name, String value, List<Node> children) {
        return new Node(name, value, children);
    }
}
