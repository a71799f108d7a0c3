package dev.berth.cli;

import dev.berth.stack.ServiceProgress;
import dev.berth.stack.StackOutput;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A stack verb's output on the caller's streams. Convergence is one line per service: on a terminal the block is
 * redrawn in place, elsewhere a service's line is printed when it changes.
 */
final class StackPrinter implements StackOutput {
    private final Invocation caller;
    private final boolean quiet;
    private final Map<String, String> printed = new HashMap<>();
    private int drawn;

    StackPrinter(Invocation caller, boolean quiet) {
        this.caller = caller;
        this.quiet = quiet;
    }

    @Override
    public void out(String line) {
        caller.out().println(line);
    }

    @Override
    public void err(String line) {
        caller.err().println(line);
    }

    @Override
    public void progress(List<ServiceProgress> services) {
        if (quiet) {
            return;
        }
        if (caller.terminal()) {
            StringBuilder block = new StringBuilder(drawn > 0 ? "\033[" + drawn + "A" : "");
            services.forEach(s -> block.append("\033[2K").append(s.line()).append('\n'));
            caller.out().print(block);
            drawn = services.size();
            return;
        }
        for (ServiceProgress s : services) {
            if (!s.line().equals(printed.put(s.name(), s.line()))) {
                caller.out().println(s.line());
            }
        }
    }
}
