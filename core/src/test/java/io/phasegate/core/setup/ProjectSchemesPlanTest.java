package io.phasegate.core.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How the project's issue type and workflow scheme steps are planned from the schemes Jira has. */
class ProjectSchemesPlanTest {
    private static final ProjectRef PAY = new ProjectRef("PAY", "Payments");
    private static final String WORKFLOW = "Phasegate Delivery Workflow";
    private static final Set<StepKind> AUTOMATED = EnumSet.of(
            StepKind.ISSUE_TYPE,
            StepKind.FIELD,
            StepKind.FIELD_OPTIONS,
            StepKind.STATUS,
            StepKind.WORKFLOW,
            StepKind.PROJECT_ISSUE_TYPES,
            StepKind.PROJECT_WORKFLOW);
    private static final WorkflowSchemeState SOFTWARE = new WorkflowSchemeState(
            Optional.of("10100"),
            "Software Simplified Workflow Scheme",
            false,
            Map.of("1", "Bug workflow"),
            Optional.of("Software Simplified Workflow"),
            List.of("Payments"));
    private static final IssueTypeSchemeState OWN_TYPES =
            new IssueTypeSchemeState("PAY: Scrum Issue Type Scheme", false, List.of("1", "3"), List.of());

    private final SetupPlanner planner = new SetupPlanner(PhasegateBlueprint.standard());

    @Test
    void withoutTheTypesTheProjectsOwnSchemeGetsThemAndTheWorkflowSchemeIsSwitched() {
        SetupPlan plan = plan(inventory(), schemes(OWN_TYPES, SOFTWARE, Map.of()));

        assertThat(step(plan, StepKind.PROJECT_ISSUE_TYPES).action()).isEqualTo(StepAction.CREATE);
        assertThat(step(plan, StepKind.PROJECT_ISSUE_TYPES).reason())
                .isEqualTo(SetupMessage.of(
                        "reason.project-issue-types-add", "PAY: Scrum Issue Type Scheme", "RFC, Technical Deep-dive"));
        SetupStep workflow = step(plan, StepKind.PROJECT_WORKFLOW);
        assertThat(workflow.action()).isEqualTo(StepAction.CREATE);
        assertThat(workflow.reason().args())
                .containsExactly(
                        "Software Simplified Workflow Scheme",
                        "Phasegate: PAY workflow scheme",
                        "RFC, Technical Deep-dive",
                        WORKFLOW);
        assertThat(workflow.needs()).contains("ISSUE_TYPE:rfc", "ISSUE_TYPE:deep-dive", "WORKFLOW:workflow");
    }

    @Test
    void aSharedIssueTypeSchemeIsLeftToTheAdministratorNamingTheOtherProjects() {
        IssueTypeSchemeState shared =
                new IssueTypeSchemeState("Company types", false, List.of("1"), List.of("Lending", "Cards"));

        SetupStep step = step(plan(inventory(), schemes(shared, SOFTWARE, Map.of())), StepKind.PROJECT_ISSUE_TYPES);

        assertThat(step.action()).isEqualTo(StepAction.MANUAL);
        assertThat(step.reason())
                .isEqualTo(SetupMessage.of(
                        "manual.project-issue-types-shared",
                        "Payments",
                        "PAY",
                        "Company types",
                        "RFC, Technical Deep-dive",
                        "Lending, Cards"));
    }

    @Test
    void onJirasDefaultSchemeNewTypesAreOnlyCheckedButExistingOnesMissingFromItAreManual() {
        IssueTypeSchemeState standard =
                new IssueTypeSchemeState("Default Issue Type Scheme", true, List.of("1"), List.of());

        assertThat(step(plan(inventory(), schemes(standard, SOFTWARE, Map.of())), StepKind.PROJECT_ISSUE_TYPES)
                        .action())
                .isEqualTo(StepAction.CREATE);
        assertThat(step(plan(withTypes(), schemes(standard, SOFTWARE, counts(0, 0))), StepKind.PROJECT_ISSUE_TYPES)
                        .reason()
                        .key())
                .isEqualTo("manual.project-issue-types-default");
    }

    @Test
    void typesAlreadyOfferedAndMappedAreAlreadyPresent() {
        IssueTypeSchemeState offered =
                new IssueTypeSchemeState("PAY types", false, List.of("1", "500", "501"), List.of());
        WorkflowSchemeState mapped = new WorkflowSchemeState(
                Optional.of("10200"),
                "Phasegate: PAY workflow scheme",
                false,
                Map.of("500", WORKFLOW, "501", WORKFLOW),
                Optional.empty(),
                List.of("Payments"));

        SetupPlan plan = plan(withTypes(), schemes(offered, mapped, counts(4, 2)));

        assertThat(step(plan, StepKind.PROJECT_ISSUE_TYPES).action()).isEqualTo(StepAction.ALREADY_PRESENT);
        assertThat(step(plan, StepKind.PROJECT_WORKFLOW).action()).isEqualTo(StepAction.ALREADY_PRESENT);
    }

    @Test
    void existingRfcIssuesWouldChangeWorkflowSoJiraMustMigrateThem() {
        SetupStep step = step(plan(withTypes(), schemes(OWN_TYPES, SOFTWARE, counts(3, 0))), StepKind.PROJECT_WORKFLOW);

        assertThat(step.action()).isEqualTo(StepAction.MANUAL);
        assertThat(step.reason().key()).isEqualTo("manual.project-workflow-issues");
        assertThat(step.reason().args()).contains("RFC: 3").doesNotContain("Technical Deep-dive: 0");
    }

