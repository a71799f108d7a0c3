package dev.berth.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Attribute names offered where a key is typed, from the spec the loader validates with. */
class CompletionTest {
    private static List<String> lines(String text) {
        return List.of(text.split("\n", -1));
    }

    @Test
    void pathFollowsIndentationAndListItems() {
        List<String> l = lines("""
                services:
                  web:
                    # a comment at another indent
                    ports:
                      - target: 80
                        pu
                      - ta
                    hea
                net""");
        assertThat(YamlPath.at(l, 1)).containsExactly("services");
        assertThat(YamlPath.at(l, 3)).containsExactly("services", "web");
        assertThat(YamlPath.at(l, 5)).containsExactly("services", "web", "ports", "-");
        assertThat(YamlPath.at(l, 6)).containsExactly("services", "web", "ports", "-");
        assertThat(YamlPath.at(l, 7)).containsExactly("services", "web");
        assertThat(YamlPath.at(l, 8)).isEmpty();
    }

    @Test
    void namesComeFromTheSpecForThatPlace() {
        List<String> l = lines("""
                services:
                  web:
                    hea
                    ports:
                      - pu
                    depends_on:
                      db:
                        con
                net""");
        assertThat(Completion.at(l, 2, 7)).containsExactly("healthcheck");
        assertThat(Completion.at(l, 4, 10)).containsExactly("published");
        assertThat(Completion.at(l, 7, 11)).containsExactly("condition");
        assertThat(Completion.at(l, 8, 3)).containsExactly("networks");
        assertThat(SpecNames.under(List.of("services", "web"))).contains("image", "build", "depends_on", "volumes")
                .hasSizeGreaterThan(70).isSorted();
        assertThat(SpecNames.under(List.of("services", "web", "build"))).contains("context", "dockerfile", "args");
        assertThat(SpecNames.under(List.of("services"))).as("service names are the person's own").isEmpty();
    }

    @Test
    void nothingIsOfferedInsideAValue() {
        List<String> l = lines("services:\n  web:\n    image: ngi");
        assertThat(Completion.at(l, 2, 14)).isEmpty();
    }
}
