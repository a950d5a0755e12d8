package org.tlsref.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tlsref.bench.report.Catalog.HandshakeRow;
import org.tlsref.bench.report.Catalog.RecordRow;
import org.tlsref.bench.report.Catalog.StepRow;

/**
 * The report as markdown: the run's environment and JMH settings, the targets, record
 * protection per suite (MB/s with error, ratio to the raw cipher and to SunJSSE, bytes per
 * record), one-direction rows, handshakes per second, handshake steps, the charts, and how to
 * read it all.
 */
public final class MarkdownReport {
    private final JmhRun run;
    private final Catalog catalog;
    private final Map<String, String> environment;
    private final List<Charts.Chart> charts;
    private final StringBuilder out = new StringBuilder();

    /**
     * A report of {@code run}; {@code environment} holds what JMH does not record (CPU, cores,
     * operating system, date, commit, run kind), as the launcher wrote it.
     */
    public MarkdownReport(JmhRun run, Map<String, String> environment, List<Charts.Chart> charts) {
        this.run = run;
        this.catalog = new Catalog(run);
        this.environment = environment;
        this.charts = charts;
    }

    /** The markdown text. */
    public String render() {
        String kind = environment.getOrDefault("kind", "");
        line("# tlsref benchmarks — JDK " + run.settings().getOrDefault("JDK", "?")
                + (kind.equals("quick") ? " (quick run: indicative only)" : kind.equals("full") ? " (full run)" : ""));
        line("");
        if (kind.equals("quick")) {
            line("> Short JMH settings on a possibly busy machine: the numbers show the shape, not the measurement.");
            line("> The full run (`./bench full`) is the measurement.");
            line("");
        }
        environment();
        targets();
        records();
        oneDirection();
        handshakes();
        steps();
        notes();
        return out.toString();
    }

    private void environment() {
        line("## Environment");
        line("");
        line("| | |");
        line("|---|---|");
        for (String key : List.of("cpu", "cores", "os", "date", "commit", "command")) {
            if (environment.containsKey(key)) {
                line("| " + key + " | " + environment.get(key) + " |");
            }
        }
        run.settings().forEach((key, value) -> line("| " + key + " | " + value + " |"));
        line("");
    }

    private void targets() {
        line("## Targets");
        line("");
        line("Reported, never asserted. Ratios compare MB/s of record round trips (or handshakes per second).");
        line("");
        line("| target | measured | met |");
        line("|---|---|---|");
        for (Targets.Target target : Targets.evaluate(catalog, run.jdkFeature())) {
            line("| " + target.goal() + " | " + target.measured() + " | " + target.verdict().text() + " |");
        }
        line("");
    }

    private void records() {
        line("## Record encryption: round trips");
        line("");
        line("One operation seals a record of *payload* bytes of application data and opens it. MB/s is 10^6 bytes of "
                + "application data per second; ± is JMH's 99.9% confidence half-width; × raw compares with the raw AEAD "
                + "of the same backend (JCA for the JSSE stacks); B/record is bytes allocated per round trip.");
        line("");
        for (String suite : catalog.suites()) {
            line("### " + suite);
            line("");
            line("| payload | implementation | MB/s | ± | × raw | × SunJSSE | B/record |");
            line("|---:|---|---:|---:|---:|---:|---:|");
            for (RecordRow row : catalog.records()) {
                if (row.suite().equals(suite) && row.operation().equals("roundTrip")) {
                    line("| " + Targets.size(row.payload()) + " | " + row.implementation() + " | " + mbps(row.mbps())
                            + " | " + mbps(row.mbpsError()) + " | " + ratio(row, catalog.rawCeiling(row)) + " | "
                            + ratio(row, catalog.roundTrip("SunJSSE", row.suite(), row.payload())) + " | "
                            + bytes(row.bytesPerRecord()) + " |");
                }
            }
            line("");
        }
        for (Charts.Chart chart : charts) {
            if (chart.fileName().startsWith("records-")) {
                line("![" + chart.title() + "](" + chart.fileName() + ")");
                line("");
            }
        }
    }

    private void oneDirection() {
        List<RecordRow> rows = catalog.records().stream().filter(r -> !r.operation().equals("roundTrip")).toList();
        if (rows.isEmpty()) {
            return;
        }
        line("## Record encryption: one direction");
        line("");
        line("| suite | payload | implementation | operation | MB/s | ± | × raw | B/record |");
        line("|---|---:|---|---|---:|---:|---:|---:|");
        for (RecordRow row : rows) {
            line("| " + Targets.shortSuite(row.suite()) + " | " + Targets.size(row.payload()) + " | " + row.implementation()
                    + " | " + row.operation() + " | " + mbps(row.mbps()) + " | " + mbps(row.mbpsError()) + " | "
                    + ratio(row, catalog.rawCeiling(row)) + " | " + bytes(row.bytesPerRecord()) + " |");
        }
        line("");
    }

