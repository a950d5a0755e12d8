package org.tlsref.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report generator on a small fixed JMH JSON sample ({@code sample-jmh.json}). */
class ReportTest {
    @TempDir
    Path folder;

    static Path sample() throws URISyntaxException {
        return Path.of(ReportTest.class.getResource("sample-jmh.json").toURI());
    }

    @Test
    void writesTheMarkdownAndOnePngPerPayloadAndForHandshakes() throws Exception {
        Files.writeString(folder.resolve(Report.ENVIRONMENT), "kind=quick\ncpu=Test CPU 9000\ncores=2\n");
        Path report = Report.report(sample(), folder);
        String text = Files.readString(report, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("# tlsref benchmarks — JDK 17.0.15 (quick run: indicative only)"), text);
        assertTrue(text.contains("| cpu | Test CPU 9000 |"), "the CPU model");
        assertTrue(text.contains("| warm-up | 3 × 1 s |") && text.contains("| measurement | 5 × 1 s |")
                && text.contains("| forks | 2 |"), "the JMH settings");
        for (String chart : List.of("records-16384.png", "handshakes.png")) {
            assertTrue(Files.size(folder.resolve(chart)) > 1000, chart);
            assertTrue(text.contains("](" + chart + ")"), chart + " linked");
            byte[] signature = Arrays.copyOf(Files.readAllBytes(folder.resolve(chart)), 4);
            assertEquals("\u0089PNG", new String(signature, StandardCharsets.ISO_8859_1), chart + " is a PNG");
        }
    }

    @Test
    void recordRowsCarryMegabytesPerSecondRatiosAndBytes() throws Exception {
        String text = Files.readString(Report.report(sample(), folder), StandardCharsets.UTF_8);
        // 97,000 records/s of 16,384 bytes = 1,589 MB/s; 0.97 of the raw AEAD, 1.94 of SunJSSE.
        assertTrue(text.contains("| 16 KiB | tlsref, JCA | 1,589 | 16.4 | 0.97 | 1.94 | 0.5 |"), text);
        // Conscrypt: 2,767 B/op measured, 2,600 of them the feeding peer's.
        assertTrue(text.contains("| 16 KiB | Conscrypt | 1,311 | 8.2 | 0.80 | 1.60 | 167 |"), text);
        // JMH's "NaN" error prints as a dash.
        assertTrue(text.contains("| 16 KiB | SunJSSE | 819 | — | 0.50 | 1.00 | 5,556 |"), text);
        assertTrue(text.contains("| AES_128_GCM | 16 KiB | raw AEAD, JCA | seal | 3,277 |"), "one-direction rows");
        assertTrue(text.contains("| tlsref, JCA | no | 900 | 30.0 | 200,000 |"), "handshakes");
        assertTrue(text.contains("| chain validation (tls-crypto PathValidator) | — | 8,000 | 80.0 | 125.0 | 17,308 |"), text);
    }

    @Test
    void aFullRunsHandshakePartReplacesTheSameBenchmarksAndShowsItsSettings() throws Exception {
        Path json = folder.resolve("jmh.json");
        Files.copy(sample(), json);
        ArrayNode sample = (ArrayNode) new ObjectMapper().readTree(sample().toFile());
        ArrayNode handshakes = new ObjectMapper().createArrayNode();
        for (JsonNode entry : sample) {
            if (entry.path("benchmark").asText().endsWith("TlsrefHandshakeBenchmark.handshake")) {
                ObjectNode longer = entry.deepCopy();
                longer.put("warmupIterations", 5).put("warmupTime", "2 s");
                ((ObjectNode) longer.path("primaryMetric")).put("score", 1200.0);
                handshakes.add(longer);
            }
        }
        assertEquals(1, handshakes.size(), "the sample has one tlsref handshake row");
        new ObjectMapper().writeValue(folder.resolve(Report.HANDSHAKES).toFile(), handshakes);

        String text = Files.readString(Report.report(json, folder), StandardCharsets.UTF_8);
        assertTrue(text.contains("| tlsref, JCA | no | 1,200 |"), "the handshake part's figure: " + text);
        assertTrue(!text.contains("| tlsref, JCA | no | 900 |"), "the replaced figure is gone");
        assertTrue(text.contains("| SunJSSE | no | 600 |"), "rows only the first part has stay");
        assertTrue(text.contains("| warm-up | 3 × 1 s |") && text.contains("| warm-up, handshakes | 5 × 2 s |"),
                "both parts' settings");
    }

    @Test
    void resultsPageHoldsEachReportWithChartLinksRelativeToIt() throws Exception {
        Path run = folder.resolve("results/jdk17/full");
        Report.report(sample(), run);
        Path page = folder.resolve("RESULTS.md");
        Report.results(page, List.of(run, folder.resolve("results/jdk25/full")));
        String text = Files.readString(page, StandardCharsets.UTF_8);
        assertTrue(text.contains("](results/jdk17/full/records-16384.png)"), text);
        assertTrue(text.contains("## tlsref benchmarks — JDK 17.0.15"), "sections one level down");
        assertTrue(text.contains("_No report in "), "a missing run is named");
        assertTrue(!text.contains("Why targets are missed"), "no analysis without its file");
    }

    @Test
    void resultsPageStartsWithTheAnalysisWhenThereIsOne() throws Exception {
        Path run = folder.resolve("results/jdk17/full");
        Report.report(sample(), run);
        Files.writeString(folder.resolve(Report.ANALYSIS), "## Why targets are missed\n\nBecause.\n");
        Path page = folder.resolve("RESULTS.md");
        Report.results(page, List.of(run));
        String text = Files.readString(page, StandardCharsets.UTF_8);
        int analysis = text.indexOf("## Why targets are missed");
        assertTrue(analysis > 0 && analysis < text.indexOf("## tlsref benchmarks — JDK 17.0.15"), text);
    }

    private static final class Arrays {
        static byte[] copyOf(byte[] bytes, int length) {
            return java.util.Arrays.copyOf(bytes, length);
        }
    }

    @Test
    void jdkFeatureComesFromTheVersion() throws IOException, URISyntaxException {
        assertEquals(17, JmhRun.read(sample()).jdkFeature());
    }
}
