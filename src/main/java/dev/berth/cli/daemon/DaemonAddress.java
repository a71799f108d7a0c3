package dev.berth.cli.daemon;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/**
 * Where the daemon of this Berth build listens, and how a client knows the daemon runs the same build.
 * The socket lives in a directory only this user can enter: {@code $BERTH_DAEMON_DIR}, else
 * {@code $XDG_RUNTIME_DIR/berth}, else {@code ~/.cache/berth}; its name depends on the jar's path, so an
 * installed Berth and a development build each have their own daemon.
 *
 * @param directory the socket's directory
 * @param code      the jar (or classes directory) this JVM runs
 * @param identity  code path, size and time, and the Java runtime: a rebuilt jar or another JDK never talks
 *                  to an old daemon
 */
public record DaemonAddress(Path directory, Path code, String identity) {

    public static DaemonAddress of(Map<String, String> environment) {
        return of(environment, codeLocation());
    }

    /** The address of the daemon that runs {@code code}: the thin client names the full jar it stands for. */
    public static DaemonAddress of(Map<String, String> environment, Path code) {
        return new DaemonAddress(directory(environment), code, identity(code));
    }

    public Path socket() {
        return directory.resolve("daemon-" + Integer.toHexString(code.toString().hashCode()) + ".sock");
    }

    public Path log() {
        return directory.resolve("daemon-" + Integer.toHexString(code.toString().hashCode()) + ".log");
    }

    /** Makes the directory, readable by this user only. */
    public void prepare() throws IOException {
        Files.createDirectories(directory);
        try {
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system: the user's home directory is the only protection there
        }
    }

    static Path directory(Map<String, String> environment) {
        String own = environment.get("BERTH_DAEMON_DIR");
        if (own != null && !own.isBlank()) {
            return Path.of(own);
        }
        String runtime = environment.get("XDG_RUNTIME_DIR");
        if (runtime != null && !runtime.isBlank()) {
            return Path.of(runtime, "berth");
        }
        return Path.of(System.getProperty("user.home"), ".cache", "berth");
    }

    static Path codeLocation() {
        try {
            return Path.of(DaemonAddress.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            return Path.of(System.getProperty("java.class.path", "berth"));
        }
    }

    static String identity(Path code) {
        String stamp;
        try {
            stamp = Files.isRegularFile(code) ? Files.size(code) + "@" + Files.getLastModifiedTime(code).toMillis() : "dir";
        } catch (IOException e) {
            stamp = "unknown";
        }
        return code + "|" + stamp + "|" + System.getProperty("java.home") + "|" + System.getProperty("java.runtime.version");
    }
}
