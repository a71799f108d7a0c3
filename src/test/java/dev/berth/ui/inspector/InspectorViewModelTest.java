package dev.berth.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.load.LoadResult;
import dev.berth.compose.load.SourceMap;
import dev.berth.compose.model.FileObject;
import dev.berth.compose.model.Location;
import dev.berth.compose.model.Project;
import dev.berth.ui.TestProjects;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InspectorViewModelTest {
    @Test
    void namesThatSaySecretAreMasked() {
        assertThat(SecretMask.sensitiveName("POSTGRES_PASSWORD")).isTrue();
        assertThat(SecretMask.sensitiveName("api_token")).isTrue();
        assertThat(SecretMask.sensitiveName("AWS_SECRET_ACCESS_KEY")).isTrue();
        assertThat(SecretMask.sensitiveName("DB_HOST")).isFalse();
    }

    @Test
    void secretValuesAreMaskedWhateverTheirNameAndInsideLongerText() {
        SecretMask mask = new SecretMask(java.util.Set.of("hunter2"));
        assertThat(mask.show("DB_URL", "hunter2")).isEqualTo(SecretMask.MASK);
        assertThat(mask.show("CMD", "login --pw hunter2")).isEqualTo("login --pw " + SecretMask.MASK);
        assertThat(mask.show("DB_HOST", "db")).isEqualTo("db");
    }

    @Test
    void environmentShowsValuesWithTheirSourceLineAndNeverThePassword() {
        Project p = TestProjects.webapp();
        SourceMap sources = new SourceMap();
        sources.put("services.db.environment.POSTGRES_USER", new Location(Path.of("/tmp/webapp/compose.yaml"), 7, 7));
        InspectorViewModel vm = new InspectorViewModel(Map.of(), s -> "");
        vm.setLoaded(new LoadResult(p, sources, List.of()));
        vm.inspect("service-db");
        assertThat(vm.titleProperty().get()).isEqualTo("Service db");
        assertThat(vm.rows()).contains(new InspectorRow("Environment", "POSTGRES_USER", "app", "compose.yaml:7", null));
        assertThat(vm.rows()).contains(new InspectorRow("Environment", "POSTGRES_PASSWORD", SecretMask.MASK, "", null));
        assertThat(vm.rows()).noneMatch(r -> r.value().contains("s3cret-pw"));
    }

    @Test
    void secretsReadFromTheEnvironmentAreMaskedInTheConfigTree() {
        Project base = TestProjects.webapp();
        Map<String, Object> tree = Map.of("services", Map.of("db", Map.of("command", List.of("run", "--key=topsecretvalue"))));
        Project p = new Project(base.name(), base.workingDir(), base.configFiles(), base.services(), Map.of(), base.networks(),
                base.volumes(), Map.of("k", new FileObject("k", "k", null, "API_KEY_VAR", null, false)), Map.of(), java.util.Set.of(), tree);
        InspectorViewModel vm = new InspectorViewModel(Map.of("API_KEY_VAR", "topsecretvalue"), s -> "");
        vm.setLoaded(new LoadResult(p, new SourceMap(), List.of()));
        vm.inspect("service-db");
        assertThat(vm.rows()).anyMatch(r -> r.key().equals("command") && r.value().contains(SecretMask.MASK));
        assertThat(vm.rows()).noneMatch(r -> r.value().contains("topsecretvalue"));
    }

    @Test
    void publishedPortsBecomeLinks() {
        InspectorViewModel vm = new InspectorViewModel(Map.of(), s -> "healthy");
        vm.setLoaded(new LoadResult(TestProjects.webapp(), new SourceMap(), List.of()));
        vm.inspect("service-web");
        assertThat(vm.rows()).contains(new InspectorRow("Ports", "localhost:8080", "80/tcp", "", "http://localhost:8080/"));
        assertThat(vm.rows()).contains(new InspectorRow("Health", "now", "healthy", "", null));
    }
}
