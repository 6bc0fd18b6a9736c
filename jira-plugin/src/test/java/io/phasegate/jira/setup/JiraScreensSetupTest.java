package io.phasegate.jira.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.screen.FieldScreenScheme;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenScheme;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.JiraAuthenticationContext;
import io.phasegate.core.setup.PhasegateBlueprint;
import io.phasegate.core.setup.ProjectRef;
import io.phasegate.core.setup.SetupBlueprint;
import io.phasegate.core.setup.SetupExecutor;
import io.phasegate.core.setup.SetupMessage;
import io.phasegate.core.setup.SetupPlan;
import io.phasegate.core.setup.SetupPlanner;
import io.phasegate.core.setup.SetupReport;
import io.phasegate.core.setup.SetupStep;
import io.phasegate.core.setup.StepAction;
import io.phasegate.core.setup.StepKind;
import io.phasegate.core.setup.StepOutcome;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Screens, screen schemes and the project's issue type screen scheme against Mockito'd Jira managers. */
class JiraScreensSetupTest {
    private static final ProjectRef PROJECT = new ProjectRef("PAY", "Payments");
    private static final String OURS = "Phasegate: PAY issue type screen scheme";
    private final SetupBlueprint blueprint = PhasegateBlueprint.standard();
    private SetupDoubles jira;
    private ScreenDoubles screens;
    private JiraSetupPort port;
    private FieldScreenScheme defaultScreens;
    private FieldScreenScheme bugScreens;
    private IssueTypeScreenScheme shared;
    private Project payments;

    @BeforeEach
    void jira() {
        jira = new SetupDoubles();
        screens = jira.screens;
        port = jira.port(mock(JiraAuthenticationContext.class));
        jira.issueType("1", "Bug");
        defaultScreens = screens.screenScheme("Default Screen Scheme");
        bugScreens = screens.screenScheme("Bug Screen Scheme");
        Map<String, FieldScreenScheme> entries = new HashMap<>();
        entries.put(null, defaultScreens);
        entries.put("1", bugScreens);
        shared = screens.issueTypeScreenScheme("Shared Issue Type Screen Scheme", entries);
        payments = screens.project("PAY", shared);
        screens.project("OPS", shared);
    }

    @AfterEach
    void close() {
        jira.close();
    }

    private SetupPlan plan() {
        return new SetupPlanner(blueprint).plan(jira.inventory().read(), PROJECT);
    }

    private SetupReport run() {
        return new SetupExecutor(blueprint, port).apply(plan());
    }

    private String fieldId(String name) {
        return jira.fields.stream()
                .filter(f -> f.getName().equals(name))
                .map(CustomField::getId)
                .findFirst()
                .orElseThrow();
    }

