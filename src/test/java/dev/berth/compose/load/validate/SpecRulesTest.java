package dev.berth.compose.load.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.load.LoadException;
import dev.berth.compose.load.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per kind of rule of the Compose Specification's schema, each rejected at file:line:col with
 * the reference (docker compose 2.40.3 rejects every one of these files, and accepts the valid ones).
 */
class SpecRulesTest {
    @TempDir
    Path dir;
    private Checked checked;

    @BeforeEach
    void setUp() {
        checked = new Checked(dir);
    }

    @Test
    void typeOfAValue() throws IOException {
        Problem p = checked.rejected("""
                services:
                  web:
                    image: nginx
                    tty: [yes]
                """, 4, 5);
        assertThat(p.path()).isEqualTo("services.web.tty");
        assertThat(p.message()).isEqualTo("must be a boolean or a string, not a sequence");
    }

    @Test
    void aStringAtATypedPathMustParseAsItsTypeEvenWithoutVariables() throws IOException {
        Problem ulimit = checked.rejected("""
                services:
                  web:
                    image: nginx
                    ulimits:
                      nproc: lots
                """, 5, 7);
        assertThat(ulimit.message()).isEqualTo("error while interpolating services.web.ulimits.nproc: failed to cast"
                + " to expected type: strconv.Atoi: parsing \"lots\": invalid syntax");
        Problem target = checked.rejected("""
                services:
                  web:
                    image: nginx
                    ports:
                      - target: "${PORT}"
                """, Map.of("PORT", "80x"), 5, 9);
        assertThat(target.message()).contains("services.web.ports.[].target").contains("parsing \"80x\"");
        Problem flag = checked.rejected("""
                services:
                  web:
                    image: nginx
                    init: "maybe"
                """, 4, 5);
        assertThat(flag.message()).endsWith("failed to cast to expected type: invalid boolean: maybe");
    }

    @Test
    void anUndefinedDependencyIsRefusedEvenWhenNotRequired() throws IOException, LoadException {
        Problem p = checked.rejected("""
                services:
                  web:
                    image: nginx
                    depends_on:
                      db: {condition: service_started, required: false}
                """, 5, 7);
        assertThat(p.message()).isEqualTo("depends on undefined service 'db'");
        checked.accepted("""
                services:
                  web:
                    image: nginx
                    depends_on:
                      db: {condition: service_started, required: false}
                  db:
                    image: postgres
                    profiles: [later]
                """, Map.of());
    }

    @Test
    void aSecretMustSayWhereItsValueComesFromUsedOrNot() throws IOException, LoadException {
        Problem p = checked.rejected("""
                services:
                  web:
                    image: nginx
                secrets:
                  token:
                    environment: ""
                """, 5, 3);
        assertThat(p.message()).isEqualTo("secret \"token\" must declare either `file` or `environment`");
        checked.accepted("""
                services:
                  web:
                    image: nginx
                secrets:
                  token:
                    external: true
                """, Map.of());
    }

    @Test
    void aNegativeNumberForAnUnsignedFieldIsRefusedAsTheDecoderRefusesIt() throws IOException {
        Problem retries = checked.rejected("""
                services:
                  web:
                    image: nginx
                    healthcheck: {test: [CMD, "true"], retries: -1}
                """, 4, 40);
        assertThat(retries.message()).isEqualTo("cannot parse value as 'uint64': -1 overflows uint");
        Problem target = checked.rejected("""
                services:
                  web:
                    image: nginx
                    ports:
                      - target: -80
                """, 5, 9);
        assertThat(target.message()).isEqualTo("cannot parse value as 'uint32': -80 overflows uint");
        Problem weight = checked.rejected("""
                services:
                  web:
                    image: nginx
                    blkio_config:
                      weight_device: [{path: /dev/sda, weight: -5}]
                """, 5, 40);
        assertThat(weight.message()).contains("'uint16'");
    }

    @Test
    void typeOfAShortFormNamesEveryFormItMayTake() throws IOException {
        Problem p = checked.rejected("""
                services:
                  web:
                    build: 42
                """, 3, 5);
        assertThat(p.message()).isEqualTo("must be a mapping or a string, not the number 42");
        Problem port = checked.rejected("""
                services:
                  web:
                    image: nginx
                    ports:
                      - [80]
                """, 5, 9);
        assertThat(port.path()).isEqualTo("services.web.ports[0]");
        assertThat(port.message()).isEqualTo("must be a mapping, a number or a string, not a sequence");
    }

