package dev.berth.cli.daemon;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which command lines may run in the resident daemon. Only short, non-interactive commands go there:
 * anything that reads stdin ({@code -f -}), follows output until Ctrl-C (attached {@code up},
 * {@code logs -f}, {@code events}), talks to a container ({@code exec}, {@code run}) or asks a question ({@code rm}
 * without {@code -f}) runs in-process.
 */
public final class Routing {
    private static final Set<String> GLOBAL_WITH_VALUE = Set.of("-f", "--file", "-p", "--project-name", "--profile",
            "--env-file", "--project-directory", "--progress", "--ansi", "--parallel");
    private static final Set<String> ALWAYS = Set.of("config", "ps", "down", "start", "stop", "restart", "pause",
            "unpause", "kill", "rm", "create", "build", "pull", "images", "port", "top", "ls", "scale");
    private static final Set<String> OFF = Set.of("0", "false", "off", "no");

    private Routing() {}

    /** True when the daemon is not switched off with {@code BERTH_DAEMON=0}. */
    public static boolean enabled(Map<String, String> environment) {
        String value = environment.get("BERTH_DAEMON");
        return value == null || !OFF.contains(value.toLowerCase(java.util.Locale.ROOT));
    }

    /** True when this command line can run in the daemon with the same effect as in-process. */
    public static boolean forwardable(List<String> args) {
        int at = commandIndex(args);
        if (at == -2) {
            return false;
        }
        if (at < 0) {
            return args.contains("--version") || args.contains("-V");
        }
        List<String> rest = args.subList(at + 1, args.size());
        if (rest.contains("-")) {
            return false;
        }
        return switch (args.get(at)) {
            case "up" -> rest.contains("-d") || rest.contains("--detach") || rest.contains("--wait")
                    || rest.contains("--dry-run");
            case "logs" -> !rest.contains("-f") && !rest.contains("--follow");
            // without --force, rm asks on stdin, which the daemon does not have
            case "rm" -> rest.contains("--force") || rest.stream().anyMatch(a -> a.matches("-[a-zA-Z]*f[a-zA-Z]*"));
            // stack verbs ask nothing; deploy --detach=false waits as `up --wait` does; a file on stdin stays here
            case "stack" -> rest.stream().noneMatch(a -> a.equals("--compose-file=-") || a.equals("-c-"));
            default -> ALWAYS.contains(args.get(at));
        };
    }

    /** The subcommand's word ({@code up}, {@code ps}…), or "berth" when there is none. */
    static String command(List<String> args) {
        int at = commandIndex(args);
        return at >= 0 ? args.get(at) : "berth";
    }

    /** Index of the subcommand after the global flags; -1 when there is none, -2 when a file is stdin. */
    private static int commandIndex(List<String> args) {
        for (int at = 0; at < args.size(); at++) {
            String arg = args.get(at);
            if (GLOBAL_WITH_VALUE.contains(arg)) {
                if (at + 1 >= args.size() || args.get(at + 1).equals("-")) {
                    return -2;
                }
                at++;
            } else if (arg.equals("-f-") || arg.equals("--file=-")) {
                return -2;
            } else if (!arg.startsWith("-")) {
                return at;
            }
        }
        return -1;
    }
}
