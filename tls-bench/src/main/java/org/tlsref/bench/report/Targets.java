package org.tlsref.bench.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.tlsref.bench.report.Catalog.Family;
import org.tlsref.bench.report.Catalog.HandshakeRow;
import org.tlsref.bench.report.Catalog.RecordRow;

/**
 * The performance targets, each evaluated on a run: the measured ratio and whether it
 * is met. Targets are reported, never asserted; one that the run has no data for says so.
 */
public final class Targets {
    /** A target's verdict. */
    public enum Verdict {
        MET("yes"), NOT_MET("**no**"), NOT_MEASURED("not measured");

        private final String text;

        Verdict(String text) {
            this.text = text;
        }

        /** How the report prints it. */
        public String text() {
            return text;
        }
    }

    /** One target: what it asks, what was measured, and the verdict. */
    public record Target(String goal, String measured, Verdict verdict) {
    }

    /** Bytes per record below which allocation counts as zero (the GC profiler's resolution). */
    static final double ZERO_BYTES = 1.0;
    private static final int LARGE = 16384;
    private static final String SUN_JSSE = "SunJSSE";
    private static final String CONSCRYPT = "Conscrypt";
    private static final String BC_OWN_CRYPTO = "BC TLS on BcTlsCrypto";

    private Targets() {
    }

    /** Every target on {@code catalog}, from a run on JDK {@code jdkFeature}. */
    public static List<Target> evaluate(Catalog catalog, int jdkFeature) {
        List<Target> targets = new ArrayList<>();
        targets.add(ofRaw(catalog));
        targets.add(versus(catalog, CONSCRYPT, List.of(LARGE), 1.0, true,
                "tlsref ahead of Conscrypt at 16 KiB, every suite"));
        double sunFactor = jdkFeature >= 25 ? 2.0 : 1.5;
        targets.add(versus(catalog, SUN_JSSE, List.of(LARGE), sunFactor, jdkFeature >= 25,
                String.format(Locale.ROOT, "tlsref %s %.1f× SunJSSE at 16 KiB on JDK %d, every suite",
                        jdkFeature >= 25 ? ">" : "≥", sunFactor, jdkFeature)));
        targets.add(versus(catalog, SUN_JSSE, List.of(1024, 64), 1.5, false,
                "tlsref ≥ 1.5× SunJSSE at 1 KiB and 64 bytes, every suite"));
        targets.add(zeroAllocation(catalog));
        targets.add(handshakes(catalog));
        return targets;
    }

    private static Target ofRaw(Catalog catalog) {
        String goal = "tlsref record layer ≥ 95% of its backend's raw AEAD at 16 KiB, every suite";
        List<String> parts = new ArrayList<>();
        double worst = Double.POSITIVE_INFINITY;
        for (RecordRow row : tlsref(catalog, LARGE)) {
            Optional<RecordRow> raw = catalog.rawCeiling(row);
            if (raw.isPresent()) {
                double ratio = row.mbps() / raw.get().mbps();
                worst = Math.min(worst, ratio);
                parts.add(String.format(Locale.ROOT, "%s %s %.0f%%", row.backend(), shortSuite(row.suite()), 100 * ratio));
            }
        }
        if (parts.isEmpty()) {
            return new Target(goal, "no tlsref record-layer results in this run", Verdict.NOT_MEASURED);
        }
        return new Target(goal, String.format(Locale.ROOT, "lowest %.0f%% (%s)", 100 * worst, String.join(", ", parts)),
                worst >= 0.95 ? Verdict.MET : Verdict.NOT_MET);
    }

