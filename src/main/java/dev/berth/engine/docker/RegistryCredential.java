package dev.berth.engine.docker;

/** One registry's credentials as the docker CLI holds them; empty strings for what is not set. */
record RegistryCredential(String user, String password, String email, String serverAddress, String identityToken,
                          String registryToken) {
    static final RegistryCredential NONE = new RegistryCredential("", "", "", "", "", "");

    boolean isEmpty() {
        return user.isEmpty() && password.isEmpty() && identityToken.isEmpty() && registryToken.isEmpty();
    }
}
