package dev.berth.engine.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.BuildImageCmd;
import com.github.dockerjava.api.command.PullImageCmd;
import com.github.dockerjava.api.model.AuthConfig;
import com.github.dockerjava.api.model.AuthConfigurations;
import com.github.dockerjava.api.model.BuildResponseItem;
import com.github.dockerjava.api.model.Event;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.PullResponseItem;
import com.github.dockerjava.api.model.StreamType;
import dev.berth.engine.ConsoleSize;
import dev.berth.engine.DockerGateway.BuildRequest;
import dev.berth.engine.DockerGateway.DockerEvent;
import dev.berth.engine.DockerGateway.ExecRequest;
import dev.berth.engine.DockerGateway.LogChunk;
import dev.berth.engine.EngineException;
import dev.berth.engine.Subscription;
import dev.berth.engine.TerminalWindow;
import java.io.File;
import java.io.IOException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/** The streaming calls: events, logs, build, pull and exec. */
final class DockerStreams {
    enum Replay { LOGS, NONE }

    private final DockerClient client;
    private final String host;
    private final RegistryAuths auths;

    DockerStreams(DockerClient client, String host, RegistryAuths auths) {
        this.auths = auths;
        this.client = client;
        this.host = host;
    }

    /**
     * docker-java's own {@code awaitStarted} never returns when the request fails before the engine answers (it
     * counts down on {@code onStart} only): a latch of ours also opens on the error, which is then thrown.
     */
    Subscription events(Map<String, List<String>> filters, Consumer<DockerEvent> onEvent, Runnable onEnd) {
        var cmd = client.eventsCmd();
        filters.forEach((key, values) -> {
            String[] v = values.toArray(String[]::new);
            switch (key) {
                case "type" -> cmd.withEventTypeFilter(v);
                case "label" -> cmd.withLabelFilter(v);
                case "event" -> cmd.withEventFilter(v);
                case "container" -> cmd.withContainerFilter(v);
                default -> throw new IllegalArgumentException("unsupported event filter " + key);
            }
        });
        CountDownLatch answered = new CountDownLatch(1);
        AtomicReference<Throwable> refused = new AtomicReference<>();
        AtomicBoolean closedByUs = new AtomicBoolean();
        AtomicBoolean started = new AtomicBoolean();
        ResultCallback.Adapter<Event> callback = cmd.exec(new ResultCallback.Adapter<>() {
            @Override
            public void onStart(java.io.Closeable stream) {
                super.onStart(stream);
                started.set(true);
                answered.countDown();
            }

            @Override
            public void onNext(Event e) {
                if (e.getAction() == null || e.getAction().startsWith("exec_")) {
                    return; // healthchecks flood the stream with exec events
                }
                Map<String, String> attrs = e.getActor() == null || e.getActor().getAttributes() == null ? Map.of()
                        : e.getActor().getAttributes();
                String id = e.getActor() == null ? e.getId() : e.getActor().getId();
                onEvent.accept(new DockerEvent(e.getType() == null ? "" : e.getType().getValue(), e.getAction(), id,
                        attrs, e.getTimeNano() == null ? 0 : e.getTimeNano()));
            }

            @Override
            public void onError(Throwable t) {
                refused.compareAndSet(null, t);
                ended();
            }

            @Override
            public void onComplete() {
                ended();
            }

            private void ended() {
                answered.countDown();
                closeQuietly(this);
                if (started.get() && !closedByUs.get()) {
                    onEnd.run();
                }
            }
        });
        try {
            // The subscription is live once the engine answered the request (the stream has started).
            answered.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!started.get() && refused.get() != null) {
            throw DockerConnection.unreachable(host, refused.get());
        }
        return () -> {
            closedByUs.set(true);
            closeQuietly(callback);
        };
    }

