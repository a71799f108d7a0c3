package dev.berth.engine.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.command.HealthStateLog;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.exception.NotModifiedException;
import com.github.dockerjava.api.model.ContainerNetwork;
import com.github.dockerjava.api.model.Network;
import dev.berth.engine.CommitRequest;
import dev.berth.engine.ConsoleSize;
import dev.berth.engine.ContainerSpec;
import dev.berth.engine.ResourceSpec;
import dev.berth.engine.ContainerState;
import dev.berth.engine.DockerGateway;
import dev.berth.engine.EngineException;
import dev.berth.engine.ProjectState.NetworkState;
import dev.berth.engine.ProjectState.VolumeState;
import dev.berth.engine.StatsSample;
import dev.berth.engine.Subscription;
import dev.berth.engine.VolumeDetails;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** The {@link DockerGateway} over docker-java 3.7 and its httpclient5 transport. */
public final class DockerJavaGateway implements DockerGateway {
    private final DockerClient client;
    private final String host;
    private final DockerStreams streams;
    private final UsageStreams usage;
    private final ContainerFiles files;

    private final String apiVersion;
    private final boolean sharedClient;

    /** The caller's environment: where its docker config is, and the PATH its credential helpers are on. */
    private final Map<String, String> callerEnv;

    private DockerJavaGateway(DockerConnection.Opened opened, String host, Map<String, String> callerEnv) {
        this.callerEnv = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(callerEnv));
        this.client = opened.client();
        this.sharedClient = opened.shared();
        this.apiVersion = opened.apiVersion();
        this.host = host;
        RegistryAuths auths = new RegistryAuths(this.callerEnv);
        this.streams = new DockerStreams(client, host, auths);
        RawCalls raw = new RawCalls(((com.github.dockerjava.core.DockerClientImpl) client).getHttpClient(), apiVersion,
                host);
        this.usage = new UsageStreams(client, raw, host, auths);
        this.files = new ContainerFiles(raw);
    }

    /** Connects to DOCKER_HOST from {@code env} (or the default socket) and agrees on the API version. */
    public static DockerJavaGateway connect(Map<String, String> env) {
        return connect(env, null);
    }

    /** As {@link #connect(Map)}, each request traced on {@code trace} when it is not null. */
    public static DockerJavaGateway connect(Map<String, String> env, java.io.PrintStream trace) {
        String host = DockerConnection.host(env);
        return new DockerJavaGateway(DockerConnection.open(host, trace), host, env);
    }

    @Override
    public String clientCredentials() {
        return ClientCredentials.read(DockerEndpoint.configDirectory(callerEnv), callerEnv);
    }

    @Override
    public String apiVersion() {
        return apiVersion;
    }

    @Override
    public List<ContainerState> containers(List<String> labelFilters, boolean all) {
        return call("list containers", () -> client.listContainersCmd().withShowAll(all)
                .withLabelFilter(labelFilters).exec().stream().map(Convert::container).toList());
    }

    @Override
    public ContainerState inspect(String container) {
        try {
            return Convert.inspected(client.inspectContainerCmd(container).exec());
        } catch (NotFoundException e) {
            return null;
        } catch (RuntimeException e) {
            throw Failures.of("inspect " + container, e, host);
        }
    }

    @Override
    public String lastHealthOutput(String container) {
        try {
            InspectContainerResponse r = client.inspectContainerCmd(container).exec();
            if (r.getState() == null || r.getState().getHealth() == null || r.getState().getHealth().getLog() == null
                    || r.getState().getHealth().getLog().isEmpty()) {
                return null;
            }
            List<HealthStateLog> log = r.getState().getHealth().getLog();
            return log.getLast().getOutput().strip();
        } catch (NotFoundException e) {
            return null;
        } catch (RuntimeException e) {
            throw Failures.of("inspect " + container, e, host);
        }
    }

    @Override
    public List<NetworkState> networks() {
        return call("list networks", () -> client.listNetworksCmd().exec().stream()
                .map(n -> new NetworkState(n.getId(), n.getName(), n.getLabels() == null ? Map.of() : n.getLabels()))
                .toList());
    }

    @Override
    public List<VolumeState> volumes() {
        return call("list volumes", () -> {
            var volumes = client.listVolumesCmd().exec().getVolumes();
            return volumes == null ? List.<VolumeState>of() : volumes.stream()
                    .map(v -> new VolumeState(v.getName(), v.getLabels() == null ? Map.of() : v.getLabels())).toList();
        });
    }

    @Override
    public String imageId(String image) {
        try {
            return client.inspectImageCmd(image).exec().getId();
        } catch (NotFoundException e) {
            return null;
        } catch (RuntimeException e) {
            throw Failures.of("inspect image " + image, e, host);
        }
    }

    @Override
    public ImageDetails imageDetails(String image) {
        try {
            var i = client.inspectImageCmd(image).exec();
            String platform = i.getOs() + "/" + i.getArch();
            long created = i.getCreated() == null ? 0 : java.time.Instant.parse(i.getCreated()).getEpochSecond();
            return new ImageDetails(i.getId(), created, i.getSize() == null ? 0 : i.getSize(), platform);
        } catch (NotFoundException e) {
            return null;
        } catch (RuntimeException e) {
            throw Failures.of("inspect image " + image, e, host);
        }
    }

    @Override
    public List<ImageState> images(List<String> labelFilters) {
        return call("list images", () -> {
            var images = client.listImagesCmd().withDanglingFilter(false).withLabelFilter(labelFilters
                    .toArray(String[]::new)).exec();
            return images == null ? List.<ImageState>of() : images.stream().map(i -> new ImageState(i.getId(),
                    i.getRepoTags() == null ? List.of() : List.of(i.getRepoTags()), i.getLabels())).toList();
        });
    }

    @Override
    public String create(ContainerSpec spec) {
        return call("create container " + spec.name(), () -> {
            refuseWhatThisApiLacks(spec);
            MacAddresses macs = MacAddresses.of(spec, !before144());
            String id;
            try (CreateContainerCmd cmd = client.createContainerCmd(spec.image())) {
                SpecMapper.apply(spec, cmd, macs);
                PrimaryEndpoint.setWhole(cmd, spec, macs.primary(),
                        macs.primary() == null ? null : endpoint(macs.primary(), spec.extras().links()));
                id = cmd.exec().getId();
            }
            if (spec.networkMode() == null) {
                for (ContainerSpec.Endpoint e : spec.networks().subList(Math.min(1, spec.networks().size()),
                        spec.networks().size())) {
                    client.connectToNetworkCmd().withContainerId(id).withNetworkId(e.networkName())
                            .withContainerNetwork(endpoint(e, spec.extras().links())).exec();
                }
            }
            return id;
        });
    }

    /** What the reference's client refuses before sending it to an engine of this API version. */
    private void refuseWhatThisApiLacks(ContainerSpec spec) {
        boolean before144 = before144();
        boolean perNetworkMac = spec.networks().stream().anyMatch(e -> e.macAddress() != null && !e.macAddress().isEmpty());
        if (perNetworkMac && before144) {
            throw new EngineException(EngineException.Reason.INVALID, "\"specify mac-address per network\" requires API"
                    + " version 1.44, but the Docker daemon API version is " + apiVersion);
        }
        if (spec.healthcheck() != null && spec.healthcheck().startInterval() != null && before144) {
            throw new EngineException(EngineException.Reason.INVALID, "can't set healthcheck.start_interval as feature"
                    + " require Docker Engine v25 or later");
        }
    }

    private boolean before144() {
        return DockerConnection.lower(apiVersion, "1.44").equals(apiVersion) && !"1.44".equals(apiVersion);
    }

    /** A further network's endpoint as the reference connects it: aliases, links, addresses. */
    private static ContainerNetwork endpoint(ContainerSpec.Endpoint e, List<String> links) {
        ContainerNetwork n = new ContainerNetwork().withAliases(e.aliases());
        if (e.ipv4Address() != null || e.ipv6Address() != null || e.linkLocalIps() != null && !e.linkLocalIps().isEmpty()) {
            n.withIpamConfig(new IpamFields.Endpoint(e.ipv4Address(), e.ipv6Address(), e.linkLocalIps()));
        }
        if (!links.isEmpty()) {
            n.withLinks(links.stream().map(com.github.dockerjava.api.model.Link::parse).toList());
        }
        if (e.macAddress() != null && !e.macAddress().isEmpty()) {
            n.withMacAddress(e.macAddress());
        }
        return n;
    }

    @Override
    public dev.berth.engine.CliArgs createArgs(ContainerSpec spec, java.util.function.Predicate<String> secretEnv) {
        return DockerCliArgs.create(spec, secretEnv);
    }

    @Override
    public void copyFiles(String container, List<FileCopy> files) {
        if (files.isEmpty()) {
            return;
        }
        // Owners are copied only when one is set, as the reference does (else the files belong to root).
        boolean owners = files.stream().anyMatch(f -> f.uid() != null || f.gid() != null);
        run("copy files into " + container, () -> client.copyArchiveToContainerCmd(container).withRemotePath("/")
                .withTarInputStream(new java.io.ByteArrayInputStream(FileArchive.tar(files))).withCopyUIDGID(owners)
                .exec());
    }

    @Override
    public void restart(String container, int timeoutSeconds) {
        run("restart " + container, () -> client.restartContainerCmd(container).withTimeout(timeoutSeconds).exec());
    }

    @Override
    public void start(String container) {
        run("start " + container, () -> {
            try {
                client.startContainerCmd(container).exec();
            } catch (NotModifiedException already) {
                // already running: nothing to do
            }
        });
    }

    @Override
    public void stop(String container, int timeoutSeconds) {
        run("stop " + container, () -> {
            try {
                client.stopContainerCmd(container).withTimeout(timeoutSeconds).exec();
            } catch (NotModifiedException | NotFoundException already) {
                // already stopped or gone: the goal holds
            }
        });
    }

    @Override
    public void kill(String container, String signal) {
        run("kill " + container, () -> client.killContainerCmd(container).withSignal(signal == null ? "SIGKILL" : signal).exec());
    }

    @Override
    public void pause(String container) {
        run("pause " + container, () -> client.pauseContainerCmd(container).exec());
    }

    @Override
    public void unpause(String container) {
        run("unpause " + container, () -> client.unpauseContainerCmd(container).exec());
    }

    @Override
    public void remove(String container, boolean removeVolumes, boolean force) {
        run("remove " + container, () -> {
            try {
                client.removeContainerCmd(container).withRemoveVolumes(removeVolumes).withForce(force).exec();
            } catch (NotFoundException gone) {
                // removed already: the goal holds
            }
        });
    }

    @Override
    public void createNetwork(ResourceSpec.NetworkSpec n) {
        run("create network " + n.name(), () -> {
            var cmd = client.createNetworkCmd().withName(n.name()).withDriver(n.driver() == null ? "bridge" : n.driver())
                    .withInternal(n.internal()).withAttachable(n.attachable()).withLabels(n.labels())
                    .withCheckDuplicate(true);
            if (!n.options().isEmpty()) {
                cmd.withOptions(n.options());
            }
            if (n.enableIpv6() != null) {
                cmd.withEnableIpv6(n.enableIpv6());
            }
            if (n.ipamDriver() != null || !n.pools().isEmpty()) {
                cmd.withIpam(new Network.Ipam().withDriver(n.ipamDriver()).withConfig(n.pools().stream()
                        .map(p -> (Network.Ipam.Config) new IpamFields.Pool(p.subnet(), p.ipRange(), p.gateway(),
                                p.auxAddresses())).toList()));
            }
            cmd.exec();
        });
    }

    @Override
    public void removeNetwork(String name) {
        run("remove network " + name, () -> {
            try {
                client.removeNetworkCmd(name).exec();
            } catch (NotFoundException gone) {
                // removed already
            }
        });
    }

    @Override
    public void createVolume(ResourceSpec.VolumeSpec v) {
        run("create volume " + v.name(), () -> {
            var cmd = client.createVolumeCmd().withName(v.name()).withDriver(v.driver() == null ? "local" : v.driver())
                    .withLabels(v.labels());
            if (!v.driverOpts().isEmpty()) {
                cmd.withDriverOpts(v.driverOpts());
            }
            cmd.exec();
        });
    }

    @Override
    public void removeVolume(String name) {
        run("remove volume " + name, () -> {
            try {
                client.removeVolumeCmd(name).exec();
            } catch (NotFoundException gone) {
                // removed already
            }
        });
    }

    @Override
    public void removeImage(String image) {
        run("remove image " + image, () -> {
            try {
                client.removeImageCmd(image).exec();
            } catch (NotFoundException gone) {
                // removed already
            }
        });
    }

    @Override
    public void build(BuildRequest request, Consumer<String> progress) {
        streams.build(request, progress);
    }

    @Override
    public void pull(String image, Consumer<String> progress) {
        streams.pull(image, progress);
    }

    @Override
    public Subscription events(Map<String, List<String>> filters, Consumer<DockerEvent> onEvent, Runnable onEnd) {
        return streams.events(filters, onEvent, onEnd);
    }

    @Override
    public String host() {
        return host;
    }

    @Override
    public boolean answers() {
        try {
            client.pingCmd().exec();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public Subscription logs(String container, boolean follow, Integer tail, Instant since, Instant until,
                             boolean timestamps,
                             Consumer<LogChunk> onLine, Runnable onEnd) {
        return streams.logs(container, follow, tail, since, until, timestamps, onLine, onEnd);
    }

    @Override
    public Subscription attach(String container, java.io.InputStream stdin, Consumer<LogChunk> output, Runnable onEnd) {
        return streams.attach(container, stdin, output, onEnd, DockerStreams.Replay.LOGS);
    }

    @Override
    public int waitFor(String container) {
        return call("wait for " + container, () -> client.waitContainerCmd(container)
                .exec(new com.github.dockerjava.api.command.WaitContainerResultCallback()).awaitStatusCode());
    }

    @Override
    public int exec(String container, ExecRequest request, Consumer<LogChunk> output) {
        return streams.exec(container, request, output);
    }

    @Override
    public void resizeExec(String execId, ConsoleSize size) {
        streams.resizeExec(execId, size);
    }

    @Override
    public void resizeContainer(String container, ConsoleSize size) {
        run("resize " + container, () -> client.resizeContainerCmd(container).withSize(size.rows(), size.columns()).exec());
    }

    @Override
    public List<List<String>> top(String container) {
        return call("top " + container, () -> {
            var r = client.topContainerCmd(container).exec();
            List<List<String>> rows = new java.util.ArrayList<>();
            rows.add(List.of(r.getTitles()));
            for (String[] p : r.getProcesses()) {
                rows.add(List.of(p));
            }
            return rows;
        });
    }

    @Override
    public List<dev.berth.engine.ImageLayer> imageHistory(String image) {
        return usage.imageHistory(image);
    }

    @Override
    public Map<String, Long> volumeSizes() {
        return usage.volumeSizes();
    }

    @Override
    public List<VolumeDetails> volumeDetails(List<String> labelFilters) {
        return usage.volumes(labelFilters);
    }

    @Override
    public Subscription stats(String container, boolean stream, Consumer<StatsSample> onSample, Runnable onEnd) {
        return usage.stats(container, stream, onSample, onEnd);
    }

    @Override
    public PathStat statPath(String container, String path) {
        return files.stat(container, path);
    }

    @Override
    public Archive archive(String container, String path) {
        return files.archive(container, path);
    }

    @Override
    public void extract(String container, String dir, java.io.InputStream tar, boolean copyOwners) {
        files.extract(container, dir, tar, copyOwners);
    }

    @Override
    public java.io.InputStream export(String container) {
        return files.export(container);
    }

    @Override
    public String commit(String container, CommitRequest request) {
        return files.commit(container, request);
    }

    @Override
    public void push(String image, Consumer<String> progress) {
        usage.push(image, progress);
    }

    @Override
    public Subscription attachRunning(String container, java.io.InputStream stdin, Consumer<LogChunk> output,
                                      Runnable onEnd) {
        return streams.attach(container, stdin, output, onEnd, DockerStreams.Replay.NONE);
    }

    @Override
    public void close() {
        if (sharedClient) {
            return; // the process's shared client on our socket transport: nothing of it is held open
        }
        try {
            client.close();
        } catch (IOException e) {
            // closing a socket that is going away anyway
        }
    }

    private <T> T call(String what, Supplier<T> body) {
        try {
            return body.get();
        } catch (RuntimeException e) {
            throw Failures.of(what, e, host);
        }
    }

    private void run(String what, Runnable body) {
        call(what, () -> {
            body.run();
            return null;
        });
    }

}
