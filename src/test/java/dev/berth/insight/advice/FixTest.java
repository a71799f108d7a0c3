package dev.berth.insight.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FixTest {
    @Test
    void theTextAfterIsMadeAgainFromTheTextBeforeAndTheChangedPart() {
        String before = "a: 1\nb: 2\nc: 3\n";
        Fix change = new Fix(Path.of("f"), "t", before, "a: 1\nb: two\nc: 3\n");
        assertThat(change.after()).isEqualTo("a: 1\nb: two\nc: 3\n");
        assertThat(change.preview()).containsExactly("   2 - b: 2", "   2 + b: two");
        assertThat(new Fix(Path.of("f"), "t", "", "x\n").after()).isEqualTo("x\n");
        assertThat(new Fix(Path.of("f"), "t", "aaa", "aa").after()).isEqualTo("aa");
        assertThat(new Fix(Path.of("f"), "t", "aa", "aaaa").after()).isEqualTo("aaaa");
        assertThat(new Fix(Path.of("f"), "t", before, before).after()).isEqualTo(before);
        assertThat(change).isEqualTo(new Fix(Path.of("f"), "t", before, "a: 1\nb: two\nc: 3\n"));
    }
}
