package dev.berth.insight.advice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Dockerfile read as instructions (continuation lines joined, comments and parser directives left out) and split
 * into stages at each FROM. Enough for advice; the engine's builder is the authority on what is valid.
 */
record Dockerfile(List<Stage> stages) {

    /** One instruction: its first and last line (1-based), keyword in upper case, and its arguments. */
    record Instruction(int line, int lastLine, String keyword, String args) {}

    /** A stage: its FROM instruction's image and name (null when unnamed) and its instructions after FROM. */
    record Stage(Instruction from, String image, String name, List<Instruction> body) {}

    static Dockerfile parse(String text) {
        List<Stage> stages = new ArrayList<>();
        List<Instruction> body = null;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int first = i;
            StringBuilder joined = new StringBuilder();
            while (line.endsWith("\\") && i + 1 < lines.length) {
                joined.append(line, 0, line.length() - 1).append(' ');
                line = lines[++i].strip();
                while (line.startsWith("#") && i + 1 < lines.length) {
                    line = lines[++i].strip(); // comments inside a continued instruction are dropped
                }
            }
            joined.append(line);
            String[] parts = joined.toString().strip().split("\\s+", 2);
            Instruction ins = new Instruction(first + 1, i + 1, parts[0].toUpperCase(Locale.ROOT),
                    parts.length > 1 ? parts[1] : "");
            if (ins.keyword().equals("FROM")) {
                body = new ArrayList<>();
                stages.add(stage(ins, body));
            } else if (body != null) {
                body.add(ins);
            }
        }
        return new Dockerfile(stages);
    }

    private static Stage stage(Instruction from, List<Instruction> body) {
        List<String> words = new ArrayList<>(List.of(from.args().split("\\s+")));
        words.removeIf(w -> w.startsWith("--"));
        String image = words.isEmpty() ? "" : words.getFirst();
        String name = words.size() >= 3 && words.get(1).equalsIgnoreCase("AS") ? words.get(2) : null;
        return new Stage(from, image, name, body);
    }

    /** The stage a build with {@code target} produces: the named one, else the last. */
    Stage finalStage(String target) {
        if (target != null) {
            for (Stage s : stages) {
                if (target.equalsIgnoreCase(s.name())) {
                    return s;
                }
            }
        }
        return stages.isEmpty() ? null : stages.getLast();
    }
}
