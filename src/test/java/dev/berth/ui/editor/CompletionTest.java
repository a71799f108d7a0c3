package dev.berth.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Attribute names offered where a key is typed, from the spec the loader validates with. */
class CompletionTest {
    private static List<String> lines(String text) {
        return List.of(text.split("\n", -1));
    }

    @Test
    void pathFollowsIndentationAndListItems() {
        List<String> l = lines("""
                services:
                  web:
                    # a comment at another indent
                    ports:
                      - target: 80
                        pu
                      - ta
                    hea
                net""");
        assertThat(YamlPath.at(l, 1)).containsExactly("services");
        assertThat(YamlPath.at(l, 3)).containsExactly("services", "web");
        assertThat(YamlPath.at(l, 5)).containsExactly("services", "web", "ports", "-");
        assertThat(YamlPath.at(l, 6)).containsExactly("services", "web", "ports", "-");
        assertThat(YamlPath.at(l, 7)).containsExactly("services", "web");
        assertThat(YamlPath.at(l, 8)).isEmpty();
    }

    @Test
    void namesComeFromTheSpecForThatPlace() {
        List<String> l = lines("""
                services:
                  web:
                    hea
                    ports:
                      - pu
                    depends_on:
                      db:
                        con
                net""");
        assertThat(Completion.at(l, 2, 7)).containsExactly("healthcheck");
        assertThat(Completion.at(l, 4, 10)).containsExactly("published");
        assertThat(Completion.at(l, 7, 11)).containsExactly("condition");
        assertThat(Completion.at(l, 8, 3)).containsExactly("networks");
        assertThat(SpecNames.under(List.of("services", "web"))).contains("image", "build", "depends_on", "volumes")
                .hasSizeGreaterThan(70).isSorted();
        assertThat(SpecNames.under(List.of("services", "web", "build"))).contains("context", "dockerfile", "args");
        assertThat(SpecNames.under(List.of("services"))).as("service names are the person's own").isEmpty();
    }

    @Test
    void namesReachEveryNestingLevelOfTheSpec() {
        assertThat(SpecNames.under(List.of("services", "web", "deploy"))).contains("resources", "restart_policy", "replicas");
        assertThat(SpecNames.under(List.of("services", "web", "deploy", "resources", "limits"))).contains("cpus", "memory", "pids");
        assertThat(SpecNames.under(List.of("services", "web", "deploy", "resources", "reservations", "devices", "-")))
                .contains("capabilities", "driver", "count");
        assertThat(SpecNames.under(List.of("services", "web", "volumes", "-", "bind"))).contains("propagation", "create_host_path");
        assertThat(SpecNames.under(List.of("services", "web", "networks", "front"))).contains("aliases", "ipv4_address");
        assertThat(SpecNames.under(List.of("services", "web", "develop", "watch", "-"))).contains("action", "path", "target");
        assertThat(SpecNames.under(List.of("services", "web", "healthcheck"))).contains("test", "interval", "start_period");
        assertThat(SpecNames.under(List.of("services", "web", "logging"))).contains("driver", "options");
        assertThat(SpecNames.under(List.of("networks", "front"))).contains("driver", "ipam", "external", "internal");
        assertThat(SpecNames.under(List.of("networks", "front", "ipam", "config", "-"))).contains("subnet", "gateway");
        assertThat(SpecNames.under(List.of("volumes", "data"))).contains("driver", "driver_opts", "external", "name");
        assertThat(SpecNames.under(List.of("secrets", "key"))).contains("file", "environment", "external");
        assertThat(SpecNames.under(List.of("configs", "conf"))).contains("file", "content");
        assertThat(SpecNames.under(List.of("include", "-"))).contains("path", "project_directory", "env_file");
        assertThat(SpecNames.under(List.of())).contains("services", "networks", "volumes", "include", "name");
    }

    @Test
    void valuesTheSpecNamesAreOfferedAfterTheKey() {
        List<String> l = lines("""
                services:
                  web:
                    restart: 
                    pull_policy: al
                    depends_on:
                      db:
                        condition: service_
                    init: 
                    deploy:
                      restart_policy:
                        condition: 
                    volumes:
                      - type: b
                    image: ngi""");
        assertThat(Completion.at(l, 2, 13)).containsExactly("no", "always", "on-failure", "unless-stopped");
        assertThat(Completion.at(l, 3, 19)).containsExactly("always");
        assertThat(SpecNames.values(List.of("services", "web", "pull_policy")))
                .contains("never", "build", "missing", "daily", "weekly").noneMatch(v -> v.contains("("));
        assertThat(Completion.at(l, 6, 27)).containsExactly("service_started", "service_healthy",
                "service_completed_successfully");
        assertThat(Completion.at(l, 7, 10)).containsExactly("true", "false");
        assertThat(Completion.at(l, 10, 19)).containsExactly("none", "on-failure", "any");
        assertThat(Completion.at(l, 12, 15)).containsExactly("bind");
        assertThat(Completion.at(l, 13, 14)).as("an image is the person's own").isEmpty();
    }

    @Test
    void nothingIsOfferedInsideAValue() {
        List<String> l = lines("services:\n  web:\n    image: ngi");
        assertThat(Completion.at(l, 2, 14)).isEmpty();
    }
}
