package dev.berth.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.compose.model.Project;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Secrets and configs that are not files: where the reference puts them, with which mode, and no value leaked. */
class InjectedFilesTest {
    private static final Path DIR = Path.of("/srv/demo");
    private static final String DEMO = """
            {"name": "demo", "services": {"app": {"image": "busybox", "secrets": [
                {"source": "token"}, {"source": "token", "target": "custom"},
                {"source": "token", "target": "/abs/token", "mode": "0400", "uid": "1000", "gid": "1001"},
                {"source": "cert"}],
              "configs": [{"source": "inline"}, {"source": "inline", "target": "rel.conf"},
                {"source": "fromenv", "target": "/etc/app.conf", "mode": "0640"}, {"source": "plain"}]}},
             "secrets": {"token": {"name": "demo_token", "environment": "TOKEN"},
                         "cert": {"name": "demo_cert", "file": "/srv/demo/cert.pem"}},
             "configs": {"inline": {"name": "demo_inline", "content": "hello\\n"},
                         "fromenv": {"name": "demo_fromenv", "environment": "APP_CONF"},
                         "plain": {"name": "demo_plain", "file": "/srv/demo/plain.conf"}}}
            """;

    @Test
    void copiesEnvironmentAndContentSourcesAtTheReferenceTargetsAndModes() {
        Project project = Projects.fromJson(DEMO, DIR, Map.of("TOKEN", "s3cr3t", "APP_CONF", "x=1", "OTHER", "no"));

        List<DockerGateway.FileCopy> files = InjectedFiles.of(project, project.service("app"));

        assertThat(files).extracting(f -> f.path() + " " + Integer.toOctalString(f.mode()) + " " + f.uid() + ":"
                + f.gid() + " " + new String(f.content(), StandardCharsets.UTF_8).strip()).containsExactly(
                "/run/secrets/token 444 null:null s3cr3t",
                "/run/secrets/custom 444 null:null s3cr3t",
                "/abs/token 400 1000:1001 s3cr3t",
                "/inline 444 null:null hello",
                "/rel.conf 444 null:null hello",
                "/etc/app.conf 640 null:null x=1");
        assertThat(project.environment()).containsOnlyKeys("TOKEN", "APP_CONF");
    }

    @Test
    void fileSourcesAreReadOnlyBindMountsAtTheSameTargets() {
        Project project = Projects.fromJson(DEMO, DIR, Map.of("TOKEN", "s3cr3t", "APP_CONF", "x=1"));

        ContainerSpec spec = SpecBuilder.build(project, project.service("app"), 1, "demo-app-1");

        assertThat(spec.mounts()).extracting(m -> m.type() + " " + m.source() + " " + m.target() + " " + m.readOnly())
                .containsExactly("bind /srv/demo/cert.pem /run/secrets/cert true",
                        "bind /srv/demo/plain.conf /plain true");
    }

    @Test
    void ownerAndModeOfFileSourcesAreIgnoredWithTheReferenceWarning() {
        Project project = Projects.fromJson(DEMO.replace("{\"source\": \"cert\"}",
                "{\"source\": \"cert\", \"mode\": \"0400\"}"), DIR, Map.of("TOKEN", "s3cr3t", "APP_CONF", "x=1"));

        Plan plan = Reconciler.up(project, ProjectState.empty("demo"), UpOptions.defaults());

        assertThat(plan.warnings()).containsExactly(
                "secrets `uid`, `gid` and `mode` are not supported, they will be ignored");
    }

    @Test
    void unsetVariableIsNamedAndSecretValuesNeverShow() {
        Project missing = Projects.fromJson(DEMO, DIR, Map.of("APP_CONF", "x=1"));
        Project set = Projects.fromJson(DEMO, DIR, Map.of("TOKEN", "s3cr3t", "APP_CONF", "x=1"));

        assertThatThrownBy(() -> InjectedFiles.of(missing, missing.service("app")))
                .hasMessage("environment variable \"TOKEN\" required by secret \"demo_token\" is not set");
        assertThat(set.toString()).contains("TOKEN").doesNotContain("s3cr3t");
        assertThat(InjectedFiles.of(set, set.service("app")).toString()).doesNotContain("s3cr3t");
    }

    @Test
    void externalSecretsAndConfigsNeedSwarmLikeTheReferenceSays() {
        Project secret = Projects.fromJson("""
                {"name": "demo", "services": {"app": {"image": "busybox", "secrets": [{"source": "ext"}]}},
                 "secrets": {"ext": {"name": "ext", "external": true}}}
                """, DIR);
        Project config = Projects.fromJson("""
                {"name": "demo", "services": {"app": {"image": "busybox", "configs": [{"source": "ext"}]}},
                 "configs": {"ext": {"name": "shared", "external": true}}}
                """, DIR);

        assertThatThrownBy(() -> SpecBuilder.build(secret, secret.service("app"), 1, "demo-app-1"))
                .hasMessage("unsupported external secret ext");
        assertThatThrownBy(() -> SpecBuilder.build(config, config.service("app"), 1, "demo-app-1"))
                .hasMessage("unsupported external config shared");
    }

    @Test
    void readOnlyServiceCannotTakeCopiedFiles() {
        Project project = Projects.fromJson(DEMO.replace("\"image\": \"busybox\",", "\"image\": \"busybox\", \"read_only\": true,"),
                DIR, Map.of("TOKEN", "s3cr3t", "APP_CONF", "x=1"));

        assertThatThrownBy(() -> InjectedFiles.of(project, project.service("app"))).hasMessage(
                "cannot create secret \"demo_token\" in read-only service app: `file` is the sole supported option");
    }
}
