package dev.berth.cli;

import dev.berth.engine.ComposeEngine;
import java.util.List;
import dev.berth.engine.EventSink;
import dev.berth.engine.KillOptions;
import dev.berth.engine.ContainerState;
import dev.berth.engine.EngineEvent;
import dev.berth.engine.Subscription;
import java.io.InputStream;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code attach}: the caller's stdin, stdout and stderr joined to a service's running container until it stops
 * (then its exit code is ours) or the caller types the detach keys; Ctrl-C and SIGTERM go to the container with
 * {@code --sig-proxy} (the default).
 */
@Command(name = "attach",
        description = "Attach local standard input, output, and error streams to a service's running container")
final class AttachCommand implements Callable<Integer> {
    @Mixin GlobalOptions global;
    @Option(names = "--detach-keys", paramLabel = "KEYS",
            description = "Override the key sequence for detaching from a container.") String detachKeys;
    @Option(names = "--index", description = "index of the container if service has multiple replicas.") int index;
    @Option(names = "--no-stdin", description = "Do not attach STDIN") boolean noStdin;
    @Option(names = "--sig-proxy", negatable = true, defaultValue = "true", fallbackValue = "true", arity = "0..1",
            description = "Proxy all received signals to the process (default true)") boolean sigProxy;
    @Parameters(index = "0", paramLabel = "SERVICE") String service;

    @Override
    public Integer call() throws Exception {
        Invocation io = global.caller();
        String projectName = Loaded.optional(global).name();
        byte[] keys = DetachKeys.parse(detachKeys == null || detachKeys.isEmpty() ? DetachKeys.DEFAULT : detachKeys);
        try (ComposeEngine engine = EngineConnection.open(global.caller())) {
            ContainerState c = engine.container(projectName, service, index, true, false);
            CountDownLatch ended = new CountDownLatch(1);
            AtomicBoolean detached = new AtomicBoolean();
            InputStream stdin = noStdin ? null : DetachKeys.watching(io.in(), keys, () -> {
                detached.set(true);
                ended.countDown();
            });
            try (Subscription attached = engine.attach(c, stdin, e -> print(io, e), ended::countDown);
                 Interrupts signals = sigProxy ? new Interrupts(() -> forward(engine, projectName, c, "SIGINT"),
                         () -> forward(engine, projectName, c, "SIGINT")) : null) {
                ended.await();
            }
            if (detached.get()) {
                io.err().println("read escape sequence");
                return 0;
            }
            return engine.waitFor(c.id());
        }
    }

    private static void print(Invocation io, EngineEvent e) {
        if (e instanceof EngineEvent.LogLine l) {
            (l.stderr() ? io.err() : io.out()).print(l.text());
            (l.stderr() ? io.err() : io.out()).flush();
        }
    }

    private static void forward(ComposeEngine engine, String projectName, ContainerState c, String signal) {
        try {
            engine.kill(projectName, new KillOptions(List.of(c.serviceName()), signal, c.number()), EventSink.NONE);
        } catch (RuntimeException stoppedMeanwhile) {
            // the container ended on its own: the attach ends with it
        }
    }
}
