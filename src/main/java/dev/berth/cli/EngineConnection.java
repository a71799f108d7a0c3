package dev.berth.cli;

import dev.berth.engine.ComposeEngine;
import dev.berth.engine.DockerComposeEngine;
import dev.berth.engine.docker.DockerJavaGateway;

/** Opens the engine facade on the caller's DOCKER_HOST (or the default socket). */
final class EngineConnection {
    private EngineConnection() {}

    static ComposeEngine open(Invocation caller) {
        // BERTH_TRACE in the caller's environment: each engine request on the caller's stderr
        boolean trace = caller.environment().containsKey("BERTH_TRACE");
        return new DockerComposeEngine(DockerJavaGateway.connect(caller.environment(), trace ? caller.err() : null));
    }
}
