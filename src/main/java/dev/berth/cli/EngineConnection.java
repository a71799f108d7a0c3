package dev.berth.cli;

import dev.berth.engine.ComposeEngine;
import dev.berth.engine.DockerComposeEngine;
import dev.berth.engine.docker.DockerJavaGateway;

/** Opens the engine facade on DOCKER_HOST (or the default socket). */
final class EngineConnection {
    private EngineConnection() {}

    static ComposeEngine open() {
        return new DockerComposeEngine(DockerJavaGateway.connect(Invocation.current().environment()));
    }
}
