package dev.berth.cli;

import dev.berth.stack.StackViews.ServiceRow;
import dev.berth.stack.StackViews.StackRow;
import dev.berth.stack.StackViews.TaskRow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stack ls}, {@code stack services}, {@code stack ps}: the docker CLI's tables. */
final class StackViewCommands {
    private StackViewCommands() {}

    @Command(name = "ls", aliases = "list", description = "List stacks")
    static final class Ls implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--format", paramLabel = "FORMAT") String format = "table";

        @Override
        public Integer call() {
            Invocation caller = BerthCommand.caller(spec);
            List<StackRow> stacks = StackCommand.engine(caller).stacks();
            if (format.equals("json")) {
                stacks.forEach(s -> caller.out().println("{\"Name\":\"" + s.name() + "\",\"Services\":\"" + s.services() + "\"}"));
                return 0;
            }
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("NAME", "SERVICES"));
            stacks.forEach(s -> rows.add(List.of(s.name(), String.valueOf(s.services()))));
            caller.out().print(Table.FORMATTER.render(rows));
            return 0;
        }
    }

    @Command(name = "services", description = "List the services in the stack")
    static final class Services implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "STACK", arity = "1") String namespace;
        @Option(names = {"-q", "--quiet"}, description = "Only display IDs") boolean quiet;

        @Override
        public Integer call() {
            Invocation caller = BerthCommand.caller(spec);
            List<ServiceRow> services = StackCommand.engine(caller).services(namespace);
            if (services.isEmpty()) {
                caller.err().println("Nothing found in stack: " + namespace);
                return 0;
            }
            if (quiet) {
                services.forEach(s -> caller.out().println(s.id()));
                return 0;
            }
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("ID", "NAME", "MODE", "REPLICAS", "IMAGE", "PORTS"));
            services.forEach(s -> rows.add(List.of(s.id().substring(0, 12), s.name(), s.mode(), s.replicas(), s.image(), s.ports())));
            caller.out().print(Table.PS.render(rows));
            return 0;
        }
    }

    @Command(name = "ps", description = "List the tasks in the stack")
    static final class Ps implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "STACK", arity = "1") String namespace;
        @Option(names = {"-q", "--quiet"}, description = "Only display task IDs") boolean quiet;
        @Option(names = "--no-trunc", description = "Do not truncate output") boolean noTrunc;
        @Option(names = {"-f", "--filter"}, paramLabel = "FILTER", description = "Filter output based on conditions provided"
                + " (desired-state, id, name, node)") List<String> filters = new ArrayList<>();

        @Override
        public Integer call() {
            Invocation caller = BerthCommand.caller(spec);
            java.util.function.Predicate<TaskRow> wanted = TaskFilter.of(filters);
            List<TaskRow> tasks = StackCommand.engine(caller).tasks(namespace).stream().filter(wanted).toList();
            if (tasks.isEmpty()) {
                caller.err().println("nothing found in stack: " + namespace);
                return 1;
            }
            if (quiet) {
                tasks.forEach(t -> caller.out().println(t.id()));
                return 0;
            }
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("ID", "NAME", "IMAGE", "NODE", "DESIRED STATE", "CURRENT STATE", "ERROR", "PORTS"));
            tasks.forEach(t -> rows.add(List.of(noTrunc ? t.id() : t.id().substring(0, 12), (t.history() ? " \\_ " : "") + t.name(),
                    t.image(), t.node(), title(t.desiredState()), current(t), t.error().isEmpty() ? "" : "\"" + t.error() + "\"",
                    t.ports())));
            caller.out().print(Table.PS.render(rows));
            return 0;
        }

        private static String current(TaskRow t) {
            String since = t.since() == null ? "" : " " + Human.duration(Duration.between(t.since(), Instant.now())) + " ago";
            return title(t.state()) + since;
        }

        private static String title(String s) {
            return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }
    }
}
