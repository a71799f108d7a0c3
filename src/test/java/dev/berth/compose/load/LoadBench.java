package dev.berth.compose.load;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Warm in-process timing of loading a project (run by bench/config-bench.sh, not by the test suite):
 * {@code java -cp target/berth.jar:target/test-classes dev.berth.compose.load.LoadBench DIR [ROUNDS]}.
 */
public final class LoadBench {
    private LoadBench() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]).toAbsolutePath();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        LoadOptions options = new LoadOptions(List.of(), dir, null, null, List.of(), List.of(), System.getenv(), true,
                List.of());
        ProjectLoader loader = new ProjectLoader();
        int services = 0;
        for (int i = 0; i < 10; i++) {
            services = loader.load(options).project().services().size();
        }
        // CPU time too: on a shared machine the wall time mostly measures the other processes
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long[] times = new long[rounds];
        long[] cpuTimes = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            long startCpu = cpu.getCurrentThreadCpuTime();
            loader.load(options);
            times[i] = System.nanoTime() - start;
            cpuTimes[i] = cpu.getCurrentThreadCpuTime() - startCpu;
        }
        Arrays.sort(times);
        Arrays.sort(cpuTimes);
        System.out.printf("warm load of %d services: wall median %.1f ms (min %.1f), cpu median %.1f ms (min %.1f), %d rounds%n",
                services, times[rounds / 2] / 1e6, times[0] / 1e6, cpuTimes[rounds / 2] / 1e6, cpuTimes[0] / 1e6, rounds);
    }
}
