package dev.berth.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.model.Project;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reference's create mapping rules, as {@link SpecBuilder} applies them (engine-neutral spec). */
class SpecMappingTest {
    private static final Path DIR = Path.of("/srv/demo");
    private static final String JSON = """
            {"name": "demo", "networks": {"default": {"name": "demo_default", "ipam": {}},
                                          "back": {"name": "demo_back", "ipam": {}}},
             "volumes": {"data": {"name": "demo_data"}},
             "services": {
              "db": {"image": "busybox", "deploy": {"replicas": 2, "resources": {"reservations": {"memory": "1048576"}},
                                                    "restart_policy": {"condition": "any"}}},
              "web": {"image": "busybox", "links": ["db:database"], "volumes_from": ["db"],
                      "environment": {"SET": "1", "PASSED": null},
                      "extra_hosts": ["example.com=1.2.3.4", "six=::1"],
                      "logging": {"driver": "syslog", "options": {"syslog-address": "tcp://127.0.0.1:123"}},
                      "devices": [{"source": "/dev/sda", "target": "/dev/xvda", "permissions": "rwm"}],
                      "gpus": [{"driver": "nvidia", "count": 2, "capabilities": ["compute"], "options": {"x": "y"}}],
                      "deploy": {"resources": {"reservations": {"devices": [
                        {"capabilities": ["gpu", "utility"], "device_ids": ["0", "3"]},
                        {"capabilities": ["tpu"], "count": -1}]}}},
                      "volumes": [
                        {"type": "bind", "source": "/srv/demo/conf", "target": "/conf", "bind": {"create_host_path": true}},
                        {"type": "bind", "source": "/srv/demo/strict", "target": "/strict", "bind": {}},
                        {"type": "volume", "source": "data", "target": "/data", "read_only": true},
                        {"type": "volume", "source": "data", "target": "/nocopy", "volume": {"nocopy": true}},
                        {"type": "volume", "target": "/anonymous"},
                        {"type": "bind", "source": "/srv/demo/first", "target": "/same"},
                        {"type": "volume", "source": "data", "target": "/same"}],
                      "networks": {"default": {"aliases": ["www"]}, "back": null}}}}
            """;

    private final Project project = Projects.fromJson(JSON, DIR);
    private final ContainerSpec web = SpecBuilder.build(project, project.service("web"), 1, "demo-web-1");

    @Test
    void deviceReservationsComeFirstThenGpusWithTheGpuCapabilityAdded() {
        assertThat(web.extras().deviceRequests()).containsExactly(
                new ContainerSpec.DeviceRequest(null, 0, List.of("0", "3"), List.of("gpu", "utility"), java.util.Map.of()),
                new ContainerSpec.DeviceRequest(null, -1, List.of(), List.of("tpu"), java.util.Map.of()),
                new ContainerSpec.DeviceRequest("nvidia", 2, List.of(), List.of("compute", "gpu"), java.util.Map.of("x", "y")));
    }

    @Test
    void shortBindsAndPlainNamedVolumesGoThroughBindStringsTheRestThroughMounts() {
        assertThat(web.extras().binds()).containsExactly("/srv/demo/conf:/conf:rw", "demo_data:/data:ro",
                "demo_data:/same:rw");
        assertThat(web.mounts()).extracting(ContainerSpec.MountSpec::target)
                .containsExactly("/strict", "/nocopy", "/anonymous");
        assertThat(web.mounts().get(1).options().noCopy()).isTrue();
    }

    @Test
    void aliasesStartWithTheContainerNameAndOneOffsHaveOnlyThat() {
        assertThat(web.networks()).extracting(ContainerSpec.Endpoint::aliases)
                .containsExactly(List.of("demo-web-1", "web"), List.of("demo-web-1", "web", "www")); // back, default
        assertThat(SpecBuilder.endpoints(project, project.service("web"), "demo-web-run-1", false))
                .extracting(ContainerSpec.Endpoint::aliases).containsOnly(List.of("demo-web-run-1"));
    }

    @Test
    void extraHostsUseTheColonFormEveryApiVersionTakes() {
        assertThat(web.extraHosts()).containsExactly("example.com:1.2.3.4", "six:::1");
    }

    @Test
    void linksNameEachContainerOfTheLinkedServiceAsTheReferenceDoes() {
        assertThat(web.extras().links()).containsExactly("demo-db-1:database", "demo-db-1:db-1", "demo-db-1:demo-db-1",
                "demo-db-2:database", "demo-db-2:db-1", "demo-db-2:demo-db-1");
    }

    @Test
    void loggingDevicesAndBareEnvironmentNamesAreSent() {
        assertThat(web.extras().logDriver()).isEqualTo("syslog");
        assertThat(web.extras().logOptions()).containsEntry("syslog-address", "tcp://127.0.0.1:123");
        assertThat(web.extras().devices()).containsExactly(new ContainerSpec.Device("/dev/sda", "/dev/xvda", "rwm"));
        assertThat(web.environment()).containsExactly("PASSED", "SET=1");
    }

    @Test
    void deploySettingsOverrideTheServiceOnes() {
        ContainerSpec db = SpecBuilder.build(project, project.service("db"), 1, "demo-db-1");

        assertThat(project.service("db").scale()).isEqualTo(2);
        assertThat(db.memoryReservationBytes()).isEqualTo(1048576L);
        assertThat(db.restartPolicy()).isEqualTo("always");
    }

    @Test
    void noBerthLabelChangesWhatInspectShows() {
        assertThat(web.labels().keySet()).allMatch(k -> k.startsWith("com.docker.compose."));
    }
}
