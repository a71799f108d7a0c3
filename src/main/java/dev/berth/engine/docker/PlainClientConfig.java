package dev.berth.engine.docker;

import com.github.dockerjava.api.model.AuthConfig;
import com.github.dockerjava.api.model.AuthConfigurations;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.RemoteApiVersion;
import com.github.dockerjava.core.SSLConfig;
import java.net.URI;

/**
 * The client settings Berth needs: host and API version, no registry credentials (nothing is pushed, and pulls
 * here are anonymous). docker-java's default config reads files and properties at a cost of seconds per CLI run.
 */
record PlainClientConfig(URI dockerHost, RemoteApiVersion apiVersion) implements DockerClientConfig {
    @Override public URI getDockerHost() { return dockerHost; }
    @Override public RemoteApiVersion getApiVersion() { return apiVersion; }
    @Override public String getRegistryUsername() { return null; }
    @Override public String getRegistryPassword() { return null; }
    @Override public String getRegistryEmail() { return null; }
    @Override public String getRegistryUrl() { return null; }
    @Override public AuthConfig effectiveAuthConfig(String imageName) { return null; }
    @Override public AuthConfigurations getAuthConfigurations() { return new AuthConfigurations(); }
    @Override public SSLConfig getSSLConfig() { return null; }
}
