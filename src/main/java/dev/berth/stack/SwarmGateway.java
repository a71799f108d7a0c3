package dev.berth.stack;

import java.util.List;
import java.util.Map;

/**
 * The Swarm part of the Engine API that stacks need, one call each. Objects come back as the engine's JSON read into
 * plain maps and lists ({@link Doc} reads them); specs go out the same way. Implemented in dev.berth.engine.docker.
 */
public interface SwarmGateway {
    /** {@code GET /info}: Swarm.LocalNodeState, Swarm.ControlAvailable, Swarm.Nodes... */
    Doc info();

    List<Doc> services(Map<String, List<String>> filters);

    /** {@code POST /services/create}; returns the answer (ID, Warnings). */
    Doc createService(Map<String, Object> spec, String registryAuth);

    /** {@code POST /services/{id}/update}; returns the answer (Warnings). */
    Doc updateService(String id, long version, Map<String, Object> spec, String registryAuth);

    void removeService(String id);

    /**
     * {@code POST /services/{id}/update?rollback=previous} with the service's current spec, as {@code docker service
     * rollback} sends it: the engine puts back its PreviousSpec.
     */
    Doc rollbackService(String id, long version, Map<String, Object> spec);

    /**
     * Follows the engine's events of services, nodes and this node's containers (healthcheck execs left out) on a
     * thread of its own: {@code onEvent} gets each one's type and action. Closing the answer ends it.
     */
    AutoCloseable events(java.util.function.BiConsumer<String, String> onEvent);

    List<Doc> tasks(Map<String, List<String>> filters);

    List<Doc> nodes();

    List<Doc> networks(Map<String, List<String>> filters);

    /** The network named {@code name}, or null. */
    Doc network(String name);

    void createNetwork(Map<String, Object> body);

    void removeNetwork(String id);

    /** kind is "secrets" or "configs". */
    List<Doc> objects(String kind, Map<String, List<String>> filters);

    /** Creates a secret or config; returns its ID. */
    String createObject(String kind, Map<String, Object> spec);

    void removeObject(String kind, String id);

    /**
     * {@code GET /distribution/{image}/json}: the image's digest and platforms on its registry (Descriptor.digest,
     * Platforms). Throws {@link dev.berth.engine.EngineException} when the registry does not answer or lacks it.
     */
    Doc distribution(String image, String registryAuth);
}
