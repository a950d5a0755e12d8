package org.tlsref.bench.report;

import java.util.Map;
import java.util.Optional;

/**
 * One benchmark result from JMH's JSON: which benchmark with which parameters, its score
 * (operations per second here) with the 99.9% confidence half-width JMH calls the error (NaN
 * with fewer than two measurement iterations), and the secondary metrics (the GC profiler's,
 * auxiliary counters).
 *
 * @param benchmark the fully qualified method, {@code org.tlsref.bench.aead.RawAeadBenchmark.seal}
 * @param params the {@code @Param} values
 * @param score operations per second
 * @param error the score's error, NaN when unknown
 * @param secondary secondary metric name to its score
 */
public record Result(String benchmark, Map<String, String> params, double score, double error,
        Map<String, Double> secondary) {
    public Result {
        params = Map.copyOf(params);
        secondary = Map.copyOf(secondary);
    }

    /** The benchmark class's simple name, {@code RawAeadBenchmark}. */
    public String className() {
        String qualifiedClass = benchmark.substring(0, benchmark.lastIndexOf('.'));
        return qualifiedClass.substring(qualifiedClass.lastIndexOf('.') + 1);
    }

    /** The benchmark method, {@code seal}. */
    public String method() {
        return benchmark.substring(benchmark.lastIndexOf('.') + 1);
    }

    /** A parameter's value. */
    public Optional<String> param(String name) {
        return Optional.ofNullable(params.get(name));
    }

    /** A secondary metric. */
    public Optional<Double> metric(String name) {
        return Optional.ofNullable(secondary.get(name));
    }

    /**
     * Bytes allocated per operation by the code under test: the GC profiler's
     * {@code gc.alloc.rate.norm}, less what a feeding peer allocated outside the timing when the
     * benchmark counts it ({@code peerBytes}, a rate in the score's unit).
     */
    public Optional<Double> bytesPerOperation() {
        Optional<Double> norm = metric("gc.alloc.rate.norm");
        Optional<Double> peer = metric("peerBytes");
        if (norm.isPresent() && peer.isPresent() && score > 0) {
            return Optional.of(Math.max(0, norm.get() - peer.get() / score));
        }
        return norm;
    }
}
