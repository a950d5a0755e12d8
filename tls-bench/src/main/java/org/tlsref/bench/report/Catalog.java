package org.tlsref.bench.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.tlsref.bench.jsse.JsseStack;

/**
 * Sorts a run's results into what the report shows: record protection (MB/s of application
 * data), handshakes per second, and the cost of each handshake step. Implementations are named
 * from the benchmark class and its {@code backend} or {@code stack} parameter, so a new
 * benchmark class following the same conventions (tlsref's {@code TlsrefRecordBenchmark},
 * {@code TlsrefHandshakeBenchmark}) appears without changes here.
 */
public final class Catalog {
    /** Whose record protection a row measures. */
    public enum Family {
        /** tlsref's record layer. */
        TLSREF,
        /** The raw AEAD ceiling. */
        RAW,
        /** A JSSE stack. */
        JSSE
    }

    /**
     * Record protection of one implementation, suite and payload.
     *
     * @param implementation the report's name for it
     * @param family whose it is
     * @param backend the tls-crypto backend ("JCA", "BC") for tlsref and raw rows, "" otherwise
     * @param operation seal, open or roundTrip (one seal and one open)
     * @param mbps application data in 10^6 bytes per second
     * @param mbpsError its error, NaN when unknown
     * @param bytesPerRecord bytes allocated per operation
     */
    public record RecordRow(String implementation, Family family, String backend, String operation, String suite,
            int payload, double mbps, double mbpsError, Optional<Double> bytesPerRecord) {
    }

    /** Full handshakes per second of one implementation, with or without client authentication. */
    public record HandshakeRow(String implementation, String clientAuth, double rate, double error,
            Optional<Double> bytesPerHandshake) {
    }

    /** Operations per second of one handshake step on one backend. */
    public record StepRow(String step, String backend, double rate, double error, Optional<Double> bytesPerOperation) {
    }

    private final List<RecordRow> records = new ArrayList<>();
    private final List<HandshakeRow> handshakes = new ArrayList<>();
    private final List<StepRow> steps = new ArrayList<>();

    /** The catalog of {@code run}. */
    public Catalog(JmhRun run) {
        for (Result result : run.results()) {
            add(result);
        }
        records.sort(Comparator.comparing(RecordRow::suite).thenComparing(r -> -r.payload())
                .thenComparing(RecordRow::family).thenComparing(RecordRow::implementation));
    }

    /** Record rows, by suite, payload (largest first), family. */
    public List<RecordRow> records() {
        return List.copyOf(records);
    }

    /** Handshake rows, in run order. */
    public List<HandshakeRow> handshakes() {
        return List.copyOf(handshakes);
    }

    /** Step rows, in run order. */
    public List<StepRow> steps() {
        return List.copyOf(steps);
    }

    /** The round-trip row of {@code implementation} for a suite and payload. */
    public Optional<RecordRow> roundTrip(String implementation, String suite, int payload) {
        return records.stream().filter(r -> r.operation().equals("roundTrip") && r.implementation().equals(implementation)
                && r.suite().equals(suite) && r.payload() == payload).findFirst();
    }

    /** The raw AEAD ceiling a row is compared with: its own backend's, JCA for the JSSE stacks. */
    public Optional<RecordRow> rawCeiling(RecordRow row) {
        String backend = row.backend().isEmpty() ? "JCA" : row.backend();
        return records.stream().filter(r -> r.family() == Family.RAW && r.backend().equals(backend)
                && r.operation().equals(row.operation()) && r.suite().equals(row.suite()) && r.payload() == row.payload())
                .findFirst();
    }

    /** Distinct values in row order. */
    public List<String> suites() {
        return records.stream().map(RecordRow::suite).distinct().toList();
    }

    private void add(Result result) {
        String className = result.className();
        if (className.equals("HandshakeStepBenchmark") || className.equals("ChainValidationBenchmark")) {
            String step = className.equals("ChainValidationBenchmark") ? "chain validation (tls-crypto PathValidator)"
                    : result.method();
            steps.add(new StepRow(step, result.param("backend").map(Catalog::backendName).orElse("—"),
                    result.score(), result.error(), result.bytesPerOperation()));
        } else if (className.endsWith("HandshakeBenchmark")) {
            handshakes.add(new HandshakeRow(implementation(result), result.param("clientAuth").orElse("NONE"),
                    result.score(), result.error(), result.bytesPerOperation()));
        } else if (result.param("payload").isPresent() && result.param("suite").isPresent()) {
            int payload = Integer.parseInt(result.param("payload").get());
            double perSecond = payload / 1e6;
            records.add(new RecordRow(implementation(result), family(className),
                    result.param("backend").map(Catalog::backendName).orElse(""), result.method(),
                    result.param("suite").get(), payload, result.score() * perSecond, result.error() * perSecond,
                    result.bytesPerOperation()));
        }
    }

    private static Family family(String className) {
        if (className.startsWith("RawAead")) {
            return Family.RAW;
        }
        return className.startsWith("Tlsref") ? Family.TLSREF : Family.JSSE;
    }

    /** The report's name for the implementation a result measures. */
    static String implementation(Result result) {
        String className = result.className();
        Optional<String> backend = result.param("backend").map(Catalog::backendName);
        if (className.startsWith("RawAead")) {
            return "raw AEAD, " + backend.orElse("?");
        }
        if (className.startsWith("Tlsref")) {
            return "tlsref" + backend.or(() -> result.param("crypto")).map(b -> ", " + b).orElse("");
        }
        if (className.startsWith("BcTls")) {
            return "BC TLS on BcTlsCrypto";
        }
        Optional<String> stack = result.param("stack").map(Catalog::stackName);
        String name = stack.orElse(className);
        if (className.startsWith("PeerFed") && !"Conscrypt".equals(name)) {
            return name + " (one engine)";
        }
        return name;
    }

    static String backendName(String backend) {
        return backend.equals("BOUNCY_CASTLE") ? "BC" : backend;
    }

    private static String stackName(String stack) {
        try {
            return JsseStack.valueOf(stack).label();
        } catch (IllegalArgumentException unknown) {
            return stack;
        }
    }
}
