package dev.berth.engine.docker;

import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.model.ContainerNetwork;
import dev.berth.engine.ContainerSpec;
import dev.berth.engine.EngineException;
import java.util.Map;

/**
 * The create call's endpoint on the primary network. docker-java 3.7 builds it from aliases, addresses and
 * links only, and has no setter for the whole of it; a primary network with link-local addresses needs
 * the whole endpoint (as the reference sends it), and so does one with a MAC address (API 1.44 and later), so it is set on the command's own field.
 */
final class PrimaryEndpoint {
    private PrimaryEndpoint() {}

    /** Whether an endpoint has link-local or MAC addresses: the primary one must then be sent whole. */
    static boolean needsWhole(ContainerSpec.Endpoint primary) {
        return primary != null && (primary.linkLocalIps() != null && !primary.linkLocalIps().isEmpty()
                || primary.macAddress() != null && !primary.macAddress().isEmpty());
    }

    static void setWhole(CreateContainerCmd cmd, ContainerSpec spec, ContainerSpec.Endpoint primary,
                         ContainerNetwork endpoint) {
        if (spec.networkMode() != null || primary == null || !needsWhole(primary)) {
            return;
        }
        try {
            var field = cmd.getClass().getDeclaredField("networkingConfig");
            field.setAccessible(true);
            var config = new com.github.dockerjava.core.command.CreateContainerCmdImpl.NetworkingConfig()
                    .withEndpointsConfig(Map.of(primary.networkName(), endpoint));
            field.set(cmd, config);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new EngineException(EngineException.Reason.INVALID, "the first network's endpoint of "
                    + spec.name() + " cannot be sent by this engine client (" + e.getMessage() + ")");
        }
    }
}
