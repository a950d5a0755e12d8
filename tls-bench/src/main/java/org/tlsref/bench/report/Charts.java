package org.tlsref.bench.report;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.tlsref.bench.report.Catalog.HandshakeRow;
import org.tlsref.bench.report.Catalog.RecordRow;

/**
 * The report's bar charts, drawn by JFreeChart into PNG files (headless): record round-trip
 * throughput per payload size (one chart each, suites side by side, one bar per
 * implementation), and handshakes per second. Error bars are JMH's errors where known.
 */
public final class Charts {
    private static final int WIDTH = 1000;
    private static final int HEIGHT = 520;

    private Charts() {
    }

    /** A chart written: its file name (in the report's folder) and what it shows. */
    public record Chart(String fileName, String title) {
    }

    /** Writes every chart into {@code folder} and returns them in report order. */
    public static List<Chart> write(Catalog catalog, String subtitle, Path folder) throws IOException {
        System.setProperty("java.awt.headless", "true");
        List<Chart> charts = new ArrayList<>();
        List<Integer> payloads = catalog.records().stream().map(RecordRow::payload).distinct().toList();
        for (int payload : payloads) {
            DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
            for (RecordRow row : catalog.records()) {
                if (row.payload() == payload && row.operation().equals("roundTrip")) {
                    data.add(row.mbps(), errorOrZero(row.mbpsError()), row.implementation(), Targets.shortSuite(row.suite()));
                }
            }
            String title = "Record round trip, " + Targets.size(payload) + " of application data";
            String file = "records-" + payload + ".png";
            save(bars(title + " — " + subtitle, "suite", "MB/s (10^6 bytes of application data per second)", data),
                    folder.resolve(file));
            charts.add(new Chart(file, title));
        }
        if (!catalog.handshakes().isEmpty()) {
            DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
            for (HandshakeRow row : catalog.handshakes()) {
                String category = row.clientAuth().equals("NONE") ? "server authentication" : "with client authentication";
                data.add(row.rate(), errorOrZero(row.error()), row.implementation(), category);
            }
            String title = "Full TLS 1.3 handshakes per second (X25519, ECDSA P-256)";
            save(bars(title + " — " + subtitle, "", "handshakes per second", data), folder.resolve("handshakes.png"));
            charts.add(new Chart("handshakes.png", title));
        }
        return charts;
    }

    private static JFreeChart bars(String title, String categoryAxis, String valueAxis,
            DefaultStatisticalCategoryDataset data) {
        JFreeChart chart = ChartFactory.createBarChart(title, categoryAxis, valueAxis, data, PlotOrientation.VERTICAL,
                true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        StatisticalBarRenderer renderer = new StatisticalBarRenderer();
        renderer.setErrorIndicatorPaint(Color.DARK_GRAY);
        renderer.setDrawBarOutline(false);
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.02);
        plot.setRenderer(renderer);
        return chart;
    }

    private static void save(JFreeChart chart, Path file) throws IOException {
        ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
    }

    private static double errorOrZero(double error) {
        return Double.isNaN(error) ? 0 : error;
    }
}
