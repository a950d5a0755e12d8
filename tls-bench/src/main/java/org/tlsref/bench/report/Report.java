package org.tlsref.bench.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The report generator, a plain main:
 *
 * <pre>
 * Report report  &lt;jmh.json&gt; &lt;folder&gt;               folder/report.md and folder/*.png from a JMH run;
 *                                                 reads folder/env.properties (CPU, cores, ...) if there
 * Report results &lt;RESULTS.md&gt; &lt;folder&gt;...           one page holding each folder's report.md,
 *                                                 its chart links made relative to the page
 * </pre>
 */
public final class Report {
    /** The hand-written analysis that {@link #results} puts before the runs' reports. */
    public static final String ANALYSIS = "results/analysis.md";

    /** The file the launcher writes beside the JSON: what JMH does not record. */
    public static final String ENVIRONMENT = "env.properties";

    private Report() {
    }

    /** Runs a command; exits 2 on a usage error. */
    public static void main(String[] args) throws IOException {
        if (args.length == 3 && args[0].equals("report")) {
            Path report = report(Path.of(args[1]), Path.of(args[2]));
            System.out.println("report: " + report);
        } else if (args.length >= 3 && args[0].equals("results")) {
            Path page = Path.of(args[1]);
            results(page, List.of(args).subList(2, args.length).stream().map(Path::of).toList());
            System.out.println("results: " + page);
        } else {
            System.err.println("usage: Report report <jmh.json> <folder> | Report results <RESULTS.md> <folder>...");
            System.exit(2);
        }
    }

    /** A full run's second part, beside its {@code jmh.json}: the handshakes, warmed up longer. */
    public static final String HANDSHAKES = "jmh-handshakes.json";

    /**
     * Writes {@code folder}/report.md and the charts from {@code json} and, when it lies beside
     * it, {@value #HANDSHAKES} (whose results replace those of the same benchmarks in
     * {@code json}); returns the report's path.
     */
    public static Path report(Path json, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path handshakes = json.toAbsolutePath().resolveSibling(HANDSHAKES);
        JmhRun run = Files.exists(handshakes) ? JmhRun.read(List.of(json, handshakes)) : JmhRun.read(json);
        Map<String, String> environment = environment(folder.resolve(ENVIRONMENT));
        String subtitle = "JDK " + run.settings().getOrDefault("JDK", "?") + ("quick".equals(environment.get("kind"))
                ? ", quick run (indicative)" : "");
        List<Charts.Chart> charts = Charts.write(new Catalog(run), subtitle, folder);
        Path report = folder.resolve("report.md");
        Files.writeString(report, new MarkdownReport(run, environment, charts).render(), StandardCharsets.UTF_8);
        return report;
    }

    /**
     * Writes {@code page} from the reports in {@code folders}, in order. When {@value #ANALYSIS}
     * exists beside the page, its text comes first: the generated reports say which targets are
     * met, the analysis (written by a person, from profiles) says why a missed one is missed.
     */
    public static void results(Path page, List<Path> folders) throws IOException {
        StringBuilder text = new StringBuilder("# tlsref benchmark results\n\n"
                + "The latest full runs (`./bench full`), one section per JDK. Each section is that run's "
                + "`report.md`, charts beside it.\n\n");
        Path base = page.toAbsolutePath().getParent();
        Path analysis = base.resolve(ANALYSIS);
        if (Files.exists(analysis)) {
            text.append(Files.readString(analysis, StandardCharsets.UTF_8).strip()).append("\n\n");
        }
        for (Path folder : folders) {
            Path report = folder.resolve("report.md");
            if (!Files.exists(report)) {
                text.append("_No report in ").append(folder).append(" yet._\n\n");
                continue;
            }
            String relative = base.relativize(folder.toAbsolutePath()).toString().replace('\\', '/');
            String body = Files.readString(report, StandardCharsets.UTF_8)
                    .replaceAll("(?m)^(#+) ", "#$1 ")
                    .replaceAll("\\]\\(((records|handshakes)[^)]*\\.png)\\)", "](" + relative + "/$1)");
            text.append(body).append('\n');
        }
        Files.writeString(page, text.toString(), StandardCharsets.UTF_8);
    }

    private static Map<String, String> environment(Path file) throws IOException {
        Map<String, String> environment = new LinkedHashMap<>();
        if (Files.exists(file)) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            properties.stringPropertyNames().forEach(key -> environment.put(key, properties.getProperty(key)));
        }
        return environment;
    }
}
