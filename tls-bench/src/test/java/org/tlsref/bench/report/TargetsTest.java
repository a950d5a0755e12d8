package org.tlsref.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tlsref.bench.report.Targets.Target;
import org.tlsref.bench.report.Targets.Verdict;

/** Each target's verdict on the fixed sample; no timing, nothing asserted about real numbers. */
class TargetsTest {
    private static List<Target> targets(int jdk) throws Exception {
        return Targets.evaluate(new Catalog(JmhRun.read(ReportTest.sample())), jdk);
    }

    @Test
    void ratiosAgainstRawConscryptSunJsseAndBouncyCastleAreEvaluated() throws Exception {
        List<Target> targets = targets(17);
        assertEquals(6, targets.size());
        assertEquals(Verdict.MET, targets.get(0).verdict(), targets.get(0).measured());
        assertTrue(targets.get(0).measured().contains("lowest 97%"), targets.get(0).measured());
        assertEquals(Verdict.MET, targets.get(1).verdict(), "1.21× Conscrypt");
        assertTrue(targets.get(1).measured().contains("1.21×"), targets.get(1).measured());
        assertEquals(Verdict.MET, targets.get(2).verdict(), "1.94× SunJSSE ≥ 1.5× on JDK 17");
        assertEquals(Verdict.NOT_MEASURED, targets.get(3).verdict(), "no 1 KiB or 64-byte rows in the sample");
        assertEquals(Verdict.MET, targets.get(4).verdict(), "0.5 B per record counts as zero");
        assertEquals(Verdict.MET, targets.get(5).verdict(), "900/s against 420/s");
        assertEquals("2.14× (tlsref, JCA 900/s vs 420/s)", targets.get(5).measured());
    }

    @Test
    void jdk25AsksForMoreThanTwiceSunJsse() throws Exception {
        Target sun = targets(25).get(2);
        assertTrue(sun.goal().contains("> 2.0× SunJSSE at 16 KiB on JDK 25"), sun.goal());
        assertEquals(Verdict.NOT_MET, sun.verdict(), "1.94× is not above 2");
    }
}
