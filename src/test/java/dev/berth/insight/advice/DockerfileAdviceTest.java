package dev.berth.insight.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Dockerfile checks look at the stage the build produces, with its target, and fix what is mechanical. */
class DockerfileAdviceTest {
    private static final Path FILE = Path.of("/p/Dockerfile");

    private static List<Finding> check(String text, String target, boolean userSet) {
        List<Finding> out = new ArrayList<>();
        DockerfileChecks.check(FILE, text, target, userSet, out::add);
        return out;
    }

    private static List<String> rules(List<Finding> fs) {
        return fs.stream().map(f -> f.location().line() + " " + f.rule()).toList();
    }

    private static final String MULTI = """
            # syntax=docker/dockerfile:1
            FROM golang:1.22 AS build
            RUN apt-get update && apt-get install -y gcc
            RUN go build -o /app .
            RUN strip /app

            FROM debian:bookworm AS run
            RUN apk add curl
            COPY --from=build /app /app
            USER app
            FROM run AS debug
            RUN apt-get install -y \\
                  gdb \\
                  make
            """;

    @Test
    void theTargetStageIsTheOneChecked() {
        assertThat(rules(check(MULTI, "run", false))).containsExactly("7 heavy-base", "8 package-cache");
        assertThat(rules(check(MULTI, "build", false))).containsExactly("2 no-user", "2 build-tools-in-final",
                "3 package-cache", "3 many-run");
        // the last stage starts from "run", which starts from debian: the base is followed back
        assertThat(rules(check(MULTI, null, false))).containsExactly("11 heavy-base", "11 no-user",
                "12 build-tools-in-final", "12 package-cache");
        assertThat(rules(check(MULTI, null, true))).doesNotContain("11 no-user");
    }

    @Test
    void cacheFixesEditTheirOwnInstruction() {
        Finding apt = check(MULTI, null, false).stream().filter(f -> f.rule().equals("package-cache")).findFirst()
                .orElseThrow();
        assertThat(apt.fix().preview()).containsExactly("  14 -       make", "  14 +       make && rm -rf /var/lib/apt/lists/*");
        Finding apk = check(MULTI, "run", false).get(1);
        assertThat(apk.fix().preview()).containsExactly("   8 - RUN apk add curl", "   8 + RUN apk add --no-cache curl");
    }

    @Test
    void slimAlpineAndDistrolessBasesAreFineAndAUserOfRootIsNot() {
        assertThat(rules(check("FROM python:3.12-slim\nUSER 1000\n", null, false))).isEmpty();
        assertThat(rules(check("FROM node:20-alpine\nUSER root\n", null, false))).containsExactly("1 no-user");
        assertThat(rules(check("FROM docker.io/library/python\nUSER x\n", null, false)))
                .containsExactly("1 base-tag", "1 heavy-base");
        // a stage named in FROM is not an image; scratch has no tag to pin
        assertThat(rules(check("FROM alpine AS a\nFROM a\nFROM scratch\nUSER 1\n", null, false)))
                .containsExactly("1 base-tag");
    }

    @Test
    void manyRunsJoinIntoOne() {
        String text = "FROM alpine:3\nRUN a\nRUN b \\\n  c\nRUN d\nUSER x\n";
        Finding f = check(text, null, false).getFirst();
        assertThat(f.rule()).isEqualTo("many-run");
        assertThat(f.fix().after()).isEqualTo("FROM alpine:3\nRUN a \\\n    && b c \\\n    && d\nUSER x\n");
    }
}
