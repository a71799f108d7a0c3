package dev.berth.compose.load.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeployTest {
    @Test
    void sizesBecomeBytesAndCpusNumbers() {
        Fixture f = new Fixture("""
                services:
                  web:
                    image: nginx
                    mem_limit: 1g
                    shm_size: 64m
                    cpus: "0.5"
                    pids_limit: "100"
                    deploy:
                      replicas: "2"
                      resources:
                        limits: {memory: 50M, cpus: '0.001'}
                """);
        assertThat(f.at("services.web.mem_limit")).isEqualTo("1073741824");
        assertThat(f.at("services.web.shm_size")).isEqualTo("67108864");
        assertThat(f.at("services.web.cpus")).isEqualTo(0.5);
        assertThat(f.at("services.web.pids_limit")).isEqualTo(100L);
        assertThat(f.at("services.web.deploy")).isEqualTo(Fixture.parse("""
                {replicas: 2, resources: {limits: {cpus: 0.001, memory: "52428800"}}}
                """));
    }

    @Test
    void jsonPrintsEmptyValueStructsLikeEncodingJson() {
        Fixture f = new Fixture("""
                services:
                  web: {image: nginx, deploy: {replicas: 3}}
                """);
        assertThat(f.json().replaceAll("\\s", ""))
                .contains("\"deploy\":{\"replicas\":3,\"resources\":{},\"placement\":{}}");
    }

    @Test
    void ulimitsSingleAndSoftHard() {
        Fixture f = new Fixture("""
                services:
                  web: {image: nginx, ulimits: {nproc: 65535, nofile: {soft: "20000", hard: 40000}}}
                """);
        assertThat(f.at("services.web.ulimits")).isEqualTo(Fixture.parse("""
                {nofile: {soft: 20000, hard: 40000}, nproc: 65535}
                """));
    }
}
