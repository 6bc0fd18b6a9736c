package io.phasegate.core.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Planning screens, screen schemes and the project's issue type screen scheme against what exists. */
class ScreenPlanningTest {
    private static final ProjectRef PROJECT = new ProjectRef("PAY", "Payments");
    private static final String OURS = "Phasegate: PAY issue type screen scheme";
    private final SetupPlanner planner = new SetupPlanner(PhasegateBlueprint.standard());

    private static final List<ExistingIssueType> TYPES = List.of(
            new ExistingIssueType("10", "Bug", false),
            new ExistingIssueType("100", "RFC", false),
            new ExistingIssueType("101", "Technical Deep-dive", false));
    private static final List<Existing> SCHEMES = List.of(
            new Existing("1", "Default Screen Scheme"),
            new Existing("2", "Bug Screen Scheme"),
            new Existing("200", "Phasegate RFC Screen Scheme"),
            new Existing("201", "Phasegate Technical Deep-dive Screen Scheme"));

    private static Inventory inventory(Set<StepKind> automated, List<ExistingIssueTypeScreenScheme> schemes) {
        return new Inventory(
                TYPES,
                List.of(),
                List.of(),
                List.of(new Existing("300", "Phasegate RFC Screen")),
                SCHEMES,
                List.of(),
                automated,
                new ScreenInventory(
                        Map.of("300", List.of(new ExistingTab("RFC", List.of("summary", "issuetype")))),
                        Map.of("200", Optional.empty(), "201", Optional.of("301")),
                        schemes));
    }

    private static Inventory inventory(ExistingIssueTypeScreenScheme... schemes) {
        return inventory(FakeJira.AUTOMATED, List.of(schemes));
    }

    private static ExistingIssueTypeScreenScheme scheme(
            String id, String name, Map<String, String> byType, String... projects) {
        return new ExistingIssueTypeScreenScheme(
                id, name, new ScreenSchemeMappings(Optional.of("1"), byType), Set.of(projects));
    }

