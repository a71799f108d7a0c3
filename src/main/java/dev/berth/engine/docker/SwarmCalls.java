package dev.berth.engine.docker;

import com.fasterxml.jackson.core.type.TypeReference;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.transport.DockerHttpClient.Request.Method;
import com.github.dockerjava.transport.DockerHttpClient.Response;
import dev.berth.engine.EngineException;
import dev.berth.engine.EngineException.Reason;
import dev.berth.stack.Doc;
import dev.berth.stack.SwarmGateway;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * The Swarm endpoints as plain JSON on the client's own transport: docker-java's swarm model lacks fields a stack
 * sets (job modes, MaxReplicas, Pids), and a spec built as the engine's JSON compares directly with what it returns.
 */
public final class SwarmCalls implements SwarmGateway {
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};
    private static final TypeReference<List<Map<String, Object>>> ARRAY = new TypeReference<>() {};
    private final RawCalls raw;

    private SwarmCalls(RawCalls raw) {
        this.raw = raw;
    }

    /** Opens the engine at the caller's DOCKER_HOST (or Docker context); {@code trace} may be null. */
    public static SwarmCalls connect(Map<String, String> env, PrintStream trace) {
        String host = DockerConnection.host(env);
        DockerConnection.Opened opened = DockerConnection.open(host, trace);
        return new SwarmCalls(new RawCalls(((DockerClientImpl) opened.client()).getHttpClient(), opened.apiVersion(), host));
    }

    @Override
    public Doc info() {
        return new Doc(object(Method.GET, "/info", null, Map.of()));
    }

    @Override
    public List<Doc> services(Map<String, List<String>> filters) {
        return array("/services?" + RawCalls.filters(filters));
    }

    @Override
    public Doc createService(Map<String, Object> spec, String registryAuth) {
        return new Doc(object(Method.POST, "/services/create", spec, auth(registryAuth)));
    }

    @Override
    public Doc updateService(String id, long version, Map<String, Object> spec, String registryAuth) {
        String path = "/services/" + id + "/update?version=" + version;
        return new Doc(object(Method.POST, path, spec, auth(registryAuth)));
    }

    @Override
    public void removeService(String id) {
        discard(Method.DELETE, "/services/" + id, null);
    }

    @Override
    public Doc rollbackService(String id, long version, Map<String, Object> spec) {
        String path = "/services/" + id + "/update?version=" + version + "&rollback=previous";
        return new Doc(object(Method.POST, path, spec, Map.of()));
    }

    @Override
    public AutoCloseable events(java.util.function.BiConsumer<String, String> onEvent) {
        return SwarmEvents.follow(raw, onEvent);
    }

    @Override
    public List<Doc> tasks(Map<String, List<String>> filters) {
        return array("/tasks?" + RawCalls.filters(filters));
    }

    @Override
    public List<Doc> nodes() {
        return array("/nodes");
    }

    @Override
    public List<Doc> networks(Map<String, List<String>> filters) {
        return array("/networks?" + RawCalls.filters(filters));
    }

    @Override
    public Doc network(String name) {
        try {
            return new Doc(object(Method.GET, "/networks/" + name, null, Map.of()));
        } catch (EngineException e) {
            if (e.reason() == Reason.NOT_FOUND) {
                return null;
            }
            throw e;
        }
    }

    @Override
    public void createNetwork(Map<String, Object> body) {
        discard(Method.POST, "/networks/create", body);
    }

    @Override
    public void removeNetwork(String id) {
        discard(Method.DELETE, "/networks/" + id, null);
    }

    @Override
    public List<Doc> objects(String kind, Map<String, List<String>> filters) {
        return array("/" + kind + "?" + RawCalls.filters(filters));
    }

    @Override
    public String createObject(String kind, Map<String, Object> spec) {
        return String.valueOf(object(Method.POST, "/" + kind + "/create", spec, Map.of()).get("ID"));
    }

    @Override
    public void removeObject(String kind, String id) {
        discard(Method.DELETE, "/" + kind + "/" + id, null);
    }

    @Override
    public Doc distribution(String image, String registryAuth) {
        Map<String, String> headers = registryAuth == null ? Map.of() : Map.of("X-Registry-Auth", registryAuth);
        return new Doc(object(Method.GET, "/distribution/" + image + "/json", null, headers));
    }

    /** X-Registry-Auth as the docker CLI sends it (the digest is resolved by the client, before the call). */
    private static Map<String, String> auth(String registryAuth) {
        return registryAuth == null ? Map.of() : Map.of("X-Registry-Auth", registryAuth);
    }

    private List<Doc> array(String path) {
        try (Response r = raw.send(Method.GET, path, null, null)) {
            List<Map<String, Object>> list = RawCalls.JSON.readValue(r.getBody(), ARRAY);
            return list == null ? List.of() : list.stream().map(Doc::new).toList();
        } catch (IOException e) {
            throw unreadable(path, e);
        }
    }

    private Map<String, Object> object(Method method, String path, Object body, Map<String, String> headers) {
        try (Response r = raw.send(method, path, json(body), body == null ? null : "application/json", headers)) {
            byte[] bytes = r.getBody().readAllBytes();
            return bytes.length == 0 ? Map.of() : RawCalls.JSON.readValue(bytes, OBJECT);
        } catch (IOException e) {
            throw unreadable(path, e);
        }
    }

    private void discard(Method method, String path, Object body) {
        try (Response r = raw.send(method, path, json(body), body == null ? null : "application/json")) {
            r.getBody().readAllBytes();
        } catch (IOException e) {
            throw unreadable(path, e);
        }
    }

    private static ByteArrayInputStream json(Object body) {
        if (body == null) {
            return null;
        }
        try {
            return new ByteArrayInputStream(RawCalls.JSON.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static EngineException unreadable(String path, IOException e) {
        return new EngineException(Reason.ENGINE_ERROR, "unreadable answer to " + path + ": " + e.getMessage(), e);
    }
}
