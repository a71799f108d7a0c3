package dev.berth.cli.progress;

import dev.berth.cli.progress.Task.Status;

/** The reference's colours for the live view (SGR codes), or none. */
record Palette(boolean colour) {
    String green(String s) {
        return paint("32", s);
    }

    String yellow(String s) {
        return paint("33", s);
    }

    String red(String s) {
        return paint("31", s);
    }

    String blue(String s) {
        return paint("34", s);
    }

    /** A state word: green when done, red on error, plain while working. */
    String status(Status status, String word) {
        return switch (status) {
            case DONE -> green(word);
            case ERROR -> red(word);
            case WARNING -> yellow(word);
            case WORKING -> word;
        };
    }

    private String paint(String code, String s) {
        return colour ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
    }
}
