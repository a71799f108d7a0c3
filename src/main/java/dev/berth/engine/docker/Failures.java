package dev.berth.engine.docker;

import com.github.dockerjava.api.exception.BadRequestException;
import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import dev.berth.engine.EngineException;
import dev.berth.engine.EngineException.Reason;
import java.io.IOException;

/** Turns docker-java exceptions into typed {@link EngineException}s: by exception type, never by message text. */
final class Failures {
    private Failures() {}

    static EngineException of(String what, RuntimeException e, String host) {
        if (e instanceof EngineException engine) {
            return engine;
        }
        if (e instanceof NotFoundException) {
            return new EngineException(Reason.NOT_FOUND, what + ": " + daemonMessage(e), e);
        }
        if (e instanceof ConflictException) {
            return new EngineException(Reason.CONFLICT, what + ": " + daemonMessage(e), e);
        }
        if (e instanceof BadRequestException) {
            return new EngineException(Reason.INVALID, what + ": " + daemonMessage(e), e);
        }
        if (e instanceof DockerException) {
            return new EngineException(Reason.ENGINE_ERROR, what + ": " + daemonMessage(e), e);
        }
        if (causedByIo(e)) {
            return DockerConnection.unreachable(host, e);
        }
        return new EngineException(Reason.ENGINE_ERROR, what + ": " + e.getMessage(), e);
    }

    /** docker-java puts "Status 409: {"message":"..."}" in the message; keep only the daemon's sentence. */
    static String daemonMessage(RuntimeException e) {
        String m = String.valueOf(e.getMessage()).trim();
        int i = m.indexOf("\"message\":\"");
        if (i >= 0) {
            int end = m.lastIndexOf("\"}");
            m = m.substring(i + 11, end > i ? end : m.length());
        }
        return m.replace("\\\"", "\"").replace("\\n", " ").trim();
    }

    private static boolean causedByIo(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }
}
