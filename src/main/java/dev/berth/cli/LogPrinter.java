package dev.berth.cli;

import dev.berth.engine.EngineEvent.LogLine;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Prints log lines as {@code web-1  | text}, the prefix padded and coloured per service like the reference. */
final class LogPrinter {
    private static final String[] COLOURS = {"36", "33", "32", "35", "34", "96", "93", "92", "95", "94"};
    private final PrintStream out;
    private final List<String> services;
    private final boolean noPrefix;
    private final boolean colour;
    private int width;

    /** {@code colour}: see {@link dev.berth.cli.progress.ProgressSettings#logColours()} and the command's --no-color. */
    LogPrinter(PrintStream out, Collection<String> services, boolean noPrefix, boolean colour) {
        this.out = out;
        this.services = new ArrayList<>(services.stream().sorted().toList());
        this.noPrefix = noPrefix;
        this.colour = colour;
    }

    synchronized void print(LogLine line) {
        if (noPrefix) {
            out.println(line.text());
            return;
        }
        String prefix = prefix(line);
        width = Math.max(width, prefix.length());
        String padded = prefix + " ".repeat(width - prefix.length()) + "  | ";
        if (colour) {
            int i = Math.max(0, services.indexOf(line.serviceName()));
            padded = "\u001b[" + COLOURS[i % COLOURS.length] + "m" + padded + "\u001b[0m";
        }
        out.println(padded + line.text());
    }

    /**
     * A line about a container ({@code web-1 exited with code 0}), in the service's colour. On a terminal it
     * first clears the line like the reference; into a file or pipe that escape would only be noise.
     */
    synchronized void status(String serviceName, String containerName, String message) {
        String text = prefix(new LogLine(serviceName, containerName, false, null, "")) + " " + message;
        if (colour) {
            int i = Math.max(0, services.indexOf(serviceName));
            text = "\r\u001b[K\u001b[" + COLOURS[i % COLOURS.length] + "m" + text + "\u001b[0m";
        }
        out.println(text);
    }

    /**
     * The reference strips the project name: {@code webapp-db-1} → {@code db-1}. Only a name that ends in
     * {@code -<service>-<number>} is shortened, so a project name holding the service's name ({@code x1a-a-1}) does
     * not cut it short; a {@code container_name} stays whole.
     */
    static String prefix(LogLine line) {
        String name = line.containerName();
        String service = line.serviceName();
        int dash = name.lastIndexOf('-');
        if (service == null || dash < 0 || dash == name.length() - 1
                || !name.substring(dash + 1).chars().allMatch(Character::isDigit)) {
            return name;
        }
        String head = name.substring(0, dash);
        return head.endsWith("-" + service) ? name.substring(dash - service.length()) : name;
    }
}