    private SetupStep step(Inventory inventory, StepKind kind) {
        return planner.plan(inventory, PROJECT).steps().stream()
                .filter(s -> s.kind() == kind)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aScreenLackingTabsAndFieldsIsCompletedAndTheStepSaysWhatIsMissing() {
        SetupPlan plan = planner.plan(inventory(), PROJECT);

        SetupStep rfc = plan.steps().stream()
                .filter(s -> s.name().equals("Phasegate RFC Screen"))
                .findFirst()
                .orElseThrow();
        assertThat(rfc.action()).isEqualTo(StepAction.CREATE);
        assertThat(rfc.reason().key()).isEqualTo("reason.screen-incomplete");
        assertThat(rfc.reason().args()).startsWith("300", "Validation");
        assertThat(rfc.reason().args().get(2)).startsWith("reporter, assignee").contains("Problem Statement");
        assertThat(rfc.values())
                .contains("Validation", "attachment", "Business Lines")
                .doesNotContain("summary");
        SetupStep deepDive = plan.steps().stream()
                .filter(s -> s.name().equals("Phasegate Technical Deep-dive Screen"))
                .findFirst()
                .orElseThrow();
        assertThat(deepDive.reason()).isEqualTo(SetupMessage.of("reason.absent"));
    }

    @Test
    void aScreenSchemeWithoutDefaultScreenGetsOneAndOneWithADefaultIsLeftAlone() {
        SetupPlan plan = planner.plan(inventory(), PROJECT);

        SetupStep rfc = plan.steps().stream()
                .filter(s -> s.name().equals("Phasegate RFC Screen Scheme"))
                .findFirst()
                .orElseThrow();
        assertThat(rfc.action()).isEqualTo(StepAction.CREATE);
        assertThat(rfc.reason())
                .isEqualTo(SetupMessage.of("reason.screen-scheme-incomplete", "200", "Phasegate RFC Screen"));
        SetupStep deepDive = plan.steps().stream()
                .filter(s -> s.name().equals("Phasegate Technical Deep-dive Screen Scheme"))
                .findFirst()
                .orElseThrow();
        assertThat(deepDive.action()).isEqualTo(StepAction.ALREADY_PRESENT);
        assertThat(deepDive.existingId()).contains("201");
    }

    @Test
    void aProjectWhoseSchemeMapsBothTypesToPhasegatesSchemesIsLeftAlone() {
        Inventory inventory =
                inventory(scheme("5", "Payments screens", Map.of("10", "2", "100", "200", "101", "201"), "PAY"));

        SetupStep project = step(inventory, StepKind.PROJECT_SCREENS);

        assertThat(project.action()).isEqualTo(StepAction.ALREADY_PRESENT);
        assertThat(project.existingId()).contains("5");
        assertThat(project.reason()).isEqualTo(SetupMessage.of("reason.project-screens-present", "Payments screens"));
    }

    @Test
    void thePreviewNamesTheReplacedSchemeItsDefaultAndEveryCopiedEntry() {
        Inventory inventory = inventory(scheme("5", "Shared screens", Map.of("10", "2"), "PAY", "OPS"));

        SetupStep project = step(inventory, StepKind.PROJECT_SCREENS);

        assertThat(project.action()).isEqualTo(StepAction.CREATE);
        assertThat(project.reason())
                .isEqualTo(SetupMessage.of(
                        "reason.project-screens-replace", "Shared screens", OURS, "Default Screen Scheme"));
        assertThat(project.values()).containsExactly("Bug → Bug Screen Scheme");
        assertThat(project.needs())
                .contains("ISSUE_TYPE:rfc", "SCREEN_SCHEME:rfc-screen-scheme", "SCREEN_SCHEME:deep-dive-screen-scheme");
    }

    @Test
    void phasegatesOwnSchemeUsedByAnotherProjectIsNeverChanged() {
        Inventory inventory =
                inventory(scheme("5", "Default", Map.of(), "PAY"), scheme("6", OURS, Map.of("10", "2"), "OPS", "HR"));

        SetupStep project = step(inventory, StepKind.PROJECT_SCREENS);

        assertThat(project.action()).isEqualTo(StepAction.CONFLICT);
        assertThat(project.reason()).isEqualTo(SetupMessage.of("reason.project-screens-shared", OURS, "HR, OPS"));
    }

    @Test
    void anRfcMappingChosenByAnAdministratorIsNotOverwritten() {
        Inventory inventory = inventory(scheme("6", OURS, Map.of("100", "2"), "PAY"));

        SetupStep project = step(inventory, StepKind.PROJECT_SCREENS);

        assertThat(project.action()).isEqualTo(StepAction.CONFLICT);
        assertThat(project.reason()).isEqualTo(SetupMessage.of("reason.project-screens-mapped-elsewhere", OURS));
        assertThat(project.values()).containsExactly("RFC → Bug Screen Scheme");
    }

    @Test
    void existingRfcIssuesKeepTheirScreensWhenTheProjectsCurrentSchemeMapsRfcElsewhere() {
        Inventory inventory = inventory(scheme("5", "Payments screens", Map.of("10", "2", "100", "2"), "PAY"));

        SetupStep project = step(inventory, StepKind.PROJECT_SCREENS);

        assertThat(project.action()).isEqualTo(StepAction.CONFLICT);
        assertThat(project.reason())
                .isEqualTo(SetupMessage.of("reason.project-screens-mapped-elsewhere", "Payments screens"));
        assertThat(project.values()).containsExactly("RFC → Bug Screen Scheme");
    }

    @Test
    void theProjectsOwnSchemeLackingAMappingIsCompleted() {
        Inventory inventory = inventory(scheme("6", OURS, Map.of("10", "2", "100", "200"), "PAY"));

        SetupStep project = step(inventory, StepKind.PROJECT_SCREENS);

        assertThat(project.action()).isEqualTo(StepAction.CREATE);
        assertThat(project.reason()).isEqualTo(SetupMessage.of("reason.project-screens-complete", OURS));
    }

    @Test
    void withoutTheAdapterOrWithoutKnowingTheProjectsSchemeItIsAManualStep() {
        Set<StepKind> manual = EnumSet.copyOf(FakeJira.AUTOMATED);
        manual.remove(StepKind.PROJECT_SCREENS);

        SetupStep notAutomated =
                step(inventory(manual, List.of(scheme("5", "S", Map.of(), "PAY"))), StepKind.PROJECT_SCREENS);
        SetupStep unknown = step(inventory(), StepKind.PROJECT_SCREENS);

        assertThat(List.of(notAutomated, unknown)).allSatisfy(s -> {
            assertThat(s.action()).isEqualTo(StepAction.MANUAL);
            assertThat(s.reason().key()).isEqualTo("manual.project-screens");
            assertThat(s.reason().args()).startsWith("Payments", "PAY");
        });
    }

    @Test
    void missingFromOnlyAddsAndNeverChangesAnEntry() {
        ScreenSchemeMappings source = new ScreenSchemeMappings(Optional.of("1"), Map.of("10", "2", "11", "3"));
        ScreenSchemeMappings target = new ScreenSchemeMappings(Optional.of("9"), Map.of("10", "7"));

        ScreenSchemeMappings add = source.with(Map.of("100", "200")).missingFrom(target);

        assertThat(add.defaultScheme()).isEmpty();
        assertThat(add.byIssueType()).containsExactlyInAnyOrderEntriesOf(Map.of("11", "3", "100", "200"));
        assertThat(source.missingFrom(ScreenSchemeMappings.none())).isEqualTo(source);
        assertThat(source.missingFrom(source).isEmpty()).isTrue();
    }

    @Test
    void aProjectLeftWithoutSchemeByAnEarlierRunGetsTheSchemeThatRunPrepared() {
        SetupStep prepared = step(inventory(scheme("6", OURS, Map.of("10", "2"))), StepKind.PROJECT_SCREENS);
        SetupStep nothingPrepared = step(inventory(scheme("5", "Other", Map.of(), "OPS")), StepKind.PROJECT_SCREENS);

        assertThat(prepared.action()).isEqualTo(StepAction.CREATE);
        assertThat(prepared.reason()).isEqualTo(SetupMessage.of("reason.project-screens-reattach", OURS));
        assertThat(nothingPrepared.action()).isEqualTo(StepAction.MANUAL);
    }
}
