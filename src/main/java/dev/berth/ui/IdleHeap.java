package dev.berth.ui;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import java.util.Map;

/**
 * The window gives back the memory it no longer uses. By default the JVM keeps what loading a large
 * project took (300 MB and more of heap for 70 to 100 MB still in use, on a machine with much RAM) and
 * only collects when allocating. The window sets, unless the person set them: the heap keeps
 * 10-20 % free instead of 40-70 %, and after {@value #IDLE_MS} ms without a collection the collector
 * runs a concurrent cycle that returns free heap to the system. Flags the JVM does not have or lets no
 * one change at run time (another collector) are left alone.
 */
final class IdleHeap {
    static final int IDLE_MS = 5000;
    static final Map<String, String> FLAGS = Map.of(
            "MinHeapFreeRatio", "10",
            "MaxHeapFreeRatio", "20",
            "G1PeriodicGCInterval", String.valueOf(IDLE_MS));

    private IdleHeap() {}

    static void apply() {
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            // the lower bound first: the JVM refuses a maximum below the current minimum
            for (String name : new String[] {"MinHeapFreeRatio", "MaxHeapFreeRatio", "G1PeriodicGCInterval"}) {
                set(vm, name, FLAGS.get(name));
            }
        } catch (RuntimeException | LinkageError e) {
            System.getLogger("berth.ui").log(System.Logger.Level.DEBUG, "heap settings left as they are: " + e);
        }
    }

    private static void set(HotSpotDiagnosticMXBean vm, String name, String value) {
        try {
            VMOption now = vm.getVMOption(name);
            if (now.isWriteable() && now.getOrigin() == VMOption.Origin.DEFAULT) {
                vm.setVMOption(name, value);
            }
        } catch (IllegalArgumentException e) {
            System.getLogger("berth.ui").log(System.Logger.Level.DEBUG, name + " not set: " + e.getMessage());
        }
    }
}
