package dev.berth.insight.build;

import dev.berth.engine.EngineEvent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follows the builds of an Up or a Build from the engine's events: an image BUILDING starts a service's build, each
 * output line is kept and a {@code Step 3/7 : RUN …} line (the engine's builder prints one as it begins a step)
 * moves it on, BUILT ends it. Not thread-safe: feed it from one thread.
 */
public final class BuildSteps {
    /** Output lines kept per service: the end of a long build is what matters. */
    static final int KEEP_LINES = 2000;
    private static final Pattern STEP = Pattern.compile("^Step (\\d+)/(\\d+) : (.*)$");
    private static final Pattern FROM = Pattern.compile("(?i)^FROM\\s+\\S+(?:\\s+AS\\s+(\\S+))?.*$");
    private final Map<String, Build> builds = new TreeMap<>();

    /** Takes one event; returns the service whose build it changed, or null. */
    public String accept(EngineEvent e) {
        switch (e) {
            case EngineEvent.ResourceChanged r when r.kind() == EngineEvent.Kind.IMAGE && r.serviceName() != null
                    && r.phase() == EngineEvent.Phase.BUILDING -> builds.put(r.serviceName(), new Build(r.resourceName()));
            case EngineEvent.ResourceChanged r when r.kind() == EngineEvent.Kind.IMAGE && r.serviceName() != null
                    && r.phase() == EngineEvent.Phase.BUILT && builds.containsKey(r.serviceName()) ->
                    builds.get(r.serviceName()).state = BuildProgress.State.BUILT;
            case EngineEvent.ImageProgress p when p.serviceName() != null && builds.containsKey(p.serviceName())
                    && builds.get(p.serviceName()).state == BuildProgress.State.BUILDING -> builds.get(p.serviceName())
                    .line(p.text());
            default -> {
                return null;
            }
        }
        return e instanceof EngineEvent.ResourceChanged r ? r.serviceName() : ((EngineEvent.ImageProgress) e).serviceName();
    }

    /** Marks every build still going as failed (the run ended with an error). */
    public List<String> endRunning() {
        List<String> out = new ArrayList<>();
        builds.forEach((service, b) -> {
            if (b.state == BuildProgress.State.BUILDING) {
                b.state = BuildProgress.State.FAILED;
                out.add(service);
            }
        });
        return out;
    }

    public BuildProgress progress(String serviceName) {
        Build b = builds.get(serviceName);
        return b == null ? null : new BuildProgress(serviceName, b.image, b.step, b.total, b.instruction,
                b.stage, b.state, b.output);
    }

    public Collection<String> services() {
        return builds.keySet();
    }

    private static final class Build {
        final String image;
        final List<String> output = new ArrayList<>();
        int step;
        int total;
        int stages;
        String instruction = "";
        String stage = "";
        BuildProgress.State state = BuildProgress.State.BUILDING;

        Build(String image) {
            this.image = image;
        }

        void line(String text) {
            output.add(text);
            if (output.size() > KEEP_LINES) {
                output.subList(0, output.size() - KEEP_LINES).clear();
            }
            Matcher m = STEP.matcher(text.strip());
            if (m.matches()) {
                step = Integer.parseInt(m.group(1));
                total = Integer.parseInt(m.group(2));
                instruction = m.group(3).strip();
                Matcher from = FROM.matcher(instruction);
                if (from.matches()) {
                    stages++;
                    stage = from.group(1) != null ? from.group(1) : "stage " + stages;
                } else if (stage.isEmpty()) {
                    stages = 1; // the FROM line was not seen (output joined late)
                    stage = "stage 1";
                }
            }
        }
    }
}
