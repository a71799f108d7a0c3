package dev.berth.engine.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.engine.EngineException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The credentials config a use_api_socket container gets, from the file, a credsStore and credHelpers. */
class ClientCredentialsTest {
    @TempDir
    Path dir;

    private Map<String, String> env() {
        return Map.of("PATH", dir.resolve("bin").toString());
    }

    private void config(String json) throws IOException {
        Files.writeString(dir.resolve("config.json"), json);
    }

    /** A credential helper answering list and get from fixed credentials, as the protocol asks. */
    private void helper(String name, String list, String getCases) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path p = bin.resolve("docker-credential-" + name);
        Files.writeString(p, "#!/bin/sh\ncase \"$1\" in\n list) echo '" + list + "' ;;\n get) read server\n"
                + "  case \"$server\" in\n" + getCases + "  *) echo 'credentials not found in native keychain'; exit 1 ;;\n"
                + "  esac ;;\nesac\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes());
    }

    @Test
    void noConfigGivesAnEmptyAuthsObjectAsGoWritesIt() {
        assertThat(ClientCredentials.read(dir, env())).isEqualTo("{\n\t\"auths\": {}\n}");
    }

    @Test
    void fileAuthsAreReencodedWithoutUserPasswordOrServerFields() throws IOException {
        config("{\"auths\": {\"b.example:5000\": {\"auth\": \"" + b64("ann:pw") + "\", \"serveraddress\": \"x\"},"
                + " \"a.example\": {\"username\": \"bob\", \"password\": \"s3\", \"email\": \"b@x\"}}}");
        assertThat(ClientCredentials.read(dir, env())).isEqualTo("{\n\t\"auths\": {\n"
                + "\t\t\"a.example\": {\n\t\t\t\"auth\": \"" + b64("bob:s3") + "\",\n\t\t\t\"email\": \"b@x\"\n\t\t},\n"
                + "\t\t\"b.example:5000\": {\n\t\t\t\"auth\": \"" + b64("ann:pw") + "\"\n\t\t}\n\t}\n}");
    }

    @Test
    void aCredsStoreIsAskedForEveryServerItLists() throws IOException {
        helper("teststore", "{\"https://reg.example\": \"carl\", \"tok.example\": \"<token>\"}",
                "  https://reg.example) echo '{\"ServerURL\":\"https://reg.example\",\"Username\":\"carl\",\"Secret\":\"pw1\"}' ;;\n"
                + "  tok.example) echo '{\"ServerURL\":\"tok.example\",\"Username\":\"<token>\",\"Secret\":\"T0K\"}' ;;\n");
        config("{\"credsStore\": \"teststore\", \"auths\": {\"https://reg.example\": {\"email\": \"c@x\"},"
                + " \"ignored.example\": {\"auth\": \"" + b64("no:no") + "\"}}}");
        String out = ClientCredentials.read(dir, env());
        assertThat(out).contains("\"https://reg.example\": {\n\t\t\t\"auth\": \"" + b64("carl:pw1")
                + "\",\n\t\t\t\"email\": \"c@x\"\n\t\t}");
        assertThat(out).contains("\"tok.example\": {\n\t\t\t\"identitytoken\": \"T0K\"\n\t\t}");
        assertThat(out).doesNotContain("ignored.example");
    }

    @Test
    void perRegistryHelpersOverrideAndAFailingOneIsLeftOut() throws IOException {
        helper("reghelper", "{}", "  own.example) echo '{\"Username\":\"dee\",\"Secret\":\"pw2\"}' ;;\n"
                + "  broken.example) echo boom; exit 1 ;;\n");
        config("{\"auths\": {\"own.example\": {\"auth\": \"" + b64("old:old") + "\"}, \"gone.example\": {\"email\": \"g@x\"}},"
                + " \"credHelpers\": {\"own.example\": \"reghelper\", \"gone.example\": \"reghelper\","
                + " \"broken.example\": \"reghelper\"}}");
        String out = ClientCredentials.read(dir, env());
        assertThat(out).contains(b64("dee:pw2")).doesNotContain(b64("old:old")).doesNotContain("broken.example");
        // a helper that holds nothing for its registry leaves the file's entry (here only an email)
        assertThat(out).contains("\"gone.example\": {\n\t\t\t\"email\": \"g@x\"\n\t\t}");
    }

    @Test
    void theRegistryHeaderCarriesTheImagesRegistryCredentials() throws IOException {
        config("{\"auths\": {\"https://index.docker.io/v1/\": {\"auth\": \"" + b64("hub:pw") + "\"},"
                + " \"http://reg.example:5000/v2/\": {\"auth\": \"" + b64("own:pw2") + "\"}}}");
        Map<String, String> env = Map.of("DOCKER_CONFIG", dir.toString(), "PATH", "");
        String hub = new String(Base64.getUrlDecoder().decode(RegistryHeader.forCaller(env).apply("nginx:1")));
        assertThat(hub).isEqualTo("{\"username\":\"hub\",\"password\":\"pw\",\"serveraddress\":"
                + "\"https://index.docker.io/v1/\"}");
        String own = new String(Base64.getUrlDecoder().decode(RegistryHeader.forCaller(env)
                .apply("reg.example:5000/team/app@sha256:0123")));
        assertThat(own).contains("\"username\":\"own\"").contains("\"serveraddress\":\"http://reg.example:5000/v2/\"");
        assertThat(RegistryHeader.forCaller(env).apply("other.example/app")).isNull();
    }

    @Test
    void aMissingCredsStoreHelperFailsWithTheReferencesMessage() throws IOException {
        config("{\"credsStore\": \"absent\"}");
        assertThatThrownBy(() -> ClientCredentials.read(dir, env())).isInstanceOf(EngineException.class)
                .hasMessage("resolving credentials failed: error listing credentials - err: exec: \"docker-credential"
                        + "-absent\": executable file not found in $PATH, out: ``");
    }
}