    @Test
    void issuesThatCouldNotBeCountedAreTreatedAsExisting() {
        Map<String, Long> onlyRfc = Map.of("500", 0L);

        SetupStep step = step(plan(withTypes(), schemes(OWN_TYPES, SOFTWARE, onlyRfc)), StepKind.PROJECT_WORKFLOW);

        assertThat(step.action()).isEqualTo(StepAction.MANUAL);
        assertThat(step.reason().args()).contains("Technical Deep-dive: ?");
    }

    @Test
    void anUnusedSchemeLeftByAFailedRunIsReusedWhenItIsExactlyWhatWouldBeCreated() {
        WorkflowSchemeState leftover = new WorkflowSchemeState(
                Optional.of("10300"),
                "Phasegate: PAY workflow scheme",
                false,
                Map.of("1", "Bug workflow", "500", WORKFLOW, "501", WORKFLOW),
                Optional.of("Software Simplified Workflow"),
                List.of());
        ProjectSchemes schemes = new ProjectSchemes(OWN_TYPES, SOFTWARE, Optional.of(leftover), counts(0, 0));

        SetupPlan plan = plan(withTypes(), schemes);
        WorkflowSchemeChange change = new ProjectWorkflow(
                        PhasegateBlueprint.standard().issueTypes(), WORKFLOW)
                .change(PAY, schemes, Map.of("rfc", "500", "deep-dive", "501"));

        assertThat(step(plan, StepKind.PROJECT_WORKFLOW).reason().key()).isEqualTo("reason.project-workflow-reuse");
        assertThat(change.reuseSchemeId()).contains("10300");
    }

    @Test
    void aSchemeOfThatNameInUseOrDifferentIsAConflict() {
        WorkflowSchemeState used = new WorkflowSchemeState(
                Optional.of("10300"),
                "Phasegate: PAY workflow scheme",
                false,
                Map.of(),
                Optional.empty(),
                List.of("Cards"));
        WorkflowSchemeState stale = new WorkflowSchemeState(
                Optional.of("10300"), "Phasegate: PAY workflow scheme", false, Map.of(), Optional.empty(), List.of());

        assertThat(step(
                                plan(
                                        withTypes(),
                                        new ProjectSchemes(OWN_TYPES, SOFTWARE, Optional.of(used), counts(0, 0))),
                                StepKind.PROJECT_WORKFLOW)
                        .reason()
                        .key())
                .isEqualTo("reason.project-workflow-name-taken");
        assertThat(step(
                                plan(
                                        withTypes(),
                                        new ProjectSchemes(OWN_TYPES, SOFTWARE, Optional.of(stale), counts(0, 0))),
                                StepKind.PROJECT_WORKFLOW)
                        .action())
                .isEqualTo(StepAction.CONFLICT);
    }

    @Test
    void theNewSchemeCopiesEveryMappingAndTheDefaultAndAddsPhasegatesTypes() {
        WorkflowSchemeChange change = new ProjectWorkflow(
                        PhasegateBlueprint.standard().issueTypes(), WORKFLOW)
                .change(PAY, schemes(OWN_TYPES, SOFTWARE, Map.of()), Map.of("rfc", "500", "deep-dive", "501"));

        assertThat(change.mappings())
                .containsExactlyInAnyOrderEntriesOf(Map.of("1", "Bug workflow", "500", WORKFLOW, "501", WORKFLOW));
        assertThat(change.defaultWorkflow()).contains("Software Simplified Workflow");
        assertThat(change.replacedSchemeId()).contains("10100");
        assertThat(change.name()).isEqualTo("Phasegate: PAY workflow scheme");
        assertThat(change.reuseSchemeId()).isEmpty();
    }

    @Test
    void theIssueTypeChangeKeepsTheSchemesTypesInOrderAndAppendsTheNewOnes() {
        IssueTypeSchemeChange change = new ProjectIssueTypes(
                        PhasegateBlueprint.standard().issueTypes())
                .change(PAY, schemes(OWN_TYPES, SOFTWARE, Map.of()), Map.of("rfc", "500", "deep-dive", "3"));

        assertThat(change.checkOnly()).isFalse();
        assertThat(change.issueTypeIds()).containsExactly("1", "3", "500");
    }

    @Test
    void withoutTheSchemesBothStepsStayManualAsBefore() {
        SetupPlan plan = planner.plan(inventory(), PAY);

        assertThat(step(plan, StepKind.PROJECT_ISSUE_TYPES).action()).isEqualTo(StepAction.MANUAL);
        assertThat(step(plan, StepKind.PROJECT_WORKFLOW).reason().key()).isEqualTo("manual.project-workflow");
    }

    private SetupPlan plan(Inventory inventory, ProjectSchemes schemes) {
        return planner.plan(inventory, PAY, Optional.of(schemes));
    }

    private static ProjectSchemes schemes(
            IssueTypeSchemeState types, WorkflowSchemeState workflows, Map<String, Long> counts) {
        return new ProjectSchemes(types, workflows, Optional.empty(), counts);
    }

    private static Map<String, Long> counts(long rfc, long deepDive) {
        return Map.of("500", rfc, "501", deepDive);
    }

    private static Inventory inventory() {
        return Inventory.empty(AUTOMATED);
    }

    private static Inventory withTypes() {
        return new Inventory(
                List.of(
                        new ExistingIssueType("500", "RFC", false),
                        new ExistingIssueType("501", "Technical Deep-dive", false)),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                AUTOMATED);
    }

    private static SetupStep step(SetupPlan plan, StepKind kind) {
        return plan.steps().stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
    }
}
