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
 * one change at run time (another collector) are left alone. The C library keeps what the JVM's compilers,
 * JavaFX and the loader freed (20-30 MB at 200 services): after a collection the window asks it to give that back
 * ({@code System.trim_native_heap}), unless the JVM already trims ({@code -XX:TrimNativeHeapInterval}).
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
        trimAfterCollections();
    }

    /** Every {@value #IDLE_MS} ms on a daemon thread: when a collection ran since the last look, trims the C heap. */
    private static void trimAfterCollections() {
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (!"0".equals(vm.getVMOption("TrimNativeHeapInterval").getValue())) {
                return;
            }
        } catch (IllegalArgumentException e) {
            return; // a JVM without the trim
        }
        long[] seen = {-1};
        Thread.ofPlatform().daemon().name("berth-native-trim").start(() -> {
            while (true) {
                try {
                    Thread.sleep(IDLE_MS);
                } catch (InterruptedException e) {
                    return;
                }
                long collections = ManagementFactory.getGarbageCollectorMXBeans().stream()
                        .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionCount).sum();
                if (collections != seen[0] && !trim()) {
                    return;
                }
                seen[0] = collections;
            }
        });
    }

    private static boolean trim() {
        try {
            ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"),
                    "systemTrimNativeHeap", new Object[] {new String[0]}, new String[] {String[].class.getName()});
            return true;
        } catch (javax.management.JMException | RuntimeException e) {
            System.getLogger("berth.ui").log(System.Logger.Level.DEBUG, "no native heap trim: " + e);
            return false;
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
