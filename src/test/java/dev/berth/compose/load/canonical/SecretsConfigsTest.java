package dev.berth.compose.load.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.model.FileReference;
import org.junit.jupiter.api.Test;

class SecretsConfigsTest {
    @Test
    void shortReferencesBecomeLongAndSecretsGetTheirDefaultTarget() {
        Fixture f = new Fixture("""
                services:
                  web:
                    image: nginx
                    secrets: [token, {source: key, target: /k, mode: 0440}]
                    configs: [site]
                secrets:
                  token: {file: ./token.txt}
                  key: {environment: KEY}
                configs:
                  site: {content: hello}
                """);
        assertThat(f.at("services.web.secrets")).isEqualTo(Fixture.parse("""
                x:
                  - {source: token, target: /run/secrets/token}
                  - {source: key, target: /k, mode: "0440"}
                """).get("x"));
        assertThat(f.at("services.web.configs")).isEqualTo(Fixture.parse("x: [{source: site}]").get("x"));
        assertThat(f.at("secrets.token")).isEqualTo(Fixture.parse("{name: demo_token, file: /work/project/token.txt}"));
        assertThat(f.project().service("web").secrets().getFirst())
                .isEqualTo(new FileReference("token", "/run/secrets/token", null, null, null));
        assertThat(f.project().secrets().get("key").environment()).isEqualTo("KEY");
    }
}
