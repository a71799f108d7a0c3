package dev.berth.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Start-up measurement hook. With {@code -Dberth.reportFirstFrame=true} the time of the first frame
 * is printed to stderr; {@code -Dberth.exitAfterFirstFrame=true} also quits right after it, which
 * the installer uses for AOT training runs and timings. Without either property it does nothing.
 */
public final class FirstFrame {
    static final String EXIT = "berth.exitAfterFirstFrame";
    static final String REPORT = "berth.reportFirstFrame";

    private FirstFrame() {}

    /** Call once the scene is on a shown stage. */
    public static void watch(Scene scene) {
        boolean exit = Boolean.getBoolean(EXIT);
        if (!exit && !Boolean.getBoolean(REPORT)) {
            return;
        }
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            // The frame is rendered right after this pulse; run later so it has reached the screen.
            Platform.runLater(() -> {
                System.err.println(line(Instant.now()));
                if (exit) {
                    Platform.exit();
                }
            });
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    /** With either property set, prints when a step of the start-up ended: {@code berth: <what> at epoch-ms N}. */
    static void mark(String what) {
        if (Boolean.getBoolean(EXIT) || Boolean.getBoolean(REPORT)) {
            System.err.println("berth: " + what + " at epoch-ms " + System.currentTimeMillis());
        }
    }

    static String line(Instant now) {
        OptionalLong linux = sinceStartOnLinux();
        String sinceStart = linux.isPresent() ? linux.getAsLong() + " ms after process start"
                : ProcessHandle.current().info().startInstant()
                        .map(start -> Duration.between(start, now).toMillis() + " ms after process start")
                        .orElse("process start unknown");
        return "berth: first frame at epoch-ms " + now.toEpochMilli() + " (" + sinceStart + ")";
    }

    /**
     * Milliseconds since this process started, from the kernel's clock since boot (to 10 ms): the process's start in
     * /proc/self/stat against /proc/uptime. ProcessHandle's start time adds the boot time, which Linux gives to the
     * second only: on this machine its figures were 0.4 s too high.
     */
    static OptionalLong sinceStartOnLinux() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long startTicks = Long.parseLong(fields[22 - 3]); // field 22, starttime, in USER_HZ (100) ticks
            double uptime = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
            return OptionalLong.of(Math.round(uptime * 1000) - startTicks * 10);
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }
}
