package io.phasegate.core.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SetupExecutorTest {
    private static final ProjectRef PROJECT = new ProjectRef("PAY", "Payments");
    private final SetupBlueprint blueprint = PhasegateBlueprint.standard();
    private final FakeJira jira = new FakeJira();

    private SetupReport applyOnce() {
        SetupPlan plan = new SetupPlanner(blueprint).plan(jira.inventory(), PROJECT);
        return new SetupExecutor(blueprint, jira).apply(plan);
    }

    @Test
    void firstRunCreatesEverythingOnceAndLeavesTheIssueTypeAndWorkflowSchemesToTheAdmin() {
        SetupReport report = applyOnce();

        assertThat(jira.issueTypes).extracting(ExistingIssueType::name).containsExactly("RFC", "Technical Deep-dive");
        assertThat(jira.fields).hasSize(13);
        assertThat(jira.statuses).hasSize(8);
        assertThat(jira.screens).hasSize(2);
        assertThat(jira.screenSchemes).hasSize(2);
        assertThat(jira.workflows).extracting(Existing::name).containsExactly("Phasegate Delivery Workflow");
        assertThat(report.failed()).isFalse();
        assertThat(report.outcomes(StepOutcome.Result.NEEDS_ADMIN))
                .extracting(o -> o.step().kind())
                .containsExactly(StepKind.PROJECT_ISSUE_TYPES, StepKind.PROJECT_WORKFLOW);
        assertThat(report.outcomes(StepOutcome.Result.DONE))
                .extracting(o -> o.step().kind())
                .contains(StepKind.PROJECT_SCREENS);
        assertThat(report.nextAction().key()).isEqualTo("next.manual");
    }

    @Test
    void secondRunCreatesNothing() {
        applyOnce();
        int callsAfterFirstRun = jira.calls.size();

        SetupPlan again = new SetupPlanner(blueprint).plan(jira.inventory(), PROJECT);
        SetupReport report = new SetupExecutor(blueprint, jira).apply(again);

        assertThat(again.createsAnything()).isFalse();
        assertThat(jira.calls).hasSize(callsAfterFirstRun);
        assertThat(report.outcomes(StepOutcome.Result.DONE)).isEmpty();
        assertThat(jira.fields).extracting(ExistingField::name).doesNotHaveDuplicates();
        assertThat(jira.fields.stream()
                        .filter(f -> f.name().equals("Initiative Source"))
                        .findFirst()
                        .orElseThrow()
                        .options())
                .containsExactlyElementsOf(PhasegateBlueprint.initiativeSources());
    }

    @Test
    void aFailureHalfWayIsReportedAndTheNextRunFinishesWithoutDuplicates() {
        jira.failOnce(call -> call.equals("status Coding"));

        SetupReport broken = applyOnce();

        assertThat(broken.failed()).isTrue();
        StepOutcome failed = broken.outcomes(StepOutcome.Result.FAILED).get(0);
        assertThat(failed.step().name()).isEqualTo("Coding");
        assertThat(failed.detail().orElseThrow()).isEqualTo(SetupMessage.of("failure.host", "database unavailable"));
        assertThat(broken.outcomes(StepOutcome.Result.DONE))
                .extracting(o -> o.step().name())
                .contains("RFC", "Story Points", "Sprint Planning");
        assertThat(broken.outcomes(StepOutcome.Result.NOT_ATTEMPTED))
                .extracting(o -> o.step().name())
                .contains("Build Pipeline", "Phasegate RFC Screen", "Phasegate Delivery Workflow");
        assertThat(broken.outcomes(StepOutcome.Result.NOT_ATTEMPTED))
                .allSatisfy(o -> assertThat(o.detail().orElseThrow().key()).isEqualTo("outcome.after-failure"));
        assertThat(broken.nextAction().key()).isEqualTo("next.failed");
        assertThat(jira.workflows).isEmpty();

        SetupReport finished = applyOnce();

        assertThat(finished.failed()).isFalse();
        assertThat(finished.outcomes(StepOutcome.Result.DONE))
                .extracting(o -> o.step().name())
                .startsWith("Coding")
                .contains("Phasegate Delivery Workflow")
                .doesNotContain("RFC", "Story Points");
        assertThat(jira.statuses)
                .extracting(Existing::name)
                .doesNotHaveDuplicates()
                .hasSize(8);
        assertThat(jira.issueTypes).hasSize(2);
    }

    @Test
    void anUnexpectedHostErrorIsReportedWithItsMessage() {
        SetupPort exploding = new FakeJira() {
            @Override
            public String createStatus(StatusSpec spec) {
                throw new IllegalStateException("status name too long");
            }
        };
        SetupPlan plan = new SetupPlanner(blueprint).plan(Inventory.empty(FakeJira.AUTOMATED), PROJECT);

        SetupReport report = new SetupExecutor(blueprint, exploding).apply(plan);

        assertThat(report.outcomes(StepOutcome.Result.FAILED).get(0).detail().orElseThrow())
                .isEqualTo(SetupMessage.of("outcome.unexpected", "IllegalStateException: status name too long"));
    }

    @Test
    void stepsThatNeedAConflictingFieldWaitAndSayForWhat() {
        jira.fields.add(new ExistingField(
                "customfield_1", "Acceptance Criteria", FieldKind.SELECT, "Select List (single choice)", List.of()));

        SetupReport report = applyOnce();

        assertThat(report.failed()).isFalse();
        assertThat(report.outcomes(StepOutcome.Result.NEEDS_ADMIN))
                .extracting(o -> o.step().name())
                .contains("Acceptance Criteria");
        StepOutcome screen = report.outcomes().stream()
                .filter(o -> o.step().name().equals("Phasegate Technical Deep-dive Screen"))
                .findFirst()
                .orElseThrow();
        assertThat(screen.result()).isEqualTo(StepOutcome.Result.NOT_ATTEMPTED);
        assertThat(screen.detail().orElseThrow()).isEqualTo(SetupMessage.of("outcome.waiting", "Acceptance Criteria"));
        assertThat(jira.screens).extracting(Existing::name).containsExactly("Phasegate RFC Screen");
        assertThat(jira.workflows).isEmpty();
    }

    @Test
    void reusedFieldIdsGoIntoTheWorkflowGates() {
        jira.fields.add(new ExistingField(
                "customfield_10016", "Story point estimate", FieldKind.NUMBER, "Number Field", List.of()));

        applyOnce();

        assertThat(jira.fields).extracting(ExistingField::name).doesNotContain("Story Points");
        assertThat(jira.workflowXml.get(0))
                .contains(
                        "&quot;rule&quot;: &quot;story-points&quot;, &quot;field&quot;: &quot;customfield_10016&quot;");
    }

    private ExistingIssueTypeScreenScheme scheme(String name) {
        return jira.issueTypeScreenSchemes.stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private String idOf(List<Existing> existing, String name) {
        return existing.stream()
                .filter(e -> e.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void theProjectGetsItsOwnSchemeCopyingEveryEntryAndTheOldSchemeStaysAsItWas() {
        jira.issueTypes.add(new ExistingIssueType("10", "Bug", false));
        jira.issueTypes.add(new ExistingIssueType("11", "Story", false));
        jira.screenSchemes.add(new Existing("2", "Bug Screen Scheme"));
        jira.screenSchemes.add(new Existing("3", "Story Screen Scheme"));
        ScreenSchemeMappings before =
                new ScreenSchemeMappings(java.util.Optional.of("1"), java.util.Map.of("10", "2", "11", "3"));
        jira.issueTypeScreenSchemes.set(
                0,
                new ExistingIssueTypeScreenScheme(
                        "1", "Shared Issue Type Screen Scheme", before, java.util.Set.of("PAY", "OPS")));

        applyOnce();

        ExistingIssueTypeScreenScheme ours = scheme("Phasegate: PAY issue type screen scheme");
        String rfc = idOf(
                jira.issueTypes.stream()
                        .map(t -> new Existing(t.id(), t.name()))
                        .toList(),
                "RFC");
        String deepDive = idOf(
                jira.issueTypes.stream()
                        .map(t -> new Existing(t.id(), t.name()))
                        .toList(),
                "Technical Deep-dive");
        assertThat(ours.mappings().defaultScheme()).contains("1");
        assertThat(ours.mappings().byIssueType())
                .containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
                        "10",
                        "2",
                        "11",
                        "3",
                        rfc,
                        idOf(jira.screenSchemes, "Phasegate RFC Screen Scheme"),
                        deepDive,
                        idOf(jira.screenSchemes, "Phasegate Technical Deep-dive Screen Scheme")));
        assertThat(ours.projectKeys()).containsExactly("PAY");
        ExistingIssueTypeScreenScheme shared = scheme("Shared Issue Type Screen Scheme");
        assertThat(shared.mappings()).isEqualTo(before);
        assertThat(shared.projectKeys()).containsExactly("OPS");
    }

    @Test
    void aScreenLeftHalfMadeIsCompletedByTheNextRunWithoutDuplicates() {
        jira.failOnce(call -> call.startsWith("screen field Phasegate RFC Screen/Validation/"));

        SetupReport broken = applyOnce();

        assertThat(broken.outcomes(StepOutcome.Result.FAILED))
                .extracting(o -> o.step().name())
                .containsExactly("Phasegate RFC Screen");
        SetupPlan plan = new SetupPlanner(blueprint).plan(jira.inventory(), PROJECT);
        SetupStep screen = plan.steps().stream()
                .filter(s -> s.name().equals("Phasegate RFC Screen"))
                .findFirst()
                .orElseThrow();
        assertThat(screen.action()).isEqualTo(StepAction.CREATE);
        assertThat(screen.reason().key()).isEqualTo("reason.screen-incomplete");
        assertThat(screen.values()).contains("attachment", "Customer Validation", "Mock-ups");

        SetupReport finished = applyOnce();

        assertThat(finished.failed()).isFalse();
        assertThat(jira.screens)
                .extracting(Existing::name)
                .doesNotHaveDuplicates()
                .hasSize(2);
        List<ExistingTab> tabs = jira.screenTabs.get(idOf(jira.screens, "Phasegate RFC Screen"));
        assertThat(tabs).extracting(ExistingTab::name).containsExactly("RFC", "Validation");
        assertThat(tabs.get(1).fieldIds()).hasSize(3).doesNotHaveDuplicates().startsWith("attachment");
        assertThat(tabs.stream().flatMap(t -> t.fieldIds().stream())).doesNotHaveDuplicates();
        assertThat(new SetupPlanner(blueprint).plan(jira.inventory(), PROJECT).createsAnything())
                .isFalse();
    }

    @Test
    void aFailureWhileSwitchingTheProjectIsFinishedByTheNextRunWithTheSameScheme() {
        jira.failOnce(call -> call.startsWith("associate PAY"));

        SetupReport broken = applyOnce();

        assertThat(broken.outcomes(StepOutcome.Result.FAILED))
                .extracting(o -> o.step().kind())
                .containsExactly(StepKind.PROJECT_SCREENS);
        assertThat(scheme("Default Issue Type Screen Scheme").projectKeys()).containsExactly("PAY");
        SetupStep resume = new SetupPlanner(blueprint)
                .plan(jira.inventory(), PROJECT).steps().stream()
                        .filter(s -> s.kind() == StepKind.PROJECT_SCREENS)
                        .findFirst()
                        .orElseThrow();
        assertThat(resume.reason())
                .isEqualTo(SetupMessage.of(
                        "reason.project-screens-resume",
                        "Default Issue Type Screen Scheme",
                        "Phasegate: PAY issue type screen scheme",
                        "1"));

        SetupReport finished = applyOnce();

        assertThat(finished.failed()).isFalse();
        assertThat(jira.issueTypeScreenSchemes)
                .extracting(ExistingIssueTypeScreenScheme::name)
                .containsExactly("Default Issue Type Screen Scheme", "Phasegate: PAY issue type screen scheme");
        assertThat(scheme("Phasegate: PAY issue type screen scheme").projectKeys())
                .containsExactly("PAY");
        assertThat(scheme("Phasegate: PAY issue type screen scheme").mappings().byIssueType())
                .hasSize(2);
    }
}
