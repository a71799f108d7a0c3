package dev.berth.engine.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.engine.EngineException;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One docker credential helper ({@code docker-credential-NAME}), found on the caller's PATH and run with the
 * caller's environment, speaking the helpers' protocol: {@code list} prints server to user name, {@code get}
 * reads a server on stdin and prints its user name and secret.
 */
final class CredentialHelper {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long TIMEOUT_SECONDS = 30;
    private static final String NOT_FOUND = "credentials not found in native keychain";

    private final String program;
    private final Map<String, String> env;

    CredentialHelper(String name, Map<String, String> env) {
        this.program = "docker-credential-" + name;
        this.env = env;
    }

    /** The servers this helper holds credentials for. */
    List<String> servers() {
        List<String> out = new ArrayList<>();
        run("list", "").fieldNames().forEachRemaining(out::add);
        return out;
    }

    /** A server's user name and secret: {@code [user, secret]}; the user {@code <token>} marks an identity token. */
    String[] get(String server) {
        JsonNode creds = run("get", server);
        return new String[] {creds.path("Username").asText(""), creds.path("Secret").asText("")};
    }

    /** As {@link #get}, or null when the helper holds nothing for the server (the protocol's "not found"). */
    String[] getIfAny(String server) {
        try {
            return get(server);
        } catch (dev.berth.engine.EngineException e) {
            if (e.getMessage().contains(NOT_FOUND)) {
                return null;
            }
            throw e;
        }
    }

    private JsonNode run(String verb, String input) {
        String what = verb.equals("list") ? "listing" : "getting";
        Path executable = locate(what);
        try {
            ProcessBuilder pb = new ProcessBuilder(executable.toString(), verb);
            pb.environment().clear();
            pb.environment().putAll(env);
            Process p = pb.start();
            p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            p.getErrorStream().transferTo(java.io.OutputStream.nullOutputStream());
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw failed(what, "timed out after " + TIMEOUT_SECONDS + " s", "");
            }
            if (p.exitValue() != 0) {
                // a helper prints its reason on stdout; it holds no secret when the call failed
                throw failed(what, "exit status " + p.exitValue(), new String(out, StandardCharsets.UTF_8).strip());
            }
            return JSON.readTree(out);
        } catch (IOException e) {
            throw failed(what, e.getMessage(), "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed(what, "interrupted", "");
        }
    }

    private Path locate(String what) {
        for (String dir : env.getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw failed(what, "exec: \"" + program + "\": executable file not found in $PATH", "");
    }

    /** In the words of the docker CLI's credential client. */
    private static EngineException failed(String what, String err, String out) {
        return new EngineException(EngineException.Reason.INVALID, "resolving credentials failed: error " + what
                + " credentials - err: " + err + ", out: `" + out + "`");
    }
}
