package dev.berth.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Lines of a benchmark report: medians, 90th percentiles and maxima of repeated measurements. */
final class Timings {
    private final StringBuilder text = new StringBuilder();

    void add(String what, long[] ns) {
        long[] s = ns.clone();
        Arrays.sort(s);
        text.append(String.format("%s: median %.1f ms, p90 %.1f ms, max %.1f ms, min %.1f ms (%d runs)%n", what,
                s[s.length / 2] / 1e6, s[(int) Math.min(s.length - 1, Math.round(s.length * 0.9))] / 1e6,
                s[s.length - 1] / 1e6, s[0] / 1e6, s.length));
    }

    void one(String what, long ns) {
        text.append(String.format("%s: %.1f ms%n", what, ns / 1e6));
    }

    void count(String what, long[] millionths) {
        long[] s = Arrays.stream(millionths).map(v -> v / 1_000_000).sorted().toArray();
        text.append(String.format("%s: median %d, max %d%n", what, s[s.length / 2], s[s.length - 1]));
    }

    void line(String s) {
        text.append(s).append('\n');
    }

    /** The resident set of this JVM (the test runner's, with TestFX) and its heap after a full collection. */
    void rss() throws Exception {
        System.gc();
        Thread.sleep(300);
        String rss = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS"))
                .findFirst().orElse("VmRSS: ?").replaceAll("\\s+", " ");
        Runtime r = Runtime.getRuntime();
        text.append(String.format("test JVM after all of the above: %s, heap used after GC %d MB%n", rss,
                (r.totalMemory() - r.freeMemory()) >> 20));
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