    private static Target versus(Catalog catalog, String other, List<Integer> payloads, double factor,
            boolean strictlyAbove, String goal) {
        List<String> parts = new ArrayList<>();
        double worst = Double.POSITIVE_INFINITY;
        for (String suite : catalog.suites()) {
            for (int payload : payloads) {
                OptionalDouble best = bestTlsref(catalog, suite, payload);
                Optional<RecordRow> baseline = catalog.roundTrip(other, suite, payload);
                if (best.isPresent() && baseline.isPresent()) {
                    double ratio = best.getAsDouble() / baseline.get().mbps();
                    worst = Math.min(worst, ratio);
                    parts.add(String.format(Locale.ROOT, "%s %s %.2f×", shortSuite(suite), size(payload), ratio));
                }
            }
        }
        if (parts.isEmpty()) {
            return new Target(goal, "needs tlsref and " + other + " round trips in the same run", Verdict.NOT_MEASURED);
        }
        boolean met = strictlyAbove ? worst > factor : worst >= factor;
        return new Target(goal, String.format(Locale.ROOT, "lowest %.2f× (%s)", worst, String.join(", ", parts)),
                met ? Verdict.MET : Verdict.NOT_MET);
    }

    private static Target zeroAllocation(Catalog catalog) {
        String goal = "zero bytes allocated per record in steady state (tlsref, round trips)";
        List<RecordRow> rows = catalog.records().stream().filter(r -> r.family() == Family.TLSREF
                && r.operation().equals("roundTrip") && r.bytesPerRecord().isPresent()).toList();
        if (rows.isEmpty()) {
            return new Target(goal, "no tlsref record-layer results with the GC profiler in this run", Verdict.NOT_MEASURED);
        }
        RecordRow worst = rows.get(0);
        for (RecordRow row : rows) {
            if (row.bytesPerRecord().get() > worst.bytesPerRecord().get()) {
                worst = row;
            }
        }
        double total = worst.bytesPerRecord().get();
        double raw = catalog.rawCeiling(worst).flatMap(RecordRow::bytesPerRecord).orElse(Double.NaN);
        String measured = String.format(Locale.ROOT, "most: %s B per %s (%s, %s, %s); the raw AEAD alone: %s B",
                MarkdownReport.bytes(total), worst.operation(), worst.implementation(), shortSuite(worst.suite()),
                size(worst.payload()), Double.isNaN(raw) ? "—" : MarkdownReport.bytes(raw));
        return new Target(goal, measured, total <= ZERO_BYTES ? Verdict.MET : Verdict.NOT_MET);
    }

    private static Target handshakes(Catalog catalog) {
        String goal = "tlsref handshakes/s ≥ 1.5× BC on its own crypto (BcTlsCrypto), no client auth";
        Optional<HandshakeRow> best = catalog.handshakes().stream().filter(h -> h.implementation().startsWith("tlsref")
                && h.clientAuth().equals("NONE")).max(Comparator.comparingDouble(HandshakeRow::rate));
        Optional<HandshakeRow> bc = catalog.handshakes().stream().filter(h -> h.implementation().equals(BC_OWN_CRYPTO)
                && h.clientAuth().equals("NONE")).findFirst();
        if (best.isEmpty() || bc.isEmpty()) {
            return new Target(goal, "needs tlsref and " + BC_OWN_CRYPTO + " handshakes in the same run", Verdict.NOT_MEASURED);
        }
        double ratio = best.get().rate() / bc.get().rate();
        return new Target(goal, String.format(Locale.ROOT, "%.2f× (%s %.0f/s vs %.0f/s)", ratio, best.get().implementation(),
                best.get().rate(), bc.get().rate()), ratio >= 1.5 ? Verdict.MET : Verdict.NOT_MET);
    }

    private static List<RecordRow> tlsref(Catalog catalog, int payload) {
        return catalog.records().stream().filter(r -> r.family() == Family.TLSREF && r.operation().equals("roundTrip")
                && r.payload() == payload).toList();
    }

    private static OptionalDouble bestTlsref(Catalog catalog, String suite, int payload) {
        return tlsref(catalog, payload).stream().filter(r -> r.suite().equals(suite)).mapToDouble(RecordRow::mbps).max();
    }

    /** {@code AES_128_GCM} for {@code TLS_AES_128_GCM_SHA256}. */
    static String shortSuite(String suite) {
        return suite.replaceFirst("^TLS_", "").replaceFirst("_SHA(256|384)$", "");
    }

    /** {@code 16 KiB}, {@code 1 KiB}, {@code 64 B}. */
    static String size(int payload) {
        return payload >= 1024 && payload % 1024 == 0 ? payload / 1024 + " KiB" : payload + " B";
    }
}
