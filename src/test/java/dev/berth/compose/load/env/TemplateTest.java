package dev.berth.compose.load.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateTest {
    private final Map<String, String> env = Map.of("SET", "v", "EMPTY", "");
    private final List<String> unset = new ArrayList<>();
    private final Template t = new Template(env::get, unset::add);

    @Test
    void plainAndBraced() throws Exception {
        assertThat(t.substitute("a-$SET-${SET}")).isEqualTo("a-v-v");
    }

    @Test
    void defaults() throws Exception {
        assertThat(t.substitute("${EMPTY:-d}|${EMPTY-d}|${NO:-d}|${NO-d}")).isEqualTo("d||d|d");
    }

    @Test
    void alternatives() throws Exception {
        assertThat(t.substitute("${SET:+a}|${EMPTY:+a}|${EMPTY+a}|${NO+a}")).isEqualTo("a||a|");
    }

    @Test
    void required() {
        assertThatThrownBy(() -> t.substitute("${NO:?need it}")).hasMessage("required variable NO is missing a value: need it");
        assertThatThrownBy(() -> t.substitute("${EMPTY:?}")).hasMessage("required variable EMPTY is missing a value");
    }

    @Test
    void requiredWithoutColonAcceptsEmpty() throws Exception {
        assertThat(t.substitute("${EMPTY?x}")).isEmpty();
    }

    @Test
    void nestingAndEscapes() throws Exception {
        assertThat(t.substitute("${NO:-${NOPE:-${SET}}}")).isEqualTo("v");
        assertThat(t.substitute("$${SET} $$SET")).isEqualTo("${SET} $SET");
        assertThat(t.substitute("${NO:-{x}}")).isEqualTo("{x}");
    }

    @Test
    void loneDollarStaysAsWritten() throws Exception {
        assertThat(t.substitute("a$ $1 $-x")).isEqualTo("a$ $1 $-x");
    }

    @Test
    void unsetIsReportedAndBlank() throws Exception {
        assertThat(t.substitute("x${NO}y")).isEqualTo("xy");
        assertThat(unset).containsExactly("NO");
    }

    @Test
    void invalidForms() {
        assertThatThrownBy(() -> t.substitute("${ A}")).isInstanceOf(Template.TemplateException.class);
        assertThatThrownBy(() -> t.substitute("${A/x/y}")).isInstanceOf(Template.TemplateException.class);
        assertThatThrownBy(() -> t.substitute("${A")).isInstanceOf(Template.TemplateException.class);
    }
}
