package io.phasegate.jira.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import io.phasegate.core.setup.ProjectRef;
import io.phasegate.core.setup.SetupMessage;
import io.phasegate.core.setup.SetupPlan;
import io.phasegate.core.setup.SetupReport;
import io.phasegate.core.setup.StepKind;
import io.phasegate.core.setup.StepOutcome;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Applying set-up to a project through its schemes, against Mockito doubles of Jira's managers that
 * remember what changed: the project's own issue type scheme gets the types, the project moves to a
 * new workflow scheme copied from its current one, and nothing another project uses is changed.
 */
class JiraProjectSchemesTest {
    private static final ProjectRef PAY = new ProjectRef("PAY", "Payments");
    private static final String WORKFLOW = "Phasegate Delivery Workflow";
    private static final String OWN_SCHEME = "Phasegate: PAY workflow scheme";
    private SetupDoubles jira;
    private SchemeDoubles schemes;
    private JiraProjectSetup setup;

    @BeforeEach
    void jira() {
        jira = new SetupDoubles();
        schemes = new SchemeDoubles("PAY", "Payments");
        schemes.project("OPS", "Operations");
        schemes.offered.addAll(List.of("1", "3"));
        schemes.scheme(10_100L, "Software Scheme", Map.of("1", "Bug workflow"), "Software Workflow", "PAY", "OPS");
        JiraAuthenticationContext context = mock(JiraAuthenticationContext.class);
        lenient().when(context.getLoggedInUser()).thenReturn(mock(ApplicationUser.class));
        setup = new JiraProjectSetup(
                jira.inventory(), jira.port(context, schemes.changes()), schemes.reader(context), jira.locks);
    }

    @AfterEach
    void close() {
        jira.close();
    }

    @Test
    void runningTwiceAddsTheTypesAndSwitchesToOneCopiedSchemeOnceLeavingTheOldSchemeAlone() {
        java.util.Map<String, com.atlassian.jira.issue.fields.screen.FieldScreenScheme> entries =
                new java.util.HashMap<>();
        entries.put(null, jira.screens.screenScheme("Default Screen Scheme"));
        jira.screens.project("PAY", jira.screens.issueTypeScreenScheme("Default Issue Type Screen Scheme", entries));
        SetupReport first = setup.apply(PAY).orElseThrow();
        String rfc = typeId("RFC");
        String deepDive = typeId("Technical Deep-dive");

        assertThat(result(first, StepKind.PROJECT_ISSUE_TYPES)).isEqualTo(StepOutcome.Result.DONE);
        assertThat(result(first, StepKind.PROJECT_WORKFLOW)).isEqualTo(StepOutcome.Result.DONE);
        assertThat(schemes.offered).containsExactly("1", "3", rfc, deepDive);
        SchemeDoubles.StoredScheme own = schemes.schemeOf("PAY");
        assertThat(own.name).isEqualTo(OWN_SCHEME);
        assertThat(own.mappings)
                .containsExactlyInAnyOrderEntriesOf(Map.of("1", "Bug workflow", rfc, WORKFLOW, deepDive, WORKFLOW));
        assertThat(own.defaultWorkflow).isEqualTo("Software Workflow");
        assertThat(own.description).contains("Software Scheme").contains("switch the project back");
        SchemeDoubles.StoredScheme old = schemes.schemeOf("OPS");
        assertThat(old.name).isEqualTo("Software Scheme");
        assertThat(old.mappings).containsExactlyEntriesOf(Map.of("1", "Bug workflow"));

        SetupReport second = setup.apply(PAY).orElseThrow();

        assertThat(result(second, StepKind.PROJECT_ISSUE_TYPES)).isEqualTo(StepOutcome.Result.UNCHANGED);
        assertThat(result(second, StepKind.PROJECT_WORKFLOW)).isEqualTo(StepOutcome.Result.UNCHANGED);
        assertThat(schemes.calls).filteredOn(c -> c.startsWith("create scheme")).hasSize(1);
        assertThat(schemes.calls)
                .filteredOn(c -> c.startsWith("issue type scheme"))
                .hasSize(1);
        SetupPlan third = setup.preview(PAY);
        assertThat(third.createsAnything()).isFalse();
        assertThat(third.steps())
                .filteredOn(s -> s.kind().name().startsWith("PROJECT_"))
                .extracting(s -> s.kind() + " " + s.action())
                .containsExactly(
                        "PROJECT_ISSUE_TYPES ALREADY_PRESENT",
                        "PROJECT_SCREENS ALREADY_PRESENT",
                        "PROJECT_WORKFLOW ALREADY_PRESENT");
    }

