package dev.berth.engine.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.AuthConfig;
import com.github.dockerjava.api.model.PushResponseItem;
import com.github.dockerjava.api.model.Statistics;
import com.github.dockerjava.transport.DockerHttpClient.Request.Method;
import dev.berth.engine.StatsSample;
import dev.berth.engine.VolumeDetails;
import dev.berth.engine.EngineException;
import dev.berth.engine.Subscription;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/** The calls of volumes, stats, push and attach: lists and streams about resources that already exist. */
final class UsageStreams {
    private final DockerClient client;
    private final RawCalls raw;
    private final String host;
    private final RegistryAuths auths;

    UsageStreams(DockerClient client, RawCalls raw, String host, RegistryAuths auths) {
        this.auths = auths;
        this.client = client;
        this.raw = raw;
        this.host = host;
    }

    List<VolumeDetails> volumes(List<String> labelFilters) {
        JsonNode list = raw.json(Method.GET, "/volumes?" + RawCalls.filters(Map.of("label", labelFilters)))
                .path("Volumes");
        List<VolumeDetails> out = new ArrayList<>();
        for (JsonNode v : list) {
            Map<String, String> labels = new TreeMap<>();
            v.path("Labels").properties().forEach(e -> labels.put(e.getKey(), e.getValue().asText()));
            out.add(new VolumeDetails(v.path("Name").asText(), v.path("Driver").asText(), v.path("Mountpoint").asText(),
                    v.path("Scope").asText(), labels));
        }
        out.sort(Comparator.comparing(VolumeDetails::name));
        return out;
    }

    /** {@code /images/{name}/history}; a missing image has no layers. */
    List<dev.berth.engine.ImageLayer> imageHistory(String image) {
        JsonNode list;
        try {
            list = raw.json(Method.GET, "/images/" + java.net.URLEncoder.encode(image,
                    java.nio.charset.StandardCharsets.UTF_8).replace("%2F", "/").replace("%3A", ":") + "/history");
        } catch (dev.berth.engine.EngineException e) {
            if (e.reason() == dev.berth.engine.EngineException.Reason.NOT_FOUND) {
                return List.of();
            }
            throw e;
        }
        List<dev.berth.engine.ImageLayer> out = new ArrayList<>();
        for (JsonNode l : list) {
            out.add(new dev.berth.engine.ImageLayer(l.path("CreatedBy").asText(), l.path("Size").asLong(),
                    l.path("Created").asLong()));
        }
        return out;
    }

    /** Sizes from {@code /system/df}; a volume the engine has not measured (-1) is left out. */
    Map<String, Long> volumeSizes() {
        Map<String, Long> sizes = new TreeMap<>();
        for (JsonNode v : raw.json(Method.GET, "/system/df?type=volume").path("Volumes")) {
            long size = v.path("UsageData").path("Size").asLong(-1);
            if (size >= 0) {
                sizes.put(v.path("Name").asText(), size);
            }
        }
        return sizes;
    }

    Subscription stats(String container, boolean stream, Consumer<StatsSample> onSample, Runnable onEnd) {
        var callback = client.statsCmd(container).withNoStream(!stream).exec(new ResultCallback.Adapter<Statistics>() {
            @Override
            public void onNext(Statistics s) {
                onSample.accept(sample(s));
            }

            @Override
            public void onComplete() {
                onEnd.run();
            }

            @Override
            public void onError(Throwable t) {
                onEnd.run();
            }
        });
        return () -> {
            try {
                callback.close();
            } catch (java.io.IOException e) {
                // the stream is going away
            }
        };
    }

    /** As the engine's CLI reads a sample: memory without the inactive page cache, I/O summed over devices. */
    static StatsSample sample(Statistics s) {
        var cpu = s.getCpuStats();
        var pre = s.getPreCpuStats();
        var mem = s.getMemoryStats();
        long usage = mem == null || mem.getUsage() == null ? 0 : mem.getUsage();
        if (mem != null && mem.getStats() != null) {
            Long inactive = mem.getStats().getTotalInactiveFile() != null ? mem.getStats().getTotalInactiveFile()
                    : mem.getStats().getInactiveFile();
            if (inactive != null && inactive < usage) {
                usage -= inactive;
            }
        }
        long rx = 0;
        long tx = 0;
        if (s.getNetworks() != null) {
            for (var n : s.getNetworks().values()) {
                rx += n.getRxBytes() == null ? 0 : n.getRxBytes();
                tx += n.getTxBytes() == null ? 0 : n.getTxBytes();
            }
        }
        long read = 0;
        long write = 0;
        if (s.getBlkioStats() != null && s.getBlkioStats().getIoServiceBytesRecursive() != null) {
            for (var e : s.getBlkioStats().getIoServiceBytesRecursive()) {
                long v = e.getValue() == null ? 0 : e.getValue();
                read += "read".equalsIgnoreCase(e.getOp()) ? v : 0;
                write += "write".equalsIgnoreCase(e.getOp()) ? v : 0;
            }
        }
        int online = cpu == null || cpu.getOnlineCpus() == null ? 0 : cpu.getOnlineCpus().intValue();
        if (online == 0 && cpu != null && cpu.getCpuUsage() != null && cpu.getCpuUsage().getPercpuUsage() != null) {
            online = cpu.getCpuUsage().getPercpuUsage().size();
        }
        return new StatsSample(null, total(cpu), total(pre), system(cpu), system(pre), online, usage,
                mem == null || mem.getLimit() == null ? 0 : mem.getLimit(), rx, tx, read, write,
                s.getPidsStats() == null || s.getPidsStats().getCurrent() == null ? 0 : s.getPidsStats().getCurrent());
    }

    private static long total(com.github.dockerjava.api.model.CpuStatsConfig c) {
        return c == null || c.getCpuUsage() == null || c.getCpuUsage().getTotalUsage() == null ? 0
                : c.getCpuUsage().getTotalUsage();
    }

    private static long system(com.github.dockerjava.api.model.CpuStatsConfig c) {
        return c == null || c.getSystemCpuUsage() == null ? 0 : c.getSystemCpuUsage();
    }

    void push(String image, Consumer<String> progress) {
        AtomicReference<String> error = new AtomicReference<>();
        try {
            // as the reference, the header is always sent: empty when the caller has no credentials for the registry
            AuthConfig auth = auths.forImage(image);
            client.pushImageCmd(image).withAuthConfig(auth == null ? new AuthConfig() : auth).exec(new ResultCallback.Adapter<PushResponseItem>() {
                @Override
                public void onNext(PushResponseItem item) {
                    if (item.getErrorDetail() != null) {
                        error.set(item.getErrorDetail().getMessage());
                    } else if (item.getStatus() != null && item.getId() != null) {
                        // As the reference: layer lines only (the ones without an id repeat what the events say).
                        progress.accept(item.getId() + " " + item.getStatus()
                                + (item.getProgress() == null ? "" : " " + item.getProgress()));
                    }
                }
            }).awaitCompletion();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            throw Failures.of("push " + image, e, host);
        }
        if (error.get() != null) {
            throw new EngineException(EngineException.Reason.ENGINE_ERROR, RegistryRefusal.explain(error.get(), image));
        }
    }
}
