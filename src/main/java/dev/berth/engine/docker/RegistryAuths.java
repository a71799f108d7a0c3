package dev.berth.engine.docker;

import com.github.dockerjava.api.model.AuthConfig;
import com.github.dockerjava.api.model.AuthConfigurations;
import java.util.Map;

/**
 * The caller's registry credentials in docker-java's shapes: one registry's for a pull or a push (the
 * X-Registry-Auth header), all of them for a build (X-Registry-Config), read anew for each call so that a
 * login made meanwhile counts.
 */
final class RegistryAuths {
    private final Map<String, String> callerEnv;

    RegistryAuths(Map<String, String> callerEnv) {
        this.callerEnv = callerEnv;
    }

    /** The credentials for an image's registry, or null when the caller has none. */
    AuthConfig forImage(String image) {
        String key = CredentialStore.key(image);
        RegistryCredential c = store().forRegistry(key);
        return c.isEmpty() ? null : convert(c, c.serverAddress().isEmpty() ? key : c.serverAddress());
    }

    AuthConfigurations all() {
        AuthConfigurations out = new AuthConfigurations();
        store().all().forEach((server, c) -> {
            if (!c.isEmpty()) {
                out.addConfig(convert(c, server));
            }
        });
        return out;
    }

    private CredentialStore store() {
        return new CredentialStore(DockerEndpoint.configDirectory(callerEnv), callerEnv);
    }

    private static AuthConfig convert(RegistryCredential c, String server) {
        AuthConfig a = new AuthConfig().withRegistryAddress(server);
        if (!c.user().isEmpty() || !c.password().isEmpty()) {
            a.withUsername(c.user()).withPassword(c.password());
        }
        if (!c.email().isEmpty()) {
            a.withEmail(c.email());
        }
        if (!c.identityToken().isEmpty()) {
            a.withIdentityToken(c.identityToken());
        }
        if (!c.registryToken().isEmpty()) {
            a.withRegistrytoken(c.registryToken());
        }
        return a;
    }
}
