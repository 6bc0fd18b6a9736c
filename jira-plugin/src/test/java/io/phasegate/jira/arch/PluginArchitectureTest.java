package io.phasegate.jira.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** Layering rules of the Jira adapter (the core's own rules live in core's ArchitectureTest). */
@AnalyzeClasses(packages = "io.phasegate.jira", importOptions = ImportOption.DoNotIncludeTests.class)
class PluginArchitectureTest {

    @ArchTest
    static final ArchRule componentAccessorOnlyInCompat = noClasses()
            .that()
            .resideOutsideOfPackage("io.phasegate.jira.compat..")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("com.atlassian.jira.component.ComponentAccessor")
            .because("host services arrive by constructor injection; ComponentAccessor is a static service locator");

    @ArchTest
    static final ArchRule onlyTheReaderNamesJiraSoftware = noClasses()
            .that()
            .resideOutsideOfPackages("io.phasegate.jira.board.jsw..", "io.phasegate.jira.compat..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.atlassian.greenhopper..", "org.joda..")
            .because("Jira Software is optional: its packages are imported resolution:=optional, so only code that"
                    + " runs after OsgiJiraSoftware found it may touch them (FelixResolveIT starts the bundle"
                    + " without them)");

    @ArchTest
    static final ArchRule slicesFreeOfCycles =
            slices().matching("io.phasegate.jira.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noFieldInjection = GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

    @ArchTest
    static final ArchRule noJavaUtilLogging = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

    @ArchTest
    static final ArchRule noStandardStreams = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

    @ArchTest
    static final ArchRule validatorsAreStateless = classes()
            .that()
            .implement("com.opensymphony.workflow.Validator")
            .should()
            .haveOnlyFinalFields()
            .because("Jira shares one validator instance across concurrent transitions");
}
