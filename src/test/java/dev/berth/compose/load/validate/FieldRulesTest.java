package dev.berth.compose.load.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.load.Problem;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules between fields that the schema cannot express, each located at file:line:col (the reference rejects each file). */
class FieldRulesTest {
    @TempDir
    Path dir;
    private Checked checked;

    @BeforeEach
    void setUp() {
        checked = new Checked(dir);
    }

    @Test
    void deviceRequestCountAndDeviceIdsAreExclusive() throws IOException {
        Problem p = checked.rejected("""
                services:
                  web:
                    image: nginx
                    deploy:
                      resources:
                        reservations:
                          devices:
                            - capabilities: [gpu]
                              count: 1
                              device_ids: ["0"]
                """, 10, 15);
        assertThat(p.path()).isEqualTo("services.web.deploy.resources.reservations.devices[0].device_ids");
        assertThat(p.message()).isEqualTo("\"count\" and \"device_ids\" attributes are exclusive");
        Problem gpus = checked.rejected("""
                services:
                  web:
                    image: nginx
                    gpus:
                      - {count: 2, device_ids: ["1"]}
                """, 5, 20);
        assertThat(gpus.path()).isEqualTo("services.web.gpus[0].device_ids");
    }

    @Test
    void secretSourcesAreExclusiveAndOneIsNeeded() throws IOException {
        Problem both = checked.rejected("""
                services:
                  web: {image: nginx}
                secrets:
                  token:
                    file: ./token
                    environment: TOKEN
                """, 6, 5);
        assertThat(both.message()).isEqualTo("file|environment attributes are mutually exclusive");
        Problem none = checked.rejected("""
                services:
                  web: {image: nginx}
                configs:
                  app:
                    name: app
                """, 4, 3);
        assertThat(none.message()).isEqualTo("one of file|environment|content must be set");
    }

    @Test
    void hostIpOfAPortIsAnAddress() throws IOException {
        Problem p = checked.rejected("""
                services:
                  web:
                    image: nginx
                    ports:
                      - target: 80
                        host_ip: localhost
                """, 6, 9);
        assertThat(p.message()).isEqualTo("invalid ip address: localhost");
        assertThat(FieldRules.isIp("::1")).isTrue();
        assertThat(FieldRules.isIp("10.0.0.1")).isTrue();
        assertThat(FieldRules.isIp("010.0.0.1")).isFalse();
        assertThat(FieldRules.isIp("[::1]")).isFalse();
    }

    @Test
    void watchNeedsAPathAndATargetForSync() throws IOException {
        Problem blank = checked.rejected("""
                services:
                  web:
                    build: .
                    develop:
                      watch:
                        - {path: "", action: rebuild}
                """, 6, 12);
        assertThat(blank.message()).isEqualTo("value can't be blank");
        Problem target = checked.rejected("""
                services:
                  web:
                    build: .
                    develop:
                      watch:
                        - path: ./src
                          action: sync
                """, 6, 11);
        assertThat(target.message()).isEqualTo("target is required for non-rebuild actions");
    }

    @Test
    void healthcheckTestStartsWithItsForm() throws IOException {
        Problem p = checked.rejected("""
                services:
                  web:
                    image: nginx
                    healthcheck:
                      test: [curl, localhost]
                """, 5, 7);
        assertThat(p.message()).startsWith("healthcheck.test must start either by \"CMD\"");
    }

    @Test
    void reservationAndReplicasAgreeWithTheirShortForms() throws IOException {
        Problem mem = checked.rejected("""
                services:
                  web:
                    image: nginx
                    mem_reservation: 1g
                    deploy:
                      resources:
                        reservations: {memory: 2g}
                """, 4, 5);
        assertThat(mem.message()).isEqualTo("can't set distinct values on 'mem_reservation' and "
                + "'deploy.resources.reservations.memory'");
        Problem replicas = checked.rejected("""
                services:
                  web:
                    image: nginx
                    deploy:
                      replicas: -1
                """, 5, 7);
        assertThat(replicas.message()).isEqualTo("must be greater than or equal to 0, not -1");
    }

    @Test
    void buildRefersToDeclaredSecretsAndBuildableServices() throws IOException {
        Problem secret = checked.rejected("""
                services:
                  web:
                    build:
                      context: .
                      secrets: [npmrc]
                """, 5, 17);
        assertThat(secret.message()).isEqualTo("refers to undefined build secret npmrc");
        Problem context = checked.rejected("""
                services:
                  base: {image: alpine}
                  web:
                    build:
                      context: .
                      additional_contexts:
                        base: service:base
                """, 7, 9);
        assertThat(context.message()).isEqualTo("declares non-buildable service \"base\" as additional context base");
    }
}
