package org.tlsref.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JMH run as its JSON output ({@code -rf json}) records it: the results, and the settings
 * and JVM of the run (taken from the first result; a run uses one JVM and one set of settings
 * unless an annotation overrode them, which the benchmarks here do not).
 *
 * @param results every result, in file order
 * @param settings the run's settings, in report order: JMH, JDK, VM, forks, warm-up, measurement
 */
public record JmhRun(List<Result> results, Map<String, String> settings) {
    public JmhRun {
        results = List.copyOf(results);
        settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }

    /** Reads {@code file}. */
    public static JmhRun read(Path file) throws IOException {
        return parse(new ObjectMapper().readTree(file.toFile()));
    }

    /**
     * Reads a run made of parts, each its own JMH invocation ({@code ./bench full} measures the
     * handshakes apart, with a longer warm-up): the results of all parts, where a later part's
     * result replaces an earlier one of the same benchmark and parameters; the settings of the
     * first part, plus each later part's warm-up and measurement under its name
     * ({@code jmh-handshakes.json} gives "warm-up, handshakes").
     */
    public static JmhRun read(List<Path> parts) throws IOException {
        Map<String, Result> results = new LinkedHashMap<>();
        Map<String, String> settings = new LinkedHashMap<>();
        for (Path part : parts) {
            JmhRun run = read(part);
            run.results().forEach(result -> results.put(result.benchmark() + new java.util.TreeMap<>(result.params()), result));
            if (settings.isEmpty()) {
                settings.putAll(run.settings());
            } else {
                String name = part.getFileName().toString().replaceFirst("^jmh-", "").replaceFirst("\\.json$", "");
                for (String key : List.of("forks", "warm-up", "measurement")) {
                    settings.put(key + ", " + name, run.settings().getOrDefault(key, "?"));
                }
            }
        }
        return new JmhRun(new ArrayList<>(results.values()), settings);
    }

    /** Parses JMH's JSON array. */
    public static JmhRun parse(JsonNode root) {
        List<Result> results = new ArrayList<>();
        Map<String, String> settings = new LinkedHashMap<>();
        for (JsonNode entry : root) {
            if (settings.isEmpty()) {
                settings.put("JMH", entry.path("jmhVersion").asText());
                settings.put("JDK", entry.path("jdkVersion").asText());
                settings.put("VM", entry.path("vmName").asText() + " " + entry.path("vmVersion").asText());
                settings.put("forks", entry.path("forks").asText());
                settings.put("warm-up", entry.path("warmupIterations").asText() + " × " + entry.path("warmupTime").asText());
                settings.put("measurement", entry.path("measurementIterations").asText() + " × "
                        + entry.path("measurementTime").asText());
                settings.put("threads", entry.path("threads").asText());
            }
            results.add(result(entry));
        }
        return new JmhRun(results, settings);
    }

    /** The JDK's feature release, 17 for {@code 17.0.15}; 0 when unknown. */
    public int jdkFeature() {
        String version = settings.getOrDefault("JDK", "");
        String digits = version.split("[^0-9]", 2)[0];
        return digits.isEmpty() ? 0 : Integer.parseInt(digits);
    }

    private static Result result(JsonNode entry) {
        Map<String, String> params = new LinkedHashMap<>();
        entry.path("params").fields().forEachRemaining(field -> params.put(field.getKey(), field.getValue().asText()));
        JsonNode primary = entry.path("primaryMetric");
        Map<String, Double> secondary = new LinkedHashMap<>();
        entry.path("secondaryMetrics").fields().forEachRemaining(field ->
                secondary.put(field.getKey(), number(field.getValue().path("score"))));
        return new Result(entry.path("benchmark").asText(), params, number(primary.path("score")),
                number(primary.path("scoreError")), secondary);
    }

    /** A number that JMH may write as the string "NaN". */
    private static double number(JsonNode node) {
        if (node.isNumber()) {
            return node.asDouble();
        }
        try {
            return Double.parseDouble(node.asText());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
