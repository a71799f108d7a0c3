package dev.berth.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code version}: the reference's three forms (pretty, {@code --short}, {@code -f json}); needs no compose file. */
@Command(name = "version", description = "Show the Berth version information")
final class VersionCommand implements Callable<Integer> {
    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "Format the output. Values: [pretty | json]. (Default: pretty)") String format = "";
    @Spec CommandSpec spec;
    @Option(names = "--short", description = "Shows only Berth's version number") boolean shortForm;

    @Override
    public Integer call() {
        Invocation io = BerthCommand.caller(spec);
        String version = number();
        if (shortForm) {
            io.out().println(version);
        } else if (format.equals("json")) {
            io.out().println("{\"version\":\"" + version + "\"}");
        } else {
            // Like the reference, any other format value prints the pretty form.
            io.out().println("Berth version " + version);
        }
        return 0;
    }

    /** The jar manifest's version; in a build without one (tests from classes) the pom's. */
    static String number() {
        String v = BerthCommand.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0" : v;
    }
}
