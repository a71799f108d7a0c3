package dev.berth.stack;

import java.util.List;
import java.util.Map;

/** Checks and filters every stack verb shares. */
final class Swarms {
    private Swarms() {}

    static Map<String, List<String>> stackFilter(String namespace) {
        return Map.of("label", List.of(ServiceConverter.NAMESPACE + "=" + namespace));
    }

    static Map<String, List<String>> allStacks() {
        return Map.of("label", List.of(ServiceConverter.NAMESPACE));
    }

    /** The docker CLI's words, and the command that fixes it. */
    static void requireManager(SwarmGateway swarm) {
        Doc info = swarm.info();
        if (!Boolean.TRUE.equals(info.get("Swarm", "ControlAvailable"))) {
            String state = info.string("Swarm", "LocalNodeState");
            String fix = state.equals("active")
                    ? "this node is a worker: run it against a manager (DOCKER_HOST), or promote it with \"docker node promote\""
                    : "run \"docker swarm init\" on this engine to make it a single-node swarm, or \"docker swarm join\" to join one";
            throw new StackException("this node is not a swarm manager. Use \"docker swarm init\" or \"docker swarm join\""
                    + " to connect this node to swarm and try again\n  hint: " + fix);
        }
    }
}
