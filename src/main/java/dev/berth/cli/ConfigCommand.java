package dev.berth.cli;

import dev.berth.compose.load.LoadException;
import dev.berth.compose.load.LoadOptions;
import dev.berth.compose.load.LoadResult;
import dev.berth.compose.load.ProblemFormatter;
import dev.berth.compose.load.ProjectLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code berth config}: parse, resolve and render the compose file in canonical format, like the reference. */
@Command(name = "config", aliases = "convert", mixinStandardHelpOptions = true,
        description = "Parse, resolve and render compose file in canonical format")
public final class ConfigCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Format the output. Values: [yaml | json]")
    String format = "yaml";

    @Option(names = {"-q", "--quiet"}, description = "Only validate the configuration, don't print anything")
    boolean quiet;

    @Option(names = "--services", description = "Print the service names, one per line")
    boolean services;

    @Option(names = "--volumes", description = "Print the volume names, one per line")
    boolean volumes;

    @Option(names = "--networks", description = "Print the network names, one per line")
    boolean networks;

    @Option(names = "--profiles", description = "Print the profile names, one per line")
    boolean profiles;

    @Option(names = "--images", description = "Print the image names, one per line")
    boolean images;

    @Option(names = "--no-interpolate", description = "Don't interpolate environment variables")
    boolean noInterpolate;

    @Option(names = "--hash", paramLabel = "SERVICES", description = "Print the service config hash, one per line (\"*\" for all)")
    String hash;

    @Option(names = "--graph", paramLabel = "FORMAT",
            description = "Print the service graph (depends_on, links, shared namespaces). Values: [dot | mermaid]")
    String graph;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Save to file (default to stdout)")
    Path output;

    @Parameters(paramLabel = "SERVICE", arity = "0..*", description = "Services to include")
    List<String> serviceNames = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!format.equals("yaml") && !format.equals("json")) {
            err.println("unsupported format \"" + format + "\"");
            return 1;
        }
        LoadOptions base = global.toLoadOptions();
        LoadOptions options = new LoadOptions(base.files(), base.workingDir(), base.projectDirectory(),
                base.projectName(), base.profiles(), base.envFiles(), base.environment(), !noInterpolate, serviceNames);
        LoadResult result;
        try {
            result = new ProjectLoader(global.caller().in()).load(options);
        } catch (LoadException e) {
            err.println(new ProblemFormatter().format(e.problems()));
            return 1;
        }
        Warnings.print(result.warnings(), err);
        ConfigOutput out = new ConfigOutput(result.project());
        String text;
        try {
            text = quiet ? null : out.text(this);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 1;
        }
        return write(text, err);
    }

    private int write(String text, PrintWriter err) {
        if (text == null) {
            return 0;
        }
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(text);
            out.flush();
            return 0;
        }
        try {
            Files.writeString(global.caller().workingDir().resolve(output), text, StandardCharsets.UTF_8);
            return 0;
        } catch (IOException e) {
            err.println("cannot write " + output + ": " + e.getMessage());
            return 1;
        }
    }
}
