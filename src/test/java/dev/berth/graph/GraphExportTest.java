package dev.berth.graph;

import static dev.berth.compose.model.DependsOn.Condition.SERVICE_HEALTHY;
import static dev.berth.compose.model.DependsOn.Condition.SERVICE_STARTED;
import static dev.berth.graph.ProjectFixture.project;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GraphExportTest {
    private final ServiceGraph graph = project("shop")
            .service("web").dependsOn("db", SERVICE_HEALTHY, true, true)
            .dependsOn("cache", SERVICE_STARTED, false, false).link("db")
            .service("db")
            .service("cache")
            .service("debug").dependsOn("web").disabled()
            .graph();

    @Test
    void dotHasConditionLabelsDashedOptionalEdgesAndGreyedDisabledServices() {
        assertThat(GraphExport.dot(graph)).isEqualTo("""
                digraph "shop" {
                  node [shape=box];
                  "cache";
                  "db";
                  "debug" [style=dashed, fontcolor=gray, color=gray];
                  "web";
                  "debug" -> "web" [label="service_started"];
                  "web" -> "cache" [label="service_started", style=dashed];
                  "web" -> "db" [label="service_healthy, restart"];
                  "web" -> "db" [label="links"];
                }
                """);
    }

    @Test
    void mermaidUsesDottedArrowsForOptionalEdges() {
        assertThat(GraphExport.mermaid(graph)).isEqualTo("""
                flowchart TD
                  s_cache["cache"]
                  s_db["db"]
                  s_debug["debug"]:::disabled
                  s_web["web"]
                  s_debug -->|"service_started"| s_web
                  s_web -.->|"service_started"| s_cache
                  s_web -->|"service_healthy, restart"| s_db
                  s_web -->|"links"| s_db
                  classDef disabled stroke-dasharray: 5 5,color:#888
                """);
    }

    @Test
    void mermaidIdsStayUniqueAfterCleaningNames() {
        ServiceGraph g = project("p").service("a.b").service("a-b").service("end").graph();

        assertThat(GraphExport.mermaid(g)).contains("s_a_b[\"a-b\"]", "s_a_b_2[\"a.b\"]", "s_end[\"end\"]");
    }

    @Test
    void dotEscapesQuotes() {
        ServiceGraph g = project("say \"hi\"").service("a").graph();

        assertThat(GraphExport.dot(g)).startsWith("digraph \"say \\\"hi\\\"\" {");
    }
}
