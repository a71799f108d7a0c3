package dev.berth.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stack rm}: every object labelled with the stack's name, whichever tool made it. */
@Command(name = "rm", aliases = {"remove", "down"}, description = "Remove one or more stacks")
final class StackRemoveCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Parameters(paramLabel = "STACK", arity = "1..*") List<String> namespaces;
    @Option(names = {"-d", "--detach"}, arity = "0..1", fallbackValue = "true", description = "Do not wait for stack removal")
    boolean detach = true;

    @Override
    public Integer call() throws Exception {
        Invocation caller = BerthCommand.caller(spec);
        for (String ns : namespaces) {
            if (ns.strip().replaceAll("^[\"']+|[\"']+$", "").isEmpty()) {
                throw new IllegalArgumentException("invalid stack name: \"" + ns + "\"");
            }
        }
        boolean ok = StackCommand.engine(caller).remove(namespaces, detach, new StackPrinter(caller, true));
        return ok ? 0 : 1;
    }
}
