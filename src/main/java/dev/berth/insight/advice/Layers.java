package dev.berth.insight.advice;

import dev.berth.insight.advice.Dockerfile.Instruction;
import dev.berth.insight.advice.Dockerfile.Stage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Layer checks of the final stage: runs of RUN that could be one, and package caches left in a layer. */
final class Layers {
    /** This many RUN in a row make a finding. */
    static final int MANY = 3;

    private Layers() {}

    static void check(Path file, String text, Stage last, Consumer<Finding> out) {
        List<Instruction> run = new ArrayList<>();
        for (Instruction i : last.body()) {
            if (i.keyword().equals("RUN")) {
                run.add(i);
                caches(file, text, i, out);
            } else {
                many(file, text, run, out);
                run = new ArrayList<>();
            }
        }
        many(file, text, run, out);
    }

    private static void many(Path file, String text, List<Instruction> run, Consumer<Finding> out) {
        if (run.size() < MANY) {
            return;
        }
        boolean shellForm = run.stream().noneMatch(i -> i.args().startsWith("[") || i.args().startsWith("--"));
        Fix fix = shellForm ? new Fix(file, "join into one RUN", text, joined(text, run)) : null;
        out.accept(new Finding(DockerfileChecks.at(file, run.getFirst()), "many-run", run.size()
                + " RUN instructions in a row", "each RUN is a layer; one RUN joined with && keeps the image"
                + " smaller and lets files removed at the end really go.", fix));
    }

    private static String joined(String text, List<Instruction> run) {
        List<String> lines = TextEdits.lines(text);
        List<String> merged = new ArrayList<>();
        for (int n = 0; n < run.size(); n++) {
            String body = String.join(" ", run.get(n).args().split("\\s+"));
            merged.add((n == 0 ? "RUN " : "    && ") + body + (n < run.size() - 1 ? " \\" : ""));
        }
        int from = run.getFirst().line() - 1;
        int to = run.getLast().lastLine();
        List<String> out = new ArrayList<>(lines.subList(0, from));
        out.addAll(merged);
        out.addAll(lines.subList(to, lines.size()));
        return String.join("\n", out);
    }

    private static void caches(Path file, String text, Instruction i, Consumer<Finding> out) {
        String a = i.args();
        if (a.contains("--mount=type=cache")) {
            return;
        }
        String last = TextEdits.lines(text).get(i.lastLine() - 1);
        if (a.matches("(?s).*\\bapt(-get)? +(-\\S+ +)*install\\b.*") && !a.contains("/var/lib/apt/lists")) {
            cache(file, i, "apt's package lists", "apt-get install keeps the package lists (tens of MB) in the"
                    + " layer unless the same RUN removes /var/lib/apt/lists/*.", new Fix(file,
                    "remove the lists in the same RUN", text, TextEdits.replaceLine(text, i.lastLine(),
                    last.stripTrailing() + " && rm -rf /var/lib/apt/lists/*")), out);
        }
        if (a.matches("(?s).*\\bapk +add\\b.*") && !a.contains("--no-cache")) {
            cache(file, i, "apk's index", "apk add without --no-cache keeps its index in the layer.",
                    insert(file, text, i, "apk add", "apk add --no-cache"), out);
        }
        if (a.matches("(?s).*\\bpip3? +install\\b.*") && !a.contains("--no-cache-dir")) {
            String pip = a.matches("(?s).*\\bpip3 +install\\b.*") ? "pip3 install" : "pip install";
            cache(file, i, "pip's download cache", "pip install keeps every downloaded wheel in the layer unless"
                    + " --no-cache-dir is given.", insert(file, text, i, pip, pip + " --no-cache-dir"), out);
        }
        if (a.matches("(?s).*\\b(yum|dnf) +(-\\S+ +)*install\\b.*") && !a.contains("clean all")) {
            String tool = a.contains("dnf") ? "dnf" : "yum";
            cache(file, i, tool + "'s cache", tool + " install keeps its cache in the layer unless the same RUN"
                    + " runs " + tool + " clean all.", new Fix(file, "clean in the same RUN", text,
                    TextEdits.replaceLine(text, i.lastLine(), last.stripTrailing() + " && " + tool + " clean all")),
                    out);
        }
    }

    /** Replaces the first {@code from} within the instruction's own lines. */
    private static Fix insert(Path file, String text, Instruction i, String from, String to) {
        List<String> lines = TextEdits.lines(text);
        for (int n = i.line() - 1; n < i.lastLine(); n++) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(from).replace(" ",
                    "\\E +\\Q")).matcher(lines.get(n));
            if (m.find()) {
                lines.set(n, lines.get(n).substring(0, m.start()) + to + lines.get(n).substring(m.end()));
                return new Fix(file, "use " + to, text, String.join("\n", lines));
            }
        }
        return new Fix(file, "use " + to, text, text);
    }

    private static void cache(Path file, Instruction i, String what, String why, Fix fix, Consumer<Finding> out) {
        out.accept(new Finding(DockerfileChecks.at(file, i), "package-cache", "RUN keeps " + what, why,
                fix.after().equals(fix.before()) ? null : fix));
    }
}
