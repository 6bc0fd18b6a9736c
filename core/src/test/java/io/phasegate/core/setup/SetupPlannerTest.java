package io.phasegate.core.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SetupPlannerTest {
    private static final ProjectRef PROJECT = new ProjectRef("PAY", "Payments");
    private final SetupPlanner planner = new SetupPlanner(PhasegateBlueprint.standard());

    private static Inventory withFields(ExistingField... fields) {
        return new Inventory(
                List.of(), List.of(fields), List.of(), List.of(), List.of(), List.of(), FakeJira.AUTOMATED);
    }

    private static SetupStep step(SetupPlan plan, StepKind kind, String name) {
        return plan.steps().stream()
                .filter(s -> s.kind() == kind && s.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void onAnEmptyInstanceEverythingIsCreatedInDependencyOrder() {
        SetupPlan plan = planner.plan(Inventory.empty(FakeJira.AUTOMATED), PROJECT);

        assertThat(plan.steps())
                .extracting(SetupStep::number)
                .startsWith(1, 2, 3)
                .isSorted();
        List<StepKind> order =
                plan.steps().stream().map(SetupStep::kind).distinct().toList();
        assertThat(order)
                .containsExactly(
                        StepKind.ISSUE_TYPE,
                        StepKind.FIELD,
                        StepKind.FIELD_OPTIONS,
                        StepKind.STATUS,
                        StepKind.SCREEN,
                        StepKind.SCREEN_SCHEME,
                        StepKind.WORKFLOW,
                        StepKind.PROJECT_ISSUE_TYPES,
                        StepKind.PROJECT_SCREENS,
                        StepKind.PROJECT_WORKFLOW);
        assertThat(plan.steps(StepAction.CREATE)).hasSize(2 + 13 + 1 + 8 + 2 + 2 + 1);
        assertThat(plan.steps(StepAction.MANUAL))
                .extracting(SetupStep::kind)
                .containsExactly(StepKind.PROJECT_ISSUE_TYPES, StepKind.PROJECT_SCREENS, StepKind.PROJECT_WORKFLOW);
        assertThat(step(plan, StepKind.FIELD_OPTIONS, "Initiative Source").values())
                .containsExactlyElementsOf(PhasegateBlueprint.initiativeSources());
    }

    @Test
    void manualProjectStepsNameTheProjectAndWhatToMap() {
        SetupPlan plan = planner.plan(Inventory.empty(FakeJira.AUTOMATED), PROJECT);

        SetupStep workflow = plan.steps(StepAction.MANUAL).get(2);
        assertThat(workflow.reason())
                .isEqualTo(new SetupMessage(
                        "manual.project-workflow",
                        List.of("Payments", "PAY", "RFC, Technical Deep-dive", "Phasegate Delivery Workflow")));
        assertThat(workflow.needs()).contains("WORKFLOW:workflow", "ISSUE_TYPE:rfc");
    }

    @Test
    void jiraSoftwaresStoryPointEstimateIsReusedInsteadOfCreatingStoryPoints() {
        SetupPlan plan = planner.plan(
                withFields(new ExistingField(
                        "customfield_10016", "Story point estimate", FieldKind.NUMBER, "Number Field", List.of())),
                PROJECT);

        SetupStep points = step(plan, StepKind.FIELD, "Story Points");
        assertThat(points.action()).isEqualTo(StepAction.REUSE);
        assertThat(points.existingId()).contains("customfield_10016");
        assertThat(points.reason())
                .isEqualTo(SetupMessage.of("reason.field-equivalent", "Story point estimate", "customfield_10016"));
    }

    @Test
    void storyPointsIsPreferredOverStoryPointEstimateWhenBothExist() {
        SetupPlan plan = planner.plan(
                withFields(
                        new ExistingField(
                                "customfield_2", "Story point estimate", FieldKind.NUMBER, "Number Field", List.of()),
                        new ExistingField(
                                "customfield_1", "story points ", FieldKind.NUMBER, "Number Field", List.of())),
                PROJECT);

        SetupStep points = step(plan, StepKind.FIELD, "Story Points");
        assertThat(points.action()).isEqualTo(StepAction.ALREADY_PRESENT);
        assertThat(points.existingId()).contains("customfield_1");
    }

    @Test
    void anAcceptanceCriteriaTextFieldOfAnotherAppIsReused() {
        SetupPlan plan = planner.plan(
                withFields(new ExistingField(
                        "customfield_7",
                        "Acceptance Criteria",
                        FieldKind.TEXT_FIELD,
                        "Text Field (single line)",
                        List.of())),
                PROJECT);

        SetupStep criteria = step(plan, StepKind.FIELD, "Acceptance Criteria");
        assertThat(criteria.action()).isEqualTo(StepAction.REUSE);
        assertThat(criteria.reason())
                .isEqualTo(SetupMessage.of(
                        "reason.field-compatible", "Acceptance Criteria", "customfield_7", "Text Field (single line)"));
    }

    @Test
    void aSameNamedFieldOfAnIncompatibleTypeIsAConflictNotASecondField() {
        SetupPlan plan = planner.plan(
                withFields(
                        new ExistingField("customfield_8", "Hypothesis", FieldKind.NUMBER, "Number Field", List.of())),
                PROJECT);

        SetupStep hypothesis = step(plan, StepKind.FIELD, "Hypothesis");
        assertThat(hypothesis.action()).isEqualTo(StepAction.CONFLICT);
        assertThat(hypothesis.reason())
                .isEqualTo(SetupMessage.of("reason.field-incompatible", "Hypothesis", "customfield_8", "Number Field"));
    }

    @Test
    void twoUsableFieldsOfTheSameNameAreAConflict() {
        SetupPlan plan = planner.plan(
                withFields(
                        new ExistingField(
                                "customfield_1",
                                "Test Cases",
                                FieldKind.TEXT_AREA,
                                "Text Field (multi-line)",
                                List.of()),
                        new ExistingField(
                                "customfield_2",
                                "Test Cases",
                                FieldKind.TEXT_FIELD,
                                "Text Field (single line)",
                                List.of())),
                PROJECT);

        SetupStep tests = step(plan, StepKind.FIELD, "Test Cases");
        assertThat(tests.action()).isEqualTo(StepAction.CONFLICT);
        assertThat(tests.reason())
                .isEqualTo(SetupMessage.of("reason.field-ambiguous", "Test Cases", "customfield_1, customfield_2"));
    }

    @Test
    void onlyTheMissingOptionsOfAnExistingSelectFieldAreAdded() {
        SetupPlan plan = planner.plan(
                withFields(new ExistingField(
                        "customfield_9",
                        "Initiative Source",
                        FieldKind.SELECT,
                        "Select List (single choice)",
                        List.of("growth", "Finance", "Legacy"))),
                PROJECT);

        SetupStep options = step(plan, StepKind.FIELD_OPTIONS, "Initiative Source");
        assertThat(options.action()).isEqualTo(StepAction.CREATE);
        assertThat(options.values())
                .containsExactly(
                        "Compliance",
                        "Engineering – technical debt",
                        "QA – bug fixes",
                        "Customer Service",
                        "Market and competitive analysis",
                        "Other");
        assertThat(options.needs()).containsExactly("FIELD:initiative-source");
    }

    @Test
    void existingIssueTypesStatusesAndWorkflowAreLeftAlone() {
        Inventory inventory = new Inventory(
                List.of(
                        new ExistingIssueType("3", "rfc", false),
                        new ExistingIssueType("4", "Technical Deep-dive", true)),
                List.of(),
                List.of(new Existing("10001", "Coding")),
                List.of(),
                List.of(),
                List.of(new Existing("Phasegate Delivery Workflow", "Phasegate Delivery Workflow")),
                FakeJira.AUTOMATED);

        SetupPlan plan = planner.plan(inventory, PROJECT);

        assertThat(step(plan, StepKind.ISSUE_TYPE, "RFC").action()).isEqualTo(StepAction.ALREADY_PRESENT);
        assertThat(step(plan, StepKind.ISSUE_TYPE, "Technical Deep-dive").reason())
                .isEqualTo(SetupMessage.of("reason.issue-type-subtask", "Technical Deep-dive", "4"));
        assertThat(step(plan, StepKind.STATUS, "Coding").existingId()).contains("10001");
        assertThat(step(plan, StepKind.WORKFLOW, "Phasegate Delivery Workflow").action())
                .isEqualTo(StepAction.ALREADY_PRESENT);
    }

    @Test
    void whatTheAdapterCannotDoIsPlannedAsAManualStepWithInstructions() {
        Set<StepKind> noScreenSchemes = new java.util.HashSet<>(FakeJira.AUTOMATED);
        noScreenSchemes.remove(StepKind.SCREEN_SCHEME);

        SetupPlan plan = planner.plan(Inventory.empty(noScreenSchemes), PROJECT);

        SetupStep scheme = step(plan, StepKind.SCREEN_SCHEME, "Phasegate RFC Screen Scheme");
        assertThat(scheme.action()).isEqualTo(StepAction.MANUAL);
        assertThat(scheme.reason()).isEqualTo(SetupMessage.of("manual.screen-scheme", "Phasegate RFC Screen Scheme"));
    }

    @Test
    void thePlanIsTheSameForTheSameInstance() {
        List<ExistingField> fields = new ArrayList<>();
        fields.add(new ExistingField("customfield_10016", "Story Points", FieldKind.NUMBER, "Number Field", List.of()));
        Inventory inventory =
                new Inventory(List.of(), fields, List.of(), List.of(), List.of(), List.of(), FakeJira.AUTOMATED);

        assertThat(planner.plan(inventory, PROJECT)).isEqualTo(planner.plan(inventory, PROJECT));
    }
}
