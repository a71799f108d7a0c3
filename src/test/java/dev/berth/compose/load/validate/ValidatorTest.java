package dev.berth.compose.load.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.berth.compose.load.LoadException;
import dev.berth.compose.load.LoadOptions;
import dev.berth.compose.load.Problem;
import dev.berth.compose.load.ProjectLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each rule: the problem names file:line:col, the dotted path and says what is wrong in compose words. */
class ValidatorTest {
    @TempDir
    Path dir;

    private Problem only(String yaml) throws IOException {
        List<Problem> problems = problems(yaml);
        assertThat(problems).hasSize(1);
        return problems.getFirst();
    }

    private List<Problem> problems(String yaml) throws IOException {
        Path file = dir.resolve("compose.yaml");
        Files.writeString(file, yaml);
        LoadException e = catchThrowableOfType(LoadException.class, () -> new ProjectLoader()
                .load(LoadOptions.ofFiles(List.of(file), Map.of())));
        assertThat(e).as("the file must be rejected").isNotNull();
        return e.problems();
    }

    private static void at(Problem p, int line, int column) {
        assertThat(p.location().file().getFileName()).hasToString("compose.yaml");
        assertThat(p.location().line()).isEqualTo(line);
        assertThat(p.location().column()).isEqualTo(column);
    }

    @Test
    void unknownAttributeHasADidYouMeanHint() throws IOException {
        Problem p = only("""
                services:
                  web:
                    imgae: nginx
                """);
        at(p, 3, 5);
        assertThat(p.path()).isEqualTo("services.web.imgae");
        assertThat(p.message()).isEqualTo("unknown attribute 'imgae'");
        assertThat(p.hint()).isEqualTo("did you mean 'image'?");
    }

    @Test
    void dockerfileAndDockerfileInlineAreMutuallyExclusiveLikeTheReference() throws IOException {
        Problem p = only("""
                services:
                  web:
                    build:
                      context: .
                      dockerfile: Other
                      dockerfile_inline: FROM busybox
                """);
        at(p, 6, 7);
        assertThat(p.path()).isEqualTo("services.web.build.dockerfile_inline");
        assertThat(p.message()).isEqualTo("'dockerfile' and 'dockerfile_inline' are mutually exclusive");
    }

    @Test
    void wrongTypeSaysSequenceOrMapping() throws IOException {
        Problem p = only("""
                services:
                  web:
                    image: nginx
                    ports: {a: 1}
                """);
        at(p, 4, 5);
        assertThat(p.message()).isEqualTo("must be a sequence, not a mapping");
    }

    @Test
    void badPortSyntax() throws IOException {
        Problem p = only("""
                services:
                  web:
                    image: nginx
                    ports:
                      - "80:http"
                """);
        at(p, 5, 9);
        assertThat(p.path()).isEqualTo("services.web.ports[0]");
        assertThat(p.message()).contains("'http' is not a number");
    }

    @Test
    void serviceNeedsAnImageOrABuild() throws IOException {
        Problem p = only("""
                services:
                  web:
                    command: echo
                """);
        at(p, 2, 3);
        assertThat(p.message()).isEqualTo("has neither an image nor a build context specified");
    }

    @Test
    void undefinedNetworkVolumeAndSecretAreNamed() throws IOException {
        List<Problem> problems = problems("""
                services:
                  web:
                    image: nginx
                    networks: [front]
                    volumes: ["data:/data"]
                    secrets: [token]
                networks:
                  fronts: {}
                """);
        assertThat(problems).extracting(Problem::message).containsExactlyInAnyOrder(
                "refers to undefined network 'front'", "refers to undefined volume 'data'",
                "refers to undefined secret 'token'");
        assertThat(problems).filteredOn(p -> p.message().contains("network"))
                .singleElement().satisfies(p -> assertThat(p.hint()).isNotNull());
    }

    @Test
    void networkModeCannotBeCombinedWithNetworks() throws IOException {
        Problem p = only("""
                services:
                  web:
                    image: nginx
                    network_mode: host
                    networks: [default]
                """);
        at(p, 4, 5);
        assertThat(p.message()).isEqualTo("'network_mode' and 'networks' cannot be combined");
    }

    @Test
    void containerNameForbidsScalingAndScaleMustMatchReplicas() throws IOException {
        assertThat(only("""
                services:
                  web:
                    image: nginx
                    container_name: web
                    scale: 2
                """).message()).contains("cannot be scaled to 2");
        assertThat(only("""
                services:
                  web:
                    image: nginx
                    scale: 2
                    deploy: {replicas: 3}
                """).message()).isEqualTo("'scale' (2) and 'deploy.replicas' (3) differ");
    }

    @Test
    void dependencyCycleIsNamed() throws IOException {
        Problem p = only("""
                services:
                  a: {image: x, depends_on: [b]}
                  b: {image: x, depends_on: [a]}
                """);
        assertThat(p.message()).isEqualTo("dependency cycle detected: a -> b -> a");
        assertThat(p.location().line()).isEqualTo(2);
    }

    @Test
    void restrictedWordsAndNumbersAreChecked() throws IOException {
        Problem condition = only("""
                services:
                  web:
                    image: nginx
                    depends_on:
                      db: {condition: started}
                  db: {image: pg}
                """);
        at(condition, 5, 12);
        assertThat(condition.message()).startsWith("must be one of service_started");
        assertThat(only("""
                services:
                  web: {image: nginx, pull_policy: sometimes}
                """).message()).startsWith("must match the pattern 'always|never|");
        assertThat(only("""
                services:
                  web: {image: nginx, scale: -1}
                """).message()).isEqualTo("must be greater than or equal to 0, not -1");
    }

    @Test
    void portsOutOfRangeOrWithoutTargetAndVolumesWithoutTarget() throws IOException {
        assertThat(only("""
                services:
                  web: {image: nginx, ports: ["70000:80"]}
                """).message()).isEqualTo("invalid port '70000:80': 70000 is out of range");
        assertThat(only("""
                services:
                  web: {image: nginx, ports: [{published: 80}]}
                """).message()).isEqualTo("port is missing a target");
        assertThat(only("""
                services:
                  web: {image: nginx, volumes: [{type: volume, source: a}]}
                volumes:
                  a: {}
                """).message()).isEqualTo("volume is missing a mount target");
    }
}