    Subscription logs(String container, boolean follow, Integer tail, Instant since, Instant until, boolean timestamps,
                      Consumer<LogChunk> onLine, Runnable onEnd) {
        var cmd = client.logContainerCmd(container).withStdOut(true).withStdErr(true).withFollowStream(follow)
                .withTimestamps(timestamps);
        if (tail != null) {
            cmd.withTail(tail);
        } else {
            cmd.withTailAll();
        }
        if (since != null) {
            cmd.withSince((int) since.getEpochSecond());
        }
        if (until != null) {
            cmd.withUntil((int) until.getEpochSecond());
        }
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        ResultCallback.Adapter<Frame> callback = cmd.exec(new ResultCallback.Adapter<>() {
            @Override
            public void onNext(Frame frame) {
                boolean isErr = frame.getStreamType() == StreamType.STDERR;
                split(isErr ? err : out, new String(frame.getPayload(), java.nio.charset.StandardCharsets.UTF_8), isErr, onLine);
            }

            @Override
            public void onComplete() {
                flush(out, false, onLine);
                flush(err, true, onLine);
                onEnd.run();
            }

            @Override
            public void onError(Throwable t) {
                onComplete();
            }
        });
        return () -> closeQuietly(callback);
    }

    /** Attaches to a container; {@link Replay#LOGS} first replays what it printed so far (run), NONE does not (attach). */
    Subscription attach(String container, java.io.InputStream stdin, Consumer<LogChunk> output, Runnable onEnd,
                        Replay replay) {
        var cmd = client.attachContainerCmd(container).withStdOut(true).withStdErr(true).withFollowStream(true)
                .withLogs(replay == Replay.LOGS);
        if (stdin != null) {
            cmd.withStdIn(stdin);
        }
        ResultCallback.Adapter<Frame> callback = cmd.exec(new ResultCallback.Adapter<>() {
            @Override
            public void onNext(Frame frame) {
                output.accept(new LogChunk(frame.getStreamType() == StreamType.STDERR,
                        new String(frame.getPayload(), java.nio.charset.StandardCharsets.UTF_8)));
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
        try {
            callback.awaitStarted();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return () -> closeQuietly(callback);
    }

    private static synchronized void split(StringBuilder buffer, String text, boolean stderr, Consumer<LogChunk> onLine) {
        buffer.append(text);
        int nl;
        while ((nl = buffer.indexOf("\n")) >= 0) {
            String line = buffer.substring(0, nl);
            buffer.delete(0, nl + 1);
            onLine.accept(new LogChunk(stderr, line.endsWith("\r") ? line.substring(0, line.length() - 1) : line));
        }
    }

    private static synchronized void flush(StringBuilder buffer, boolean stderr, Consumer<LogChunk> onLine) {
        if (!buffer.isEmpty()) {
            onLine.accept(new LogChunk(stderr, buffer.toString()));
            buffer.setLength(0);
        }
    }

    void build(BuildRequest r, Consumer<String> progress) {
        File context = new File(r.contextDir());
        if (r.dockerfileInline() == null) {
            build(r, context, new File(context, r.dockerfile() == null ? "Dockerfile" : r.dockerfile()), progress);
            return;
        }
        File inline = InlineDockerfile.write(context, r.dockerfileInline());
        try {
            build(r, context, inline, progress);
        } finally {
            inline.delete();
        }
    }

    private void build(BuildRequest r, File context, File dockerfile, Consumer<String> progress) {
        BuildImageCmd cmd = client.buildImageCmd().withBaseDirectory(context).withDockerfile(dockerfile)
                .withTags(new HashSet<>(r.tags())).withLabels(r.labels()).withNoCache(r.noCache()).withRemove(true);
        if (r.target() != null) {
            cmd.withTarget(r.target());
        }
        AuthConfigurations registries = auths.all();
        if (!registries.getConfigs().isEmpty()) {
            cmd.withBuildAuthConfigs(registries);
        }
        r.args().forEach((k, v) -> {
            if (v != null) {
                cmd.withBuildArg(k, v);
            }
        });
        AtomicReference<String> error = new AtomicReference<>();
        try {
            cmd.exec(new ResultCallback.Adapter<BuildResponseItem>() {
                @Override
                public void onNext(BuildResponseItem item) {
                    if (item.getErrorDetail() != null || item.getError() != null) {
                        error.set(item.getErrorDetail() != null ? item.getErrorDetail().getMessage() : item.getError());
                    } else if (item.getStream() != null) {
                        item.getStream().lines().filter(l -> !l.isBlank()).forEach(progress);
                    }
                }
            }).awaitCompletion();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException(EngineException.Reason.BUILD_FAILED, "build interrupted");
        } catch (RuntimeException e) {
            throw Failures.of("build " + String.join(",", r.tags()), e, host);
        }
        if (error.get() != null) {
            throw new EngineException(EngineException.Reason.BUILD_FAILED, error.get().strip());
        }
    }

    void pull(String image, Consumer<String> progress) {
        AtomicReference<String> error = new AtomicReference<>();
        try {
            PullImageCmd cmd = client.pullImageCmd(image);
            AuthConfig auth = auths.forImage(image);
            if (auth != null) {
                cmd.withAuthConfig(auth);
            }
            cmd.exec(new ResultCallback.Adapter<PullResponseItem>() {
                @Override
                public void onNext(PullResponseItem item) {
                    if (item.getErrorDetail() != null) {
                        error.set(item.getErrorDetail().getMessage());
                    } else if (item.getStatus() != null) {
                        progress.accept(item.getStatus() + (item.getProgress() == null ? "" : " " + item.getProgress()));
                    }
                }
            }).awaitCompletion();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            throw new EngineException(EngineException.Reason.IMAGE_MISSING, "image " + image + " could not be pulled: "
                    + RegistryRefusal.explain(Failures.daemonMessage(e), image), e);
        }
        if (error.get() != null) {
            throw new EngineException(EngineException.Reason.IMAGE_MISSING,
                    "image " + image + " could not be pulled: " + RegistryRefusal.explain(error.get(), image));
        }
    }

    int exec(String container, ExecRequest r, Consumer<LogChunk> output) {
        try {
            var create = client.execCreateCmd(container).withCmd(r.command().toArray(String[]::new))
                    .withAttachStdout(true).withAttachStderr(true).withTty(r.tty()).withPrivileged(r.privileged())
                    .withEnv(r.env()).withAttachStdin(r.stdin() != null && !r.detach());
            if (r.user() != null) {
                create.withUser(r.user());
            }
            if (r.workingDir() != null) {
                create.withWorkingDir(r.workingDir());
            }
            String execId = create.exec().getId();
            var start = client.execStartCmd(execId).withDetach(r.detach()).withTty(r.tty());
            if (r.stdin() != null && !r.detach()) {
                start.withStdIn(r.stdin());
            }
            var running = start.exec(new ResultCallback.Adapter<Frame>() {
                        @Override
                        public void onNext(Frame frame) {
                            output.accept(new LogChunk(frame.getStreamType() == StreamType.STDERR,
                                    new String(frame.getPayload(), java.nio.charset.StandardCharsets.UTF_8)));
                        }
                    });
            Subscription window = r.tty() && r.window() != null && !r.detach() ? follow(execId, r.window(), running) : null;
            try {
                running.awaitCompletion();
            } finally {
                if (window != null) {
                    window.close();
                }
            }
            Long code = client.inspectExecCmd(execId).exec().getExitCodeLong();
            return code == null ? 0 : code.intValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        } catch (RuntimeException e) {
            throw Failures.of("exec in " + container, e, host);
        }
    }

    /**
     * The exec must run before it can be resized (docker-java cannot send ConsoleSize with the create), so a
     * command that ends at once may beat the first resize: that is not an error, its output is on its way.
     */
    private Subscription follow(String execId, TerminalWindow window, ResultCallback.Adapter<Frame> running)
            throws InterruptedException {
        running.awaitStarted();
        return window.follow(size -> resizeExec(execId, size));
    }

    void resizeExec(String execId, ConsoleSize size) {
        try {
            client.resizeExecCmd(execId).withSize(size.rows(), size.columns()).exec();
        } catch (RuntimeException e) {
            throw Failures.of("resize exec " + execId, e, host);
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (IOException e) {
            // the stream is going away
        } catch (Exception e) {
            // same
        }
    }
}
