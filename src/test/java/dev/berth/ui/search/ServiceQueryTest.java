package dev.berth.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.ui.TestProjects;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ServiceQueryTest {
    private final List<ServiceFacts> webapp = ServiceFacts.of(TestProjects.webapp(),
            name -> name.equals("db") ? "healthy" : name.equals("api") ? "exited (1)" : "not created");

    private List<String> names(String query) {
        ServiceQuery q = ServiceQuery.parse(query);
        return webapp.stream().filter(q::matches).map(ServiceFacts::name).toList();
    }

    @Test
    void aBareWordMatchesPartOfTheNameWhateverTheCase() {
        assertThat(names("A")).containsExactly("api");
        assertThat(names("B")).containsExactly("db", "web");
        assertThat(names("we")).containsExactly("web");
    }

    @Test
    void factsAreAskedByKeyAndAllWordsMustHold() {
        assertThat(names("net:back")).containsExactly("api", "db");
        assertThat(names("network:front image:busybox")).isEmpty(); // api and web have no image, only a build name
        assertThat(names("volume:dbdata")).containsExactly("db");
        assertThat(names("image:busybox")).containsExactly("db");
        assertThat(names("net:back a")).containsExactly("api");
    }

    @Test
    void statesMatchFromTheirStartAndCommasGiveAlternatives() {
        assertThat(names("state:not-created")).containsExactly("web");
        assertThat(names("state:ex")).containsExactly("api");
        assertThat(names("state:exited,healthy")).containsExactly("api", "db");
        assertThat(names("state:created")).isEmpty(); // "not created" does not start with "created"
    }

    @Test
    void aLeadingMinusNegates() {
        assertThat(names("-state:healthy")).containsExactly("api", "web");
        assertThat(names("-net:front")).containsExactly("db");
    }

    @Test
    void servicesOffByProfileHaveTheStateOffAndTheirProfiles() {
        List<ServiceFacts> facts = ServiceFacts.of(TestProjects.profiles(Set.of("debug")), n -> "running");
        ServiceQuery off = ServiceQuery.parse("state:off");
        ServiceQuery monitoring = ServiceQuery.parse("profile:monitor");
        assertThat(facts.stream().filter(off::matches).map(ServiceFacts::name)).containsExactly("dashboard", "metrics");
        assertThat(facts.stream().filter(monitoring::matches).map(ServiceFacts::name)).containsExactly("dashboard", "metrics");
    }

    @Test
    void anUnknownKeyIsIgnoredWithAProblemToShow() {
        ServiceQuery q = ServiceQuery.parse("colour:red web");
        assertThat(q.problem()).hasValueSatisfying(p -> assertThat(p).contains("colour:").contains("state:"));
        assertThat(webapp.stream().filter(q::matches).map(ServiceFacts::name)).containsExactly("web");
        assertThat(ServiceQuery.parse("web").problem()).isEmpty();
    }

    @Test
    void anEmptyQueryMatchesEverythingAndOnlyStateQueriesAskStates() {
        assertThat(ServiceQuery.parse("  ").isEmpty()).isTrue();
        assertThat(names("")).hasSize(3);
        assertThat(ServiceQuery.parse("state:").isEmpty()).isTrue();
        assertThat(ServiceQuery.parse("web -state:running").asksState()).isTrue();
        assertThat(ServiceQuery.parse("net:front").asksState()).isFalse();
    }

    @Test
    void focusKeepsTheServiceItsDependenciesAndDependantsAndTheQueryNarrowsThat() {
        var chain = TestProjects.webapp(); // db <- api <- web
        var around = new Neighbourhood(chain);
        assertThat(new Search(ServiceQuery.ALL, "api").shown(webapp, around)).containsExactly("api", "db", "web");
        assertThat(new Search(ServiceQuery.parse("net:back"), "web").shown(webapp, around)).containsExactly("api", "db");
        assertThat(Search.NONE.shown(webapp, around)).isNull();
        assertThat(new Search(ServiceQuery.parse("zzz"), null).shown(webapp, around)).isEmpty();
    }

    @Test
    void focusFollowsDependsOnBothWaysButNotSideways() {
        var p = TestProjects.profiles(Set.of("monitoring", "debug")); // app <- debugger, app <- metrics <- dashboard
        var around = new Neighbourhood(p);
        assertThat(around.around("metrics")).containsExactly("app", "dashboard", "metrics");
        assertThat(around.dependenciesOf("dashboard")).containsExactly("app", "debugger", "metrics");
        assertThat(around.dependantsOf("app")).containsExactly("dashboard", "debugger", "metrics");
        assertThat(around.around("debugger")).containsExactly("app", "dashboard", "debugger");
    }
}
