package dev.berth.cli.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoutingTest {

    private static boolean forwardable(String line) {
        return Routing.forwardable(List.of(line.split(" ")));
    }

    @Test
    void shortCommandsGoToTheDaemonWhateverTheGlobalFlagsBeforeThem() {
        assertThat(forwardable("-p demo -f a.yml --profile debug config --services")).isTrue();
        assertThat(forwardable("--project-name demo down -v")).isTrue();
        assertThat(forwardable("--version")).isTrue();
        assertThat(forwardable("-f ps.yml ps")).isTrue(); // a file named like a command is still a value
    }

    @Test
    void upGoesOnlyWhenDetached() {
        assertThat(forwardable("up -d")).isTrue();
        assertThat(forwardable("up --wait")).isTrue();
        assertThat(forwardable("up --dry-run")).isTrue();
        assertThat(forwardable("up")).isFalse();
        assertThat(forwardable("up web")).isFalse();
    }

    @Test
    void stdinFollowingAndContainerIoStayInProcess() {
        assertThat(forwardable("-f - config")).isFalse();
        assertThat(forwardable("--file=- config")).isFalse();
        assertThat(forwardable("logs -f")).isFalse();
        assertThat(forwardable("logs --follow web")).isFalse();
        assertThat(forwardable("logs web")).isTrue();
        assertThat(forwardable("exec web sh")).isFalse();
        assertThat(forwardable("run --rm web")).isFalse();
        assertThat(forwardable("events")).isFalse();
        assertThat(forwardable("daemon status")).isFalse();
        assertThat(forwardable("-p demo")).isFalse();
    }

    @Test
    void stackVerbsGoUnlessTheirFileIsStdin() {
        assertThat(forwardable("stack deploy -c a.yml --detach=false demo")).isTrue();
        assertThat(forwardable("stack rm demo")).isTrue();
        assertThat(forwardable("stack ps demo")).isTrue();
        assertThat(forwardable("stack deploy -c - demo")).isFalse();
        assertThat(forwardable("stack deploy --compose-file=- demo")).isFalse();
    }

    @Test
    void rmThatAsksStaysInProcessAndForcedRmGoes() {
        assertThat(forwardable("rm web")).isFalse();
        assertThat(forwardable("rm -s -v web")).isFalse();
        assertThat(forwardable("rm -f web")).isTrue();
        assertThat(forwardable("rm -sf")).isTrue();
        assertThat(forwardable("-f x.yml rm --force")).isTrue();
        assertThat(forwardable("-f x.yml rm")).isFalse();
    }

    @Test
    void berthDaemonZeroSwitchesItOff() {
        assertThat(Routing.enabled(Map.of())).isTrue();
        assertThat(Routing.enabled(Map.of("BERTH_DAEMON", "1"))).isTrue();
        assertThat(Routing.enabled(Map.of("BERTH_DAEMON", "0"))).isFalse();
        assertThat(Routing.enabled(Map.of("BERTH_DAEMON", "Off"))).isFalse();
    }

    @Test
    void theDaemonKeepsTheJvmOptionsOfTheClientAndCompilesWithC1Only() {
        List<String> command = DaemonLauncher.command("/jdk/bin/java",
                List.of("--enable-native-access=ALL-UNNAMED", "-XX:TieredStopAtLevel=1", "-XX:AOTCache=/b/berth.aot",
                        "-jar", "/b/berth.jar", "ps"), java.nio.file.Path.of("/b/berth.jar"));
        assertThat(command).containsExactly("/jdk/bin/java", "--enable-native-access=ALL-UNNAMED",
                "-XX:AOTCache=/b/berth.aot", "-XX:TieredStopAtLevel=1", "-jar", "/b/berth.jar", "daemon", "run");
        assertThat(DaemonLauncher.command("/jdk/bin/java", List.of("-XX:TieredStopAtLevel=4", "-jar", "/b/berth.jar", "up"),
                java.nio.file.Path.of("/b/berth.jar"))).containsExactly("/jdk/bin/java", "-XX:TieredStopAtLevel=1",
                "-jar", "/b/berth.jar", "daemon", "run");
        assertThat(DaemonLauncher.command("/opt/berth/bin/berth", List.of("ps"), java.nio.file.Path.of("/opt/berth/lib/app/berth.jar")))
                .containsExactly("/opt/berth/bin/berth", "daemon", "run");
    }

    @Test
    void anAppImagesLauncherStartsTheDaemonThoughItExecsJava(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path launcher = java.nio.file.Files.writeString(dir.resolve("berth"), "#!/bin/sh\n");
        launcher.toFile().setExecutable(true);
        String jvm = "/opt/berth/lib/runtime/bin/java";
        assertThat(DaemonLauncher.executable(launcher.toString(), jvm)).isEqualTo(launcher.toString());
        assertThat(DaemonLauncher.command(DaemonLauncher.executable(launcher.toString(), jvm), List.of("-cp", "x", "ps"),
                java.nio.file.Path.of("/opt/berth/lib/app/berth.jar"))).containsExactly(launcher.toString(), "daemon", "run");
        assertThat(DaemonLauncher.executable(null, jvm)).isEqualTo(jvm);
        assertThat(DaemonLauncher.executable(dir.resolve("gone").toString(), jvm)).isEqualTo(jvm);
    }
}
