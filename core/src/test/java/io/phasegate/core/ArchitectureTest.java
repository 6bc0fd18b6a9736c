package io.phasegate.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;

@AnalyzeClasses(packages = "io.phasegate.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule frameworkFree = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "com.atlassian..",
                    "com.opensymphony..",
                    "net.java.ao..",
                    "org.apache.velocity..",
                    "javax.ws.rs..",
                    "jakarta.ws.rs..",
                    "com.fasterxml.jackson..",
                    "org.springframework..")
            .because("gates and sprint health must run and be tested without Jira");

    @ArchTest
    static final ArchRule noWallClock = noClasses()
            .should()
            .callMethod(Instant.class, "now")
            .orShould()
            .callMethod(LocalDate.class, "now")
            .orShould()
            .callMethod(LocalDateTime.class, "now")
            .orShould()
            .callMethod(ZonedDateTime.class, "now")
            .orShould()
            .callMethod(System.class, "currentTimeMillis")
            .orShould()
            .callMethod(Clock.class, "systemUTC")
            .orShould()
            .callMethod(Clock.class, "systemDefaultZone")
            .because("time comes in as an injected java.time.Clock, so results can be replayed");

    @ArchTest
    static final ArchRule acyclic =
            slices().matching("io.phasegate.core.(*)..").should().beFreeOfCycles();
}
