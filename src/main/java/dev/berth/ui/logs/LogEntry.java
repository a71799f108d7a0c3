package dev.berth.ui.logs;

/** One log line as shown: its service (for the coloured prefix), container, stream and text (secrets masked). */
public record LogEntry(String serviceName, String containerName, boolean stderr, String text) {
    public String prefix() {
        return containerName == null ? serviceName : containerName;
    }
}
