package dev.berth.compose.load.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DotEnvTest {
    private static Map<String, String> parse(String text) throws Exception {
        return DotEnv.parse(text, Map.of("OUT", "o")::get);
    }

    @Test
    void quotesExportAndComments() throws Exception {
        Map<String, String> v = parse("""
                # comment
                export A=1
                B='lit $OUT'
                C="tab\\there"
                D=plain # trailing
                E=
                F: colon
                """);
        assertThat(v).containsEntry("A", "1").containsEntry("B", "lit $OUT").containsEntry("C", "tab\there")
                .containsEntry("D", "plain").containsEntry("E", "").containsEntry("F", "colon");
    }

    @Test
    void interpolatesWithOutsideFirstThenEarlierKeys() throws Exception {
        Map<String, String> v = parse("OUT=inner\nA=${OUT}\nB=$A-x\nC=${MISSING:-def}\n");
        assertThat(v).containsEntry("A", "o").containsEntry("B", "o-x").containsEntry("C", "def");
    }

    @Test
    void multilineDoubleQuotes() throws Exception {
        assertThat(parse("A=\"one\ntwo\"\nB=2\n")).containsEntry("A", "one\ntwo").containsEntry("B", "2");
    }

    @Test
    void bareKeyTakesOutsideValue() throws Exception {
        assertThat(parse("OUT\nNOTSET\n")).containsEntry("OUT", "o").doesNotContainKey("NOTSET");
    }

    @Test
    void unterminatedQuoteNamesLine() {
        assertThatThrownBy(() -> parse("A=1\nB=\"open\n")).isInstanceOfSatisfying(DotEnv.DotEnvException.class,
                e -> assertThat(e.line()).isEqualTo(2));
    }
}