    @Test
    void topLevelSectionGivenAsAList() throws IOException {
        Problem p = checked.rejected("""
                services:
                  web: {image: nginx}
                networks:
                  - front
                """, 3, 1);
        assertThat(p.path()).isEqualTo("networks");
        assertThat(p.message()).isEqualTo("must be a mapping, not a sequence");
    }

    @Test
    void emptyValueInAListAttribute() throws IOException {
        Problem p = checked.rejected("""
                services:
                  web:
                    image: nginx
                    dns:
                      - 8.8.8.8
                      -
                """, 6, 8);
        assertThat(p.path()).isEqualTo("services.web.dns[1]");
        assertThat(p.message()).isEqualTo("must be a string, not null (an empty value)");
        assertThat(p.hint()).contains("give it a value or remove it");
    }

    @Test
    void minimumOfANumber() throws IOException {
        Problem p = checked.rejected("""
                services:
                  web:
                    image: nginx
                    volumes:
                      - type: tmpfs
                        target: /cache
                        tmpfs:
                          size: -1
                """, 8, 11);
        assertThat(p.path()).isEqualTo("services.web.volumes[0].tmpfs.size");
        assertThat(p.message()).isEqualTo("must be greater than or equal to 0, not -1");
    }

    @Test
    void maximumOfANumber() throws IOException {
        Problem p = checked.rejected("""
                services:
                  web: {image: nginx, oom_score_adj: 1001}
                """, 2, 23);
        assertThat(p.message()).isEqualTo("must be less than or equal to 1000, not 1001");
    }

    @Test
    void patternIsCheckedAfterInterpolation() throws IOException {
        Problem p = checked.rejected("""
                services:
                  web:
                    image: nginx
                    container_name: ${NAME}
                """, Map.of("NAME", ""), 4, 5);
        assertThat(p.path()).isEqualTo("services.web.container_name");
        assertThat(p.message()).isEqualTo("must match the pattern '[a-zA-Z0-9][a-zA-Z0-9_.-]+', not ''");
        assertThat(p.hint()).startsWith("a container name has two characters or more");
    }

    @Test
    void enumOfWords() throws IOException {
        Problem p = checked.rejected("""
                services:
                  web:
                    image: nginx
                    cgroup: hots
                """, 4, 5);
        assertThat(p.message()).isEqualTo("must be one of host, private, not 'hots'");
        assertThat(p.hint()).isEqualTo("did you mean 'host'?");
    }

    @Test
    void requiredAttribute() throws IOException {
        Problem p = checked.rejected("""
                services:
                  web:
                    image: nginx
                    deploy:
                      resources:
                        reservations:
                          devices:
                            - driver: nvidia
                              count: 1
                """, 8, 15);
        assertThat(p.path()).isEqualTo("services.web.deploy.resources.reservations.devices[0]");
        assertThat(p.message()).isEqualTo("missing required attribute 'capabilities'");
    }

    @Test
    void additionalPropertiesAreUnknownAttributesOrInvalidNames() throws IOException {
        Problem p = checked.rejected("""
                services:
                  web:
                    image: nginx
                    logging:
                      drvier: syslog
                """, 5, 7);
        assertThat(p.message()).isEqualTo("unknown attribute 'drvier'");
        assertThat(p.hint()).isEqualTo("did you mean 'driver'?");
        Problem name = checked.rejected("""
                services:
                  "web server": {image: nginx}
                """, 2, 3);
        assertThat(name.message()).isEqualTo("'web server' is not a valid name");
    }

    @Test
    void uniqueItems() throws IOException {
        Problem p = checked.rejected("""
                services:
                  web:
                    image: nginx
                    volumes_from: [db, db]
                  db: {image: pg}
                """, 4, 24);
        assertThat(p.path()).isEqualTo("services.web.volumes_from[1]");
        assertThat(p.message()).isEqualTo("repeats item [0] ('db')");
    }

    @Test
    void validEdgeCasesTheReferenceAccepts() throws IOException, LoadException {
        checked.accepted("""
                x-top: {anything: [1, 2]}
                services:
                  web:
                    image: nginx
                    x-own: {deep: {er: true}}
                    container_name: "!!ab"
                    pull_policy: xnever
                    cpu_count: "2"
                    cpus: ${CPUS}
                    scale: "1"
                    init: "true"
                    ports:
                      - target: 80
                        mode: anything
                        x-port: 1
                    logging:
                      x-log: 1
                    cap_add: [NET_ADMIN, NET_ADMIN]
                networks:
                  n:
                    external: true
                    driver: bridge
                    x-net: 1
                """, Map.of("CPUS", "0.5"));
    }
}