    private IssueTypeScreenScheme scheme(String name) {
        return screens.issueTypeScreenSchemes.stream()
                .filter(s -> s.getName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private String issueTypeId(String name) {
        return jira.issueTypes.stream()
                .filter(t -> t.getName().equals(name))
                .findFirst()
                .orElseThrow()
                .getId();
    }

    private FieldScreenScheme screenScheme(String name) {
        return screens.screenSchemes.stream()
                .filter(s -> s.getName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void screensGetTheirTabsAndFieldsInOrderAndEachSchemeUsesItsScreenForEveryOperation() {
        SetupReport report = run();

        assertThat(report.failed()).isFalse();
        assertThat(screens.layout("Phasegate RFC Screen"))
                .containsExactly(
                        Map.entry(
                                "RFC",
                                List.of(
                                        "summary",
                                        "issuetype",
                                        "reporter",
                                        "assignee",
                                        "priority",
                                        "description",
                                        "labels",
                                        fieldId("Problem Statement"),
                                        fieldId("Supporting Data"),
                                        fieldId("Hypothesis"),
                                        fieldId("KPI Goals"),
                                        fieldId("Initiative Source"),
                                        fieldId("Business Lines"))),
                        Map.entry(
                                "Validation",
                                List.of("attachment", fieldId("Customer Validation"), fieldId("Mock-ups"))));
        assertThat(screens.layout("Phasegate Technical Deep-dive Screen").get("Acceptance and tests"))
                .containsExactly(fieldId("Acceptance Criteria"), fieldId("Test Cases"));
        assertThat(screens.defaults
                        .get(screenScheme("Phasegate RFC Screen Scheme"))
                        .getName())
                .isEqualTo("Phasegate RFC Screen");
        assertThat(screens.defaults
                        .get(screenScheme("Phasegate Technical Deep-dive Screen Scheme"))
                        .getName())
                .isEqualTo("Phasegate Technical Deep-dive Screen");
    }

    @Test
    void theProjectGetsItsOwnSchemeWithEveryEntryOfTheOldOneAndTheOldOneIsUntouched() {
        SetupReport report = run();

        assertThat(report.failed()).isFalse();
        IssueTypeScreenScheme ours = scheme(OURS);
        Map<String, FieldScreenScheme> expected = new HashMap<>();
        expected.put(null, defaultScreens);
        expected.put("1", bugScreens);
        expected.put(issueTypeId("RFC"), screenScheme("Phasegate RFC Screen Scheme"));
        expected.put(issueTypeId("Technical Deep-dive"), screenScheme("Phasegate Technical Deep-dive Screen Scheme"));
        assertThat(screens.entries.get(ours)).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(screens.entries.get(shared)).hasSize(2).containsEntry("1", bugScreens);
        assertThat(screens.associations.get(payments)).isSameAs(ours);
        assertThat(screens.projects)
                .filteredOn(p -> p.getKey().equals("OPS"))
                .allSatisfy(p -> assertThat(screens.associations.get(p)).isSameAs(shared));
        verify(screens.issueTypeScreenSchemeManager).removeSchemeAssociation(payments, shared);
        verify(screens.issueTypeScreenSchemeManager).addSchemeAssociation(payments, ours);
    }

    @Test
    void runningTwiceChangesNothingTheSecondTime() {
        run();
        int calls = screens.calls.size();

        SetupPlan again = plan();
        SetupReport report = new SetupExecutor(blueprint, port).apply(again);

        assertThat(again.createsAnything()).isFalse();
        assertThat(report.outcomes(StepOutcome.Result.DONE)).isEmpty();
        assertThat(again.steps())
                .filteredOn(s -> s.kind() == StepKind.PROJECT_SCREENS)
                .singleElement()
                .satisfies(
                        s -> assertThat(s.reason()).isEqualTo(SetupMessage.of("reason.project-screens-present", OURS)));
        assertThat(screens.calls).hasSize(calls);
        assertThat(screens.screens).hasSize(2);
        assertThat(screens.issueTypeScreenSchemes).hasSize(2);
    }

    @Test
    void aScreenJiraRefusesHalfWayIsReportedAndTheNextRunCompletesItWithoutDuplicates() {
        screens.failOnce(call -> call.startsWith("field Phasegate RFC Screen/Validation/"));

        SetupReport broken = run();

        assertThat(broken.outcomes(StepOutcome.Result.FAILED)).singleElement().satisfies(o -> {
            assertThat(o.step().name()).isEqualTo("Phasegate RFC Screen");
            assertThat(o.detail().orElseThrow())
                    .isEqualTo(SetupMessage.of("outcome.unexpected", "IllegalStateException: database unavailable"));
        });
        SetupStep resume = plan().steps().stream()
                .filter(s -> s.name().equals("Phasegate RFC Screen"))
                .findFirst()
                .orElseThrow();
        assertThat(resume.action()).isEqualTo(StepAction.CREATE);
        assertThat(resume.reason().key()).isEqualTo("reason.screen-incomplete");
        assertThat(resume.values()).containsExactly("attachment", "Customer Validation", "Mock-ups");

        SetupReport finished = run();

        assertThat(finished.failed()).isFalse();
        assertThat(screens.screens).hasSize(2);
        assertThat(screens.layout("Phasegate RFC Screen").get("Validation"))
                .containsExactly("attachment", fieldId("Customer Validation"), fieldId("Mock-ups"));
        assertThat(screens.layout("Phasegate RFC Screen")).hasSize(2);
    }

    @Test
    void aJiraWithoutAScreenFactoryFailsOnlyAtTheFirstScreenWithNothingMadeAndTheNextRunFinishes() {
        screens.factoryAvailable = false;

        SetupReport without = run();

        assertThat(without.outcomes(StepOutcome.Result.FAILED)).singleElement().satisfies(o -> {
            assertThat(o.step().name()).isEqualTo("Phasegate RFC Screen");
            assertThat(o.detail().orElseThrow())
                    .isEqualTo(SetupMessage.of("failure.screen-factory-missing", "Phasegate RFC Screen"));
        });
        assertThat(without.outcomes(StepOutcome.Result.DONE))
                .extracting(o -> o.step().kind())
                .contains(StepKind.ISSUE_TYPE, StepKind.FIELD, StepKind.STATUS)
                .doesNotContain(StepKind.SCREEN, StepKind.SCREEN_SCHEME, StepKind.PROJECT_SCREENS);
        assertThat(screens.screens).isEmpty();
        verifyNoInteractions(screens.factory);

        screens.factoryAvailable = true;
        SetupReport finished = run();

        assertThat(finished.failed()).isFalse();
        assertThat(screens.screens).hasSize(2);
        assertThat(screens.associations.get(payments)).isSameAs(scheme(OURS));
    }

    @Test
    void aFieldDeletedBetweenPreviewAndApplyStopsTheScreenBeforeAnythingIsMade() {
        SetupPlan plan = plan();
        run();
        SetupPlan fresh = new SetupPlanner(blueprint).plan(jira.inventory().read(), PROJECT);
        assertThat(fresh.createsAnything()).isFalse();
        screens.screens.clear();
        CustomField mockUps = jira.fields.stream()
                .filter(f -> f.getName().equals("Mock-ups"))
                .findFirst()
                .orElseThrow();
        SetupPlan stale = new SetupPlanner(blueprint).plan(jira.inventory().read(), PROJECT);
        jira.fields.remove(mockUps);

        SetupReport report = new SetupExecutor(blueprint, port).apply(stale);

        assertThat(plan.steps()).isNotEmpty();
        assertThat(report.outcomes(StepOutcome.Result.FAILED)).first().satisfies(o -> assertThat(
                        o.detail().orElseThrow())
                .isEqualTo(SetupMessage.of(
                        "failure.screen-field-missing", "Phasegate RFC Screen", "mock-ups", mockUps.getId())));
        assertThat(screens.screens).isEmpty();
    }

    @Test
    void whenJiraRefusesTheNewSchemeTheProjectGetsItsOldOneBackAndTheNextRunFinishesWithTheSameScheme() {
        screens.failOnce(call -> call.equals("associate PAY"));

        SetupReport broken = run();

        StepOutcome failed = broken.outcomes(StepOutcome.Result.FAILED).get(0);
        assertThat(failed.step().kind()).isEqualTo(StepKind.PROJECT_SCREENS);
        assertThat(failed.detail())
                .contains(SetupMessage.of(
                        "failure.project-screens-switch",
                        "PAY",
                        OURS,
                        "database unavailable",
                        "Shared Issue Type Screen Scheme"));
        assertThat(screens.associations.get(payments)).isSameAs(shared);
        SetupStep resume = plan().steps().stream()
                .filter(s -> s.kind() == StepKind.PROJECT_SCREENS)
                .findFirst()
                .orElseThrow();
        assertThat(resume.action()).isEqualTo(StepAction.CREATE);
        assertThat(resume.reason().key()).isEqualTo("reason.project-screens-resume");

        SetupReport finished = run();

        assertThat(finished.failed()).isFalse();
        assertThat(screens.issueTypeScreenSchemes)
                .extracting(IssueTypeScreenScheme::getName)
                .containsExactly("Shared Issue Type Screen Scheme", OURS);
        assertThat(screens.associations.get(payments)).isSameAs(scheme(OURS));
        assertThat(screens.entries.get(scheme(OURS))).hasSize(4);
    }

    @Test
    void whenPuttingTheOldSchemeBackFailsTooTheFailureSaysWhichSchemeToAssociateByHandAndTheNextRunReattaches() {
        screens.failTimes(call -> call.equals("associate PAY"), 2);

        SetupReport broken = run();

        StepOutcome failed = broken.outcomes(StepOutcome.Result.FAILED).get(0);
        assertThat(failed.detail())
                .contains(SetupMessage.of(
                        "failure.project-screens-restore",
                        "PAY",
                        OURS,
                        "database unavailable",
                        "Shared Issue Type Screen Scheme",
                        "database unavailable"));
        assertThat(screens.associations.get(payments)).isNull();
        SetupStep resume = plan().steps().stream()
                .filter(s -> s.kind() == StepKind.PROJECT_SCREENS)
                .findFirst()
                .orElseThrow();
        assertThat(resume.reason()).isEqualTo(SetupMessage.of("reason.project-screens-reattach", OURS));
        assertThat(run().failed()).isFalse();
        assertThat(screens.associations.get(payments)).isSameAs(scheme(OURS));
    }

    @Test
    void phasegatesSchemeNameUsedByAnotherProjectIsAConflictAndNothingChanges() {
        IssueTypeScreenScheme taken =
                screens.issueTypeScreenScheme(OURS, java.util.Collections.singletonMap(null, defaultScreens));
        screens.project("HR", taken);

        SetupReport report = run();

        assertThat(report.outcomes(StepOutcome.Result.NEEDS_ADMIN))
                .filteredOn(o -> o.step().kind() == StepKind.PROJECT_SCREENS)
                .singleElement()
                .satisfies(o -> assertThat(o.detail().orElseThrow())
                        .isEqualTo(SetupMessage.of("reason.project-screens-shared", OURS, "HR")));
        assertThat(screens.associations.get(payments)).isSameAs(shared);
        assertThat(screens.entries.get(taken)).hasSize(1);
        verify(screens.issueTypeScreenSchemeManager, never()).addSchemeAssociation(any(), any());
    }
}
