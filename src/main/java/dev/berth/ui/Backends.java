package dev.berth.ui;

import dev.berth.engine.ComposeEngine;
import dev.berth.engine.DockerComposeEngine;
import dev.berth.engine.docker.DockerJavaGateway;
import java.util.Map;

/** The real loader and engine the window uses outside tests. */
public final class Backends {
    private Backends() {}

    /**
     * The loader, keeping its last load up to the profiles: a profile tick with no file changed on disk applies
     * the profiles again without reading and parsing the files ({@link dev.berth.compose.load.LastLoad}).
     */
    public static ProjectSource loader() {
        dev.berth.compose.load.LastLoad last = new dev.berth.compose.load.LastLoad();
        return new ProjectSource() {
            @Override
            public dev.berth.compose.load.LoadResult load(dev.berth.compose.load.LoadOptions options)
                    throws dev.berth.compose.load.LoadException {
                return last.load(options, dev.berth.compose.load.SourceTexts.disk(java.io.InputStream.nullInputStream()));
            }

            @Override
            public dev.berth.compose.load.LoadResult load(dev.berth.compose.load.LoadOptions options,
                    dev.berth.compose.load.SourceTexts texts) throws dev.berth.compose.load.LoadException {
                return last.load(options, texts);
            }
        };
    }

    /**
     * The Swarm the window's Swarm target deploys to: the manager at BERTH_SWARM_HOST, else the engine Compose uses
     * (DOCKER_HOST or the Docker context). Connected when the Swarm target is first used.
     */
    public static dev.berth.stack.StackEngine stacks(Map<String, String> environment) {
        Map<String, String> env = new java.util.HashMap<>(environment);
        String host = environment.get("BERTH_SWARM_HOST");
        if (host != null && !host.isBlank()) {
            env.put("DOCKER_HOST", host);
        }
        return new dev.berth.stack.StackEngine(dev.berth.engine.docker.SwarmCalls.connect(env,
                environment.containsKey("BERTH_TRACE") ? System.err : null));
    }

    /** The engine, or null when no Docker Engine answers (the window then only shows projects). */
    public static ComposeEngine engine(Map<String, String> environment) {
        try {
            return new DockerComposeEngine(DockerJavaGateway.connect(environment,
                    environment.containsKey("BERTH_TRACE") ? System.err : null));
        } catch (RuntimeException e) {
            System.getLogger("berth.ui").log(System.Logger.Level.WARNING, "no Docker Engine: " + e.getMessage());
            return null;
        }
    }
}
