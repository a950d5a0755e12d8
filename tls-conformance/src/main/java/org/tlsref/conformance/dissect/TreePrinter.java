package org.tlsref.conformance.dissect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Prints {@link Node} trees as indented text or as JSON. */
public final class TreePrinter {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TreePrinter() {
    }

    /** Indented text, one field a line: {@code name: value}. */
    public static String text(List<Node> roots) {
        StringBuilder out = new StringBuilder();
        roots.forEach(root -> text(root, "", out));
        return out.toString();
    }

    private static void text(Node node, String indent, StringBuilder out) {
        out.append(indent).append(node.name());
        if (!node.value().isEmpty()) {
            out.append(": ").append(node.value());
        }
        out.append('\n');
        node.children().forEach(child -> text(child, indent + "  ", out));
    }

    /** JSON: each node is {@code {"name", "value", "children"}}. */
    public static String json(List<Node> roots) {
        ArrayNode array = JSON.createArrayNode();
        roots.forEach(root -> array.add(json(root)));
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(array);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot print JSON", e);
        }
    }

    private static JsonNode json(Node node) {
        ObjectNode object = JSON.createObjectNode();
        object.put("name", node.name());
        object.put("value", node.value());
        if (!node.children().isEmpty()) {
            ArrayNode children = object.putArray("children");
            node.children().forEach(child -> children.add(json(child)));
        }
        return object;
    }
}
