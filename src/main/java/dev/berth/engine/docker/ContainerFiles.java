package dev.berth.engine.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.transport.DockerHttpClient.Request.Method;
import com.github.dockerjava.transport.DockerHttpClient.Response;
import dev.berth.engine.DockerGateway.Archive;
import dev.berth.engine.CommitRequest;
import dev.berth.engine.DockerGateway.PathStat;
import dev.berth.engine.EngineException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** Files in and out of containers: the archive endpoint (cp), export, and commit. */
final class ContainerFiles {
    /** Go's os.FileMode bits as the engine's path stat carries them. */
    private static final long MODE_DIR = 1L << 31;
    private static final long MODE_SYMLINK = 1L << 27;
    private final RawCalls raw;

    ContainerFiles(RawCalls raw) {
        this.raw = raw;
    }

    PathStat stat(String container, String path) {
        try (Archive a = archive(container, path)) {
            return a.stat();
        } catch (EngineException e) {
            if (e.reason() == EngineException.Reason.NOT_FOUND) {
                return null;
            }
            throw e;
        }
    }

    Archive archive(String container, String path) {
        Response r = raw.send(Method.GET, "/containers/" + enc(container) + "/archive?" + RawCalls.query("path", path),
                null, null);
        List<String> header = r.getHeaders().entrySet().stream()
                .filter(h -> h.getKey().equalsIgnoreCase("X-Docker-Container-Path-Stat")).findFirst()
                .map(java.util.Map.Entry::getValue).orElse(List.of());
        return new Archive(header.isEmpty() ? null : stat(header.getFirst()), closing(r));
    }

    void extract(String container, String dir, InputStream tar, boolean copyOwners) {
        String query = RawCalls.query("path", dir) + "&noOverwriteDirNonDir=true" + (copyOwners ? "&copyUIDGID=true" : "");
        try (Response r = raw.send(Method.PUT, "/containers/" + enc(container) + "/archive?" + query, tar,
                "application/x-tar")) {
            r.getBody().readAllBytes();
        } catch (IOException e) {
            throw new EngineException(EngineException.Reason.ENGINE_ERROR, "copy into " + container + ": " + e.getMessage(), e);
        }
    }

    InputStream export(String container) {
        return closing(raw.send(Method.GET, "/containers/" + enc(container) + "/export", null, null));
    }

    String commit(String container, CommitRequest c) {
        StringBuilder q = new StringBuilder(RawCalls.query("container", container));
        q.append("&pause=").append(c.pause());
        append(q, "repo", c.repository());
        append(q, "tag", c.tag());
        append(q, "author", c.author());
        append(q, "comment", c.message());
        c.changes().forEach(change -> append(q, "changes", change));
        try (Response r = raw.send(Method.POST, "/commit?" + q, InputStream.nullInputStream(), "application/json")) {
            return RawCalls.JSON.readTree(r.getBody()).path("Id").asText();
        } catch (IOException e) {
            throw new EngineException(EngineException.Reason.ENGINE_ERROR, "commit " + container + ": " + e.getMessage(), e);
        }
    }

    private static void append(StringBuilder q, String name, String value) {
        if (value != null && !value.isEmpty()) {
            q.append('&').append(RawCalls.query(name, value));
        }
    }

    /** The header's base64 JSON: {@code {"name","size","mode","mtime","linkTarget"}}. */
    static PathStat stat(String header) {
        try {
            JsonNode n = RawCalls.JSON.readTree(Base64.getDecoder().decode(header));
            long mode = n.path("mode").asLong();
            return new PathStat(n.path("name").asText(), n.path("size").asLong(), (int) (mode & 07777),
                    (mode & MODE_DIR) != 0, (mode & MODE_SYMLINK) != 0, n.path("linkTarget").asText(""));
        } catch (IOException | IllegalArgumentException e) {
            throw new EngineException(EngineException.Reason.ENGINE_ERROR, "unreadable path stat: " + e.getMessage(), e);
        }
    }

    private static String enc(String container) {
        return URLEncoder.encode(container, StandardCharsets.UTF_8);
    }

    /** The body, closing the connection with it. */
    private static InputStream closing(Response r) {
        return new FilterInputStream(r.getBody()) {
            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    r.close();
                }
            }
        };
    }
}
