package dev.berth.compose.load.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.model.Build;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BuildTest {
    @Test
    void stringIsAContextMadeAbsoluteWithTheDefaultDockerfile() {
        Fixture f = new Fixture("""
                services:
                  web: {build: ./web}
                """);
        assertThat(f.at("services.web.build")).isEqualTo(Fixture.parse("""
                {context: /work/project/web, dockerfile: Dockerfile}
                """));
        assertThat(f.project().service("web").build())
                .isEqualTo(new Build("/work/project/web", "Dockerfile", null, null, Map.of(), Map.of()));
        assertThat(f.project().service("web").imageName("demo")).isEqualTo("demo-web");
    }

    @Test
    void argsListRemoteContextsAndInlineDockerfile() {
        Fixture f = new Fixture("""
                services:
                  a:
                    build:
                      context: https://github.com/x/y.git#main
                      args: [VERSION=1, HOME]
                  b:
                    build:
                      dockerfile_inline: FROM busybox
                """);
        assertThat(f.at("services.a.build.context")).isEqualTo("https://github.com/x/y.git#main");
        assertThat(f.at("services.a.build.args")).isEqualTo(Fixture.parse("{HOME: /home/me, VERSION: '1'}"));
        assertThat(f.at("services.b.build")).isEqualTo(Fixture.parse("{context: /work/project, dockerfile_inline: FROM busybox}"));
    }
}
