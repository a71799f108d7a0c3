package dev.berth.engine;

import dev.berth.compose.model.Build;
import dev.berth.compose.model.Project;
import dev.berth.compose.model.Service;
import dev.berth.engine.EngineEvent.Kind;
import dev.berth.engine.EngineEvent.Phase;
import dev.berth.engine.EngineEvent.ResourceChanged;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds a service's image from its build section, streaming each output line as progress. */
final class ImageBuilder {
    private final DockerGateway gateway;
    private final Project project;
    private final EventSink sink;

    ImageBuilder(DockerGateway gateway, Project project, EventSink sink) {
        this.gateway = gateway;
        this.project = project;
        this.sink = sink;
    }

    void build(Service service, boolean noCache) {
        Build b = service.build();
        if (b == null) {
            return;
        }
        String image = service.imageName(project.name());
        sink.accept(new ResourceChanged(Kind.IMAGE, image, service.name(), Phase.BUILDING, null, null));
        Path context = project.workingDir() == null ? Path.of(b.context()) : project.workingDir().resolve(b.context());
        Map<String, String> labels = new TreeMap<>(b.labels());
        labels.put(Labels.PROJECT, project.name());
        labels.put(Labels.SERVICE, service.name());
        try {
            gateway.build(new DockerGateway.BuildRequest(context.toString(), b.dockerfile(), b.dockerfileInline(),
                    b.target(), b.args(), labels, List.of(image), noCache),
                    line -> sink.accept(new EngineEvent.ImageProgress(service.name(), image, line, null, null)));
        } catch (EngineException e) {
            throw new EngineException(EngineException.Reason.BUILD_FAILED,
                    "failed to build " + image + ": " + e.getMessage(), e);
        }
        sink.accept(new ResourceChanged(Kind.IMAGE, image, service.name(), Phase.BUILT, null, null));
    }
}
