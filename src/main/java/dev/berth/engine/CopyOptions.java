package dev.berth.engine;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * {@code cp SOURCE DESTINATION}: one of them {@code SERVICE:PATH}, the other a local path (relative to
 * {@code workingDir}) or {@code -} for a tar stream on {@code stdin}/{@code stdout}. {@code index} 0: every container
 * of the service (copying in) or the first (copying out); {@code all} includes {@code run} containers.
 */
public record CopyOptions(String source, String destination, int index, boolean all, boolean followLink,
                          boolean copyOwners, Path workingDir, InputStream stdin, OutputStream stdout) {}
