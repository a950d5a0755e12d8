package org.tlsref.conformance.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tlsref.conformance.dissect.Node;

/** Text and JSON forms of trace steps. */
class TracePrinterTest {
    private static final TraceStep HELLO = new TraceStep(1, Side.CLIENT, StepKind.MESSAGE,
            "ClientHello", Overview.CLIENT_HELLO,
            List.of(Node.leaf("random", "32 bytes 00"), Node.branch("list", "2 item(s)",
                    List.of(Node.leaf("[0]", "a"), Node.leaf("[1]", "b")))),
            List.of(Node.branch("client_hello(0x01)", "ClientHello",
                    List.of(Node.leaf("legacy_version", "TLSv1.2(0x0303)")))));

    @Test
    void textHasANumberedHeadlineAndIndentedDetails() {
        assertEquals("""
                  1. client -> server  ClientHello  [overview 1: client hello]
                      random: 32 bytes 00
                      list: 2 item(s)
                        [0]: a
                        [1]: b
                """, TracePrinter.text(HELLO, TracePrinter.Fields.SUMMARY));
    }

    @Test
    void textWithFieldsAddsTheDissectorsTree() {
        String text = TracePrinter.text(HELLO, TracePrinter.Fields.ALL);
        assertEquals(true, text.endsWith("""
                      fields
                        client_hello(0x01): ClientHello
                          legacy_version: TLSv1.2(0x0303)
                """), text);
    }

    @Test
    void aStepOutsideTheOverviewHasNoOverviewTag() {
        TraceStep step = new TraceStep(7, Side.SERVER, StepKind.KEYS, "keys", Overview.NONE,
                List.of(), List.of());
        assertEquals("  7. server            keys\n", TracePrinter.text(step, TracePrinter.Fields.ALL));
        assertFalse(TracePrinter.json(step).has("overview"));
        assertFalse(TracePrinter.json(step).has("from"));
    }

    @Test
    void jsonCarriesEveryPart() {
        JsonNode json = TracePrinter.json(List.of(HELLO)).get(0);
        assertEquals(1, json.get("step").asInt());
        assertEquals("message", json.get("kind").asText());
        assertEquals("client", json.get("side").asText());
        assertEquals("client", json.get("from").asText());
        assertEquals("server", json.get("to").asText());
        assertEquals("ClientHello", json.get("title").asText());
        assertEquals(1, json.at("/overview/bullet").asInt());
        assertEquals("client hello", json.at("/overview/words").asText());
        assertEquals("random", json.at("/details/0/name").asText());
        assertEquals("b", json.at("/details/1/children/1/value").asText());
        assertEquals("TLSv1.2(0x0303)", json.at("/fields/0/children/0/value").asText());
    }
}
