package dev.berth.ui.editor;

import dev.berth.compose.load.Problem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.model.TwoDimensional;

/**
 * Keeps a code area's colours and problem underlines: the lines a change touched are coloured again
 * (so typing costs one line, not the file), and a new list of problems re-draws the lines that had
 * or now have an underline.
 */
final class CodeStyling {
    static final String PROBLEM = "problem";
    private final CodeArea area;
    private final OpenFile.Kind kind;
    private List<ProblemMarks.Mark> marks = List.of();

    CodeStyling(CodeArea area, OpenFile.Kind kind) {
        this.area = area;
        this.kind = kind;
        area.plainTextChanges().subscribe(this::changed);
    }

    private void changed(PlainTextChange c) {
        int first = area.offsetToPosition(c.getPosition(), TwoDimensional.Bias.Forward).getMajor();
        int last = area.offsetToPosition(c.getInsertionEnd(), TwoDimensional.Bias.Forward).getMajor();
        for (int p = first; p <= last && p < area.getParagraphs().size(); p++) {
            paragraph(p);
        }
    }

    void all() {
        for (int p = 0; p < area.getParagraphs().size(); p++) {
            paragraph(p);
        }
    }

    /** Underlines {@code problems} (those of this file), re-drawing only the lines whose marks changed. */
    void problems(List<Problem> problems) {
        List<String> lines = area.getParagraphs().stream().map(p -> p.getText()).toList();
        TreeSet<Integer> touched = new TreeSet<>();
        marks.forEach(m -> touched.add(m.line()));
        marks = ProblemMarks.of(problems, lines);
        marks.forEach(m -> touched.add(m.line()));
        touched.stream().filter(p -> p < area.getParagraphs().size()).forEach(this::paragraph);
    }

    List<ProblemMarks.Mark> marks() {
        return marks;
    }

    private void paragraph(int p) {
        String text = area.getParagraph(p).getText();
        List<YamlStyles.Run> runs = kind == OpenFile.Kind.ENV ? EnvStyles.line(text) : YamlStyles.line(text);
        String[] styles = new String[text.length()];
        int at = 0;
        for (YamlStyles.Run r : runs) {
            for (int i = 0; i < r.length() && at < styles.length; i++) {
                styles[at++] = r.style();
            }
        }
        boolean[] bad = new boolean[text.length()];
        for (ProblemMarks.Mark m : marks) {
            for (int i = m.from(); m.line() == p && i < Math.min(m.to(), bad.length); i++) {
                bad[i] = true;
            }
        }
        area.setStyleSpans(p, 0, spans(styles, bad));
    }

    private static StyleSpans<Collection<String>> spans(String[] styles, boolean[] bad) {
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        if (styles.length == 0) {
            b.add(List.of(), 0);
            return b.create();
        }
        int start = 0;
        for (int i = 1; i <= styles.length; i++) {
            if (i == styles.length || !same(styles[i], styles[start]) || bad[i] != bad[start]) {
                b.add(classes(styles[start], bad[start]), i - start);
                start = i;
            }
        }
        return b.create();
    }

    private static boolean same(String a, String b) {
        return (a == null ? "" : a).equals(b == null ? "" : b);
    }

    private static Collection<String> classes(String style, boolean bad) {
        List<String> out = new ArrayList<>(2);
        if (style != null && !style.isEmpty()) {
            out.add(style);
        }
        if (bad) {
            out.add(PROBLEM);
        }
        return out;
    }
}
