package org.tlsref.conformance.trace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.tlsref.conformance.dissect.Node;
import org.tlsref.conformance.dissect.TreePrinter;

/**
 * Prints trace steps as indented text (one headline a step, its details below, printed by the
 * dissector's {@link TreePrinter}) or as a JSON array of step objects.
 */
public final class TracePrinter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INDENT = "      ";

    /** Whether the text shows each message's every field under its summary. */
    public enum Fields {
        /** Only the summary: what the message offers or chooses. */
        SUMMARY,
        /** The summary, then the dissector's tree of the message. */
        ALL
    }

    private TracePrinter() {
    }

    /**
     * One step as text: {@code  3. server -> client  ServerHello  [overview 2: server hello]}
     * and its details indented below.
     */
    public static String text(TraceStep step, Fields fields) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%3d. %-17s %s", step.number(), step.actor(), step.title()));
        if (step.overview() != Overview.NONE) {
            out.append("  [overview ").append(step.overview().bullet()).append(": ")
                    .append(step.overview().words()).append(']');
        }
        out.append('\n');
        indent(TreePrinter.text(step.details()), out);
        if (fields == Fields.ALL && !step.fields().isEmpty()) {
            indent(TreePrinter.text(List.of(Node.branch("fields", "", step.fields()))), out);
        }
        return out.toString();
    }

    /** The negotiated parameters under a heading, as text. */
    public static String text(String heading, List<Node> facts) {
        StringBuilder out = new StringBuilder(heading).append('\n');
        indent(TreePrinter.text(facts), out);
        return out.toString();
    }

    private static void indent(String text, StringBuilder out) {
        text.lines().forEach(line -> out.append(INDENT).append(line).append('\n'));
    }

    /** Every step as a JSON object; the message fields always included. */
    public static ArrayNode json(List<TraceStep> steps) {
        ArrayNode array = JSON.createArrayNode();
        steps.forEach(step -> array.add(json(step)));
        return array;
    }

    /** One step as JSON: number, side, from/to for messages, kind, title, overview, details. */
    public static ObjectNode json(TraceStep step) {
        ObjectNode object = JSON.createObjectNode();
        object.put("step", step.number());
        object.put("kind", step.kind().label());
        object.put("side", step.side().label());
        if (step.kind() == StepKind.MESSAGE || step.kind() == StepKind.CHANGE_CIPHER_SPEC) {
            object.put("from", step.side().label());
            object.put("to", step.side().peer().label());
        }
        object.put("title", step.title());
        if (step.overview() != Overview.NONE) {
            ObjectNode overview = object.putObject("overview");
            overview.put("bullet", step.overview().bullet());
            overview.put("words", step.overview().words());
        }
        object.set("details", tree(step.details()));
        if (!step.fields().isEmpty()) {
            object.set("fields", tree(step.fields()));
        }
        return object;
    }

    /** Nodes as the dissector's JSON: {@code [{"name", "value", "children"}]}. */
    public static JsonNode tree(List<Node> nodes) {
        try {
            return JSON.readTree(TreePrinter.json(nodes));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the dissector printed JSON that does not parse", e);
        }
    }

    /** Pretty-printed JSON text. */
    public static String pretty(JsonNode node) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot print JSON", e);
        }
    }
}
