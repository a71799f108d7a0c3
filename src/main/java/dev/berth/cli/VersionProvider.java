package dev.berth.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest, falling back to the build's version file. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"Berth version " + VersionCommand.number()};
    }
}
