package dev.berth.stack;

/**
 * The flags of {@code stack deploy}. {@code resolveImage} is always, changed or never; {@code registryAuth} gives the
 * X-Registry-Auth value to send for an image (with --with-registry-auth; null without, or for an image it has none).
 */
public record DeployOptions(String namespace, boolean prune, String resolveImage,
                            java.util.function.Function<String, String> registryAuth, boolean detach, boolean quiet) {
    public DeployOptions {
        if (!java.util.List.of("always", "changed", "never").contains(resolveImage)) {
            throw new StackException("invalid option " + resolveImage + " for flag --resolve-image");
        }
        if (namespace == null || namespace.strip().replaceAll("^[\"']+|[\"']+$", "").isEmpty()) {
            throw new StackException("invalid stack name: \"" + namespace + "\"");
        }
    }

    /** The X-Registry-Auth for {@code image}, or null. */
    public String authFor(String image) {
        return registryAuth == null ? null : registryAuth.apply(image);
    }
}
