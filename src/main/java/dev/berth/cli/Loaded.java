package dev.berth.cli;

import dev.berth.compose.load.LoadException;
import dev.berth.compose.model.Project;
import java.util.List;

/**
 * The project a command acts on. Commands like down/ps/logs work with {@code -p NAME} alone when no compose file
 * is found, as the reference does; {@code project} is then null.
 */
record Loaded(String name, Project project) {

    static Loaded required(GlobalOptions global, List<String> services) throws LoadException {
        Project p = ProjectSource.load(global, services);
        return new Loaded(p.name(), p);
    }

    static Loaded optional(GlobalOptions global) throws LoadException {
        String name = ProjectSource.projectName(global);
        try {
            Project p = ProjectSource.load(global, List.of());
            return new Loaded(p.name(), p);
        } catch (LoadException | IllegalStateException e) {
            if (name == null) {
                throw e;
            }
            return new Loaded(name, null);
        }
    }
}