    private void handshakes() {
        if (catalog.handshakes().isEmpty()) {
            return;
        }
        line("## Handshakes");
        line("");
        line("Full TLS 1.3 handshakes per second, in memory, one thread: X25519, TLS_AES_128_GCM_SHA256, the ECDSA P-256 "
                + "server certificate validated to the root; *client auth* adds the client's ECDSA P-256 certificate.");
        line("");
        line("| implementation | client auth | handshakes/s | ± | B/handshake |");
        line("|---|---|---:|---:|---:|");
        for (HandshakeRow row : catalog.handshakes()) {
            line("| " + row.implementation() + " | " + (row.clientAuth().equals("NONE") ? "no" : "required") + " | "
                    + number(row.rate()) + " | " + number(row.error()) + " | " + bytes(row.bytesPerHandshake()) + " |");
        }
        line("");
        charts.stream().filter(c -> c.fileName().equals("handshakes.png"))
                .forEach(c -> line("![" + c.title() + "](" + c.fileName() + ")\n"));
    }

    private void steps() {
        if (catalog.steps().isEmpty()) {
            return;
        }
        line("## Handshake steps (tls-crypto)");
        line("");
        line("Each cryptographic step of a handshake alone, on each tls-crypto backend. A server responds (X25519 key pair "
                + "and agreement) and signs; a client generates, agrees, verifies and validates the chain; each side hashes "
                + "the transcript (about 1.5 KB, five hashes taken) and runs the SHA-256 key schedule; each traffic key is "
                + "set up at both ends and protects a 1 KiB record. tlsref's FASTEST mix takes each algorithm from the "
                + "backend that is faster here.");
        line("");
        line("| step | backend | ops/s | ± | µs/op | B/op |");
        line("|---|---|---:|---:|---:|---:|");
        for (StepRow row : catalog.steps()) {
            line("| " + row.step() + " | " + row.backend() + " | " + number(row.rate()) + " | " + number(row.error()) + " | "
                    + String.format(Locale.ROOT, "%.1f", 1e6 / row.rate()) + " | " + bytes(row.bytesPerOperation()) + " |");
        }
        line("");
    }

    private void notes() {
        line("## How these were measured");
        line("");
        List<String> notes = new ArrayList<>(List.of(
                "Every implementation is checked in its JMH setup before it is measured (records round-trip, tampering is "
                        + "refused, raw AEAD records equal the other backend's byte for byte, handshakes complete with "
                        + "the expected suite and certificates); a failed check fails the benchmark instead of posting a number.",
                "Raw AEAD rows do exactly a TLS 1.3 record's cryptography: nonce = IV XOR sequence number (RFC 8446 §5.3), "
                        + "the 5-byte record header as additional data, the payload plus its content type byte as plaintext.",
                "SunJSSE and BC JSSE run engine to engine with the suite forced at both ends; heap buffers throughout.",
                "Conscrypt (BoringSSL) cannot be told which TLS 1.3 suite to use, so its server is measured on one engine, "
                        + "fed by a SunJSSE client that offers only the suite under test: per record it unwraps one and "
                        + "wraps one. The client's records are made outside the timing, and what the client allocated "
                        + "is subtracted from B/record.",
                "SunJSSE puts at most 16,383 bytes of data in a TLS 1.3 record (a 16 KiB payload takes two records) and "
                        + "pads its records; that is its real cost and is included.",
                "Bouncy Castle JSSE on its default crypto (JcaTlsCrypto over the JDK's providers) has no "
                        + "ChaCha20-Poly1305; where a row is missing, its benchmark failed its check (see the run's log).",
                "The JDK's AES-GCM allocates about 2 KB per seal plus open (tls-crypto/README.md), which shows in B/record "
                        + "of every row on the JCA backend."));
        for (String note : notes) {
            line("- " + note);
        }
        line("");
    }

    private static String ratio(RecordRow row, Optional<RecordRow> baseline) {
        return baseline.filter(b -> b.mbps() > 0)
                .map(b -> String.format(Locale.ROOT, "%.2f", row.mbps() / b.mbps())).orElse("—");
    }

    private static String mbps(double value) {
        if (Double.isNaN(value)) {
            return "—";
        }
        return String.format(Locale.ROOT, value >= 100 ? "%,.0f" : "%.1f", value);
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, value >= 100 ? "%,.0f" : "%.1f", value);
    }

    private static String bytes(Optional<Double> value) {
        return value.map(MarkdownReport::bytes).orElse("—");
    }

    /** Bytes, with a decimal below 10 so that a fraction of a byte does not read as one or zero. */
    static String bytes(double value) {
        return String.format(Locale.ROOT, value < 10 ? "%.1f" : "%,.0f", value);
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
