package dev.berth.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest, falling back to the build's version file. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = BerthCommand.class.getPackage().getImplementationVersion();
        return new String[] {"Berth version " + (v == null ? "0.1.0" : v)};
    }
}