    @Test
    void aSharedIssueTypeSchemeIsNotChangedAndTheStepNamesTheOtherProjects() {
        schemes.shareIssueTypeSchemeWith(schemes.project("CARD", "Cards"));

        SetupReport report = setup.apply(PAY).orElseThrow();

        StepOutcome types = outcome(report, StepKind.PROJECT_ISSUE_TYPES);
        assertThat(types.result()).isEqualTo(StepOutcome.Result.NEEDS_ADMIN);
        assertThat(types.detail().orElseThrow().key()).isEqualTo("manual.project-issue-types-shared");
        assertThat(types.detail().orElseThrow().args()).contains("Cards");
        verify(schemes.issueTypeSchemeManager, never()).update(any(), any());
        assertThat(result(report, StepKind.PROJECT_WORKFLOW)).isEqualTo(StepOutcome.Result.DONE);
    }

    @Test
    void existingRfcIssuesAreLeftForJirasMigrationAndNoSchemeIsCreated() {
        jira.issueType("500", "RFC");
        schemes.issues.put("500", 3);

        SetupReport report = setup.apply(PAY).orElseThrow();

        StepOutcome workflow = outcome(report, StepKind.PROJECT_WORKFLOW);
        assertThat(workflow.result()).isEqualTo(StepOutcome.Result.NEEDS_ADMIN);
        assertThat(workflow.detail().orElseThrow().key()).isEqualTo("manual.project-workflow-issues");
        assertThat(workflow.detail().orElseThrow().args()).contains("RFC: 3");
        assertThat(schemes.calls).noneMatch(c -> c.startsWith("create scheme"));
        assertThat(schemes.schemeOf("PAY").name).isEqualTo("Software Scheme");
    }

    @Test
    void aSwitchJiraRefusesHalfWayPutsTheOldSchemeBackAndTheNextRunFinishesWithTheSameScheme() {
        schemes.failOnce(c -> c.equals("add scheme " + OWN_SCHEME));

        SetupReport failed = setup.apply(PAY).orElseThrow();

        StepOutcome workflow = outcome(failed, StepKind.PROJECT_WORKFLOW);
        assertThat(workflow.result()).isEqualTo(StepOutcome.Result.FAILED);
        assertThat(workflow.detail().orElseThrow().key()).isEqualTo("failure.workflow-scheme-switch");
        assertThat(schemes.schemeOf("PAY").name).isEqualTo("Software Scheme");

        SetupReport again = setup.apply(PAY).orElseThrow();

        assertThat(result(again, StepKind.PROJECT_WORKFLOW)).isEqualTo(StepOutcome.Result.DONE);
        assertThat(schemes.schemeOf("PAY").name).isEqualTo(OWN_SCHEME);
        assertThat(schemes.calls).filteredOn(c -> c.startsWith("create scheme")).hasSize(1);
    }

    @Test
    void whenPuttingTheOldWorkflowSchemeBackFailsTooTheFailureNamesItAndTheWorkflowCacheIsStillCleared() {
        schemes.failTimes(c -> c.startsWith("add scheme "), 2);

        SetupReport failed = setup.apply(PAY).orElseThrow();

        StepOutcome workflow = outcome(failed, StepKind.PROJECT_WORKFLOW);
        assertThat(workflow.result()).isEqualTo(StepOutcome.Result.FAILED);
        assertThat(workflow.detail().orElseThrow())
                .isEqualTo(SetupMessage.of(
                        "failure.workflow-scheme-restore",
                        "PAY",
                        OWN_SCHEME,
                        "database unavailable",
                        "Software Scheme",
                        "database unavailable"));
        verify(schemes.workflowSchemeManager).clearWorkflowCache();
    }

    @Test
    void onJirasDefaultIssueTypeSchemeTypesJiraDidNotAddAreAClearFailure() {
        schemes.defaultIssueTypeScheme();

        StepOutcome types = outcome(setup.apply(PAY).orElseThrow(), StepKind.PROJECT_ISSUE_TYPES);

        assertThat(types.result()).isEqualTo(StepOutcome.Result.FAILED);
        assertThat(types.detail().orElseThrow().key()).isEqualTo("failure.project-issue-types-default");
        verify(schemes.issueTypeSchemeManager, never()).update(any(), any());
    }

    @Test
    void aProjectOnJirasDefaultWorkflowSchemeGetsACopyWithJirasDefaultWorkflow() {
        schemes.uses.remove("PAY");

        setup.apply(PAY).orElseThrow();

        SchemeDoubles.StoredScheme own = schemes.schemeOf("PAY");
        assertThat(own.name).isEqualTo(OWN_SCHEME);
        assertThat(own.defaultWorkflow).isEqualTo("jira");
        assertThat(own.mappings).containsOnlyKeys(typeId("RFC"), typeId("Technical Deep-dive"));
    }

    private String typeId(String name) {
        return jira.issueTypes.stream()
                .filter(t -> t.getName().equals(name))
                .findFirst()
                .orElseThrow()
                .getId();
    }

    private static StepOutcome outcome(SetupReport report, StepKind kind) {
        return report.outcomes().stream()
                .filter(o -> o.step().kind() == kind)
                .findFirst()
                .orElseThrow();
    }

    private static StepOutcome.Result result(SetupReport report, StepKind kind) {
        return outcome(report, kind).result();
    }
}
