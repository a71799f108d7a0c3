package dev.berth.engine.docker;

/** A registry's refusal of a pull or push for want of credentials, with how to give them. */
final class RegistryRefusal {
    private RegistryRefusal() {}

    /** The daemon's message, with a hint when the registry asked for credentials. */
    static String explain(String message, String image) {
        String m = message.toLowerCase(java.util.Locale.ROOT);
        boolean wantsLogin = m.contains("no basic auth credentials") || m.contains("unauthorized")
                || m.contains("authentication required") || m.contains("denied: requested access");
        if (!wantsLogin) {
            return message;
        }
        String key = CredentialStore.key(image);
        String registry = key.startsWith("https://index.docker.io") ? "" : " " + key;
        return message + "\n  hint: log in with `docker login" + registry + "`; Berth reads the same credentials"
                + " (DOCKER_CONFIG or ~/.docker/config.json, and its credential helpers)";
    }
}
