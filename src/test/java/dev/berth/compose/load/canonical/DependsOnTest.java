package dev.berth.compose.load.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.model.DependsOn;
import dev.berth.compose.model.DependsOn.Condition;
import org.junit.jupiter.api.Test;

class DependsOnTest {
    @Test
    void listBecomesLongFormWithDefaults() {
        Fixture f = new Fixture("""
                services:
                  web: {image: nginx, depends_on: [db]}
                  db: {image: pg}
                """);
        assertThat(f.at("services.web.depends_on")).isEqualTo(Fixture.parse("""
                x: {db: {condition: service_started, required: true}}
                """).get("x"));
        assertThat(f.project().service("web").dependsOn().get("db"))
                .isEqualTo(new DependsOn("db", Condition.SERVICE_STARTED, true, false));
    }

    @Test
    void longFormKeepsConditionRestartAndRequired() {
        Fixture f = new Fixture("""
                services:
                  web:
                    image: nginx
                    depends_on:
                      db: {condition: service_healthy, restart: "true", required: false}
                  db: {image: pg}
                """);
        assertThat(f.at("services.web.depends_on.db")).isEqualTo(Fixture.parse("""
                {condition: service_healthy, restart: true, required: false}
                """));
        assertThat(f.project().service("web").dependsOn().get("db"))
                .isEqualTo(new DependsOn("db", Condition.SERVICE_HEALTHY, false, true));
    }

    @Test
    void linksNamespacesAndVolumesFromAreImplicitDependencies() {
        Fixture f = new Fixture("""
                services:
                  web: {image: nginx, links: ["db:database"], network_mode: "service:proxy", volumes_from: [data, "container:x"]}
                  db: {image: pg}
                  proxy: {image: p}
                  data: {image: d}
                """);
        assertThat(f.at("services.web.depends_on")).isEqualTo(Fixture.parse("""
                x:
                  data: {condition: service_started, required: true}
                  db: {condition: service_started, restart: true, required: true}
                  proxy: {condition: service_started, restart: true, required: true}
                """).get("x"));
    }
}
