package dev.berth.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One line of YAML as coloured runs that cover it exactly. */
class YamlStylesTest {
    private static String shown(String line) {
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (YamlStyles.Run r : YamlStyles.line(line)) {
            String part = line.substring(at, at + r.length());
            at += r.length();
            b.append(r.style().isEmpty() ? part : "<" + r.style().substring(5) + ">" + part);
        }
        assertThat(at).isEqualTo(line.length());
        return b.toString();
    }

    @Test
    void keysValuesCommentsAndVariables() {
        assertThat(shown("    image: \"nginx:${TAG:-1}\"  # pinned"))
                .isEqualTo("    <key>image<colon>: <string>\"nginx:${TAG:-1}\"  <comment># pinned");
        assertThat(shown("  - target: 80")).isEqualTo("  <dash>- <key>target<colon>: <literal>80");
        assertThat(shown("      - ${PORT}:80")).isEqualTo("      <dash>- <var>${PORT}:80");
        assertThat(shown("x-base: &base")).isEqualTo("<key>x-base<colon>: <anchor>&base");
        assertThat(shown("    ports: !reset []")).isEqualTo("    <key>ports<colon>: <tag>!reset []");
        assertThat(shown("")).isEmpty();
        assertThat(YamlStyles.line("")).isEqualTo(List.of());
    }
}
