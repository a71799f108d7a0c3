package dev.berth.compose.load.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.model.Mount;
import org.junit.jupiter.api.Test;

class VolumesTest {
    @Test
    void shortSyntaxBindsVolumesAndAnonymousVolumes() {
        Fixture f = new Fixture("""
                services:
                  web:
                    image: nginx
                    volumes: ["./data:/data:ro", "cache:/cache", "/tmp", "~/conf:/conf"]
                volumes:
                  cache: {}
                """);
        assertThat(f.at("services.web.volumes")).isEqualTo(Fixture.parse("""
                x:
                  - {type: bind, source: /work/project/data, target: /data, read_only: true, bind: {create_host_path: true}}
                  - {type: volume, source: cache, target: /cache, volume: {}}
                  - {type: volume, target: /tmp, volume: {}}
                  - {type: bind, source: /home/me/conf, target: /conf, bind: {create_host_path: true}}
                """).get("x"));
        assertThat(f.project().service("web").volumes().getFirst())
                .isEqualTo(new Mount("bind", "/work/project/data", "/data", true, true, null));
    }

    @Test
    void longSyntaxKeepsWhatIsWrittenAndDropsFalseOptions() {
        Fixture f = new Fixture("""
                services:
                  web:
                    image: nginx
                    volumes:
                      - {type: bind, source: ./x, target: /x, read_only: false, bind: {create_host_path: false}}
                      - {type: tmpfs, target: /run, tmpfs: {size: 64m}}
                """);
        assertThat(f.at("services.web.volumes[0]")).isEqualTo(Fixture.parse("""
                {type: bind, source: /work/project/x, target: /x, bind: {}}
                """));
        assertThat(f.at("services.web.volumes[1].tmpfs.size")).isEqualTo("67108864");
        assertThat(f.project().service("web").volumes().get(1).tmpfsSize()).isEqualTo(67108864L);
    }

    @Test
    void namedVolumeGetsTheProjectNameAndExternalKeepsItsKey() {
        Fixture f = new Fixture("""
                services:
                  web: {image: nginx, volumes: ["data:/data"]}
                volumes:
                  data: {}
                  ext: {external: true}
                """);
        assertThat(f.at("volumes")).isEqualTo(Fixture.parse("""
                x: {data: {name: demo_data}, ext: {name: ext, external: true}}
                """).get("x"));
    }
}
