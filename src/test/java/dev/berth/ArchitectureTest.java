package dev.berth;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.berth.cli.daemon.ClientProcess;
import dev.berth.cli.daemon.ThinClient;
import dev.berth.engine.DockerGateway;
import org.junit.jupiter.api.Test;

/** Keeps the layering of ARCHITECTURE.md: model ← load ← graph ← engine ← {ui, cli}. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.berth");

    /** Code that runs for a caller: in the daemon, several callers at once, none of them this process. */
    private static final DescribedPredicate<JavaClass> CALLER_CODE = resideInAnyPackage("dev.berth.cli..",
            "dev.berth.engine..", "dev.berth.compose..")
            .and(not(belongToAnyOf(ThinClient.class, ClientProcess.class)))
            .as("code under cli, engine and compose but the client's entry points");
    private static final String CALLER_REASON = "the resident daemon runs commands for many callers at once: each"
            + " command reads its caller's environment, directory, terminal and streams from its Invocation, and"
            + " only the process entry points (Main, ThinClient, ClientProcess) read the process's own";

    @Test
    void onlyEngineDockerImportsDockerJava() {
        noClasses().that().resideOutsideOfPackage("dev.berth.engine.docker..")
                .should().dependOnClassesThat().resideInAPackage("com.github.dockerjava..")
                .because("docker-java stays behind the DockerGateway port")
                .check(CLASSES);
    }

    @Test
    void oneShotCommandsStartThreadsThroughTasks() {
        noClasses().that().resideOutsideOfPackage("dev.berth.cli.daemon..")
                .and().doNotHaveFullyQualifiedName("dev.berth.engine.Tasks")
                .should().callMethod(java.util.concurrent.Executors.class, "newVirtualThreadPerTaskExecutor")
                .orShould().callMethod(Thread.class, "ofVirtual")
                .because("socket I/O on virtual threads starts the JDK's pollers, and a JVM with a thread in native"
                        + " code waits 300 ms before it exits; dev.berth.engine.Tasks picks the kind")
                .check(CLASSES);
    }

    /** Passing the gateway to the engine where it is made ({@code connect}) is all a face may do with it. */
    @Test
    void uiAndCliGoThroughTheEngineFacadeNeverTheGateway() {
        DescribedPredicate<JavaCall<?>> onTheGateway = JavaCall.Predicates.target(
                        HasOwner.Predicates.With.owner(JavaClass.Predicates.assignableTo(DockerGateway.class)))
                .and(DescribedPredicate.not(JavaCall.Predicates.target(HasName.Predicates.name("connect"))));
        noClasses().that().resideInAnyPackage("dev.berth.ui..", "dev.berth.cli..")
                .should().dependOnClassesThat().belongToAnyOf(DockerGateway.class)
                .orShould().callMethodWhere(onTheGateway)
                .because("ComposeEngine is the only door: one verb per user action, so the window and the CLI"
                        + " cannot each reassemble an action from engine calls")
                .check(CLASSES);
    }

    @Test
    void onlyUiImportsJavaFx() {
        noClasses().that().resideOutsideOfPackage("dev.berth.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .because("the CLI must run without loading JavaFX")
                .check(CLASSES);
    }

    @Test
    void modelDependsOnNothingOfBerth() {
        noClasses().that().resideInAPackage("dev.berth.compose.model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.berth.compose.load..", "dev.berth.graph..", "dev.berth.engine..", "dev.berth.ui..", "dev.berth.cli..")
                .because("the model is plain records that everything else reads")
                .check(CLASSES);
    }

    @Test
    void loaderDoesNotKnowGraphEngineOrFaces() {
        noClasses().that().resideInAnyPackage("dev.berth.compose..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.berth.graph..", "dev.berth.engine..", "dev.berth.ui..", "dev.berth.cli..")
                .because("loading is below the graph and the engine")
                .check(CLASSES);
    }

    @Test
    void graphDoesNotKnowEngineOrFaces() {
        noClasses().that().resideInAPackage("dev.berth.graph..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.berth.engine..", "dev.berth.ui..", "dev.berth.cli..")
                .because("the graph is pure and reused by engine, ui and cli")
                .check(CLASSES);
    }

    @Test
    void engineDoesNotKnowFaces() {
        noClasses().that().resideInAPackage("dev.berth.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.berth.ui..", "dev.berth.cli..")
                .because("ui and cli sit on top of the engine facade")
                .check(CLASSES);
    }

    @Test
    void insightDoesNotKnowFaces() {
        noClasses().that().resideInAPackage("dev.berth.insight..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.berth.ui..", "dev.berth.cli..")
                .because("the timeline, advice and resource figures are computed once for the window and the CLI")
                .check(CLASSES);
    }

    @Test
    void uiAndCliDoNotKnowEachOther() {
        noClasses().that().resideInAPackage("dev.berth.cli..")
                .should().dependOnClassesThat().resideInAPackage("dev.berth.ui..")
                .because("the CLI never loads the window")
                .check(CLASSES);
        noClasses().that().resideInAPackage("dev.berth.ui..")
                .should().dependOnClassesThat().resideInAPackage("dev.berth.cli..")
                .because("the window drives the engine itself, not through the command line")
                .check(CLASSES);
    }

    @Test
    void commandCodeReadsItsCallerNotTheProcess() {
        noClasses().that(CALLER_CODE)
                .should().callMethod(System.class, "getenv")
                .orShould().callMethod(System.class, "getenv", String.class)
                .orShould().callMethod(System.class, "console")
                .orShould().accessField(System.class, "in")
                .orShould().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().callMethod(System.class, "setIn", java.io.InputStream.class)
                .orShould().callMethod(System.class, "setOut", java.io.PrintStream.class)
                .orShould().callMethod(System.class, "setErr", java.io.PrintStream.class)
                .because(CALLER_REASON)
                .check(CLASSES);
    }

    @Test
    void commandCodeReadsItsCallersDirectoryNotTheProcesss() {
        classes().that(CALLER_CODE).should(ProcessDirectoryReads.none()).because(CALLER_REASON).check(CLASSES);
    }
}
