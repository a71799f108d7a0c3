package dev.berth;

import dev.berth.cli.BerthCommand;
import java.util.Arrays;

/**
 * Entry point of the jar. With no arguments, or {@code gui [FILE...]}, it opens the window;
 * anything else is a CLI command. It does not extend Application so the fat jar can start JavaFX.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (args.length == 0 || args[0].equals("gui")) {
            String[] files = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
            dev.berth.ui.GuiLauncher.launch(files);
            return;
        }
        System.exit(BerthCommand.run(args));
    }
}
