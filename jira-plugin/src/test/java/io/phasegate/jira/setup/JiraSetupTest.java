package io.phasegate.jira.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.workflow.ConfigurableJiraWorkflow;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import io.phasegate.core.setup.PhasegateBlueprint;
import io.phasegate.core.setup.ProjectRef;
import io.phasegate.core.setup.SetupBlueprint;
import io.phasegate.core.setup.SetupExecutor;
import io.phasegate.core.setup.SetupMessage;
import io.phasegate.core.setup.SetupPlan;
import io.phasegate.core.setup.SetupPlanner;
import io.phasegate.core.setup.SetupReport;
import io.phasegate.core.setup.StepAction;
import io.phasegate.core.setup.StepKind;
import io.phasegate.core.setup.StepOutcome;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Set-up against Mockito doubles of Jira's managers that remember what was created. */
class JiraSetupTest {
    private static final ProjectRef PROJECT = new ProjectRef("PAY", "Payments");
    private static final String SELECT = JiraFieldKinds.PREFIX + "select";
    private final SetupBlueprint blueprint = PhasegateBlueprint.standard();
    private final ApplicationUser admin = mock(ApplicationUser.class);
    private SetupDoubles jira;
    private JiraSetupInventory inventory;
    private JiraSetupPort port;

    @BeforeEach
    void jira() {
        jira = new SetupDoubles();
        JiraAuthenticationContext context = mock(JiraAuthenticationContext.class);
        lenient().when(context.getLoggedInUser()).thenReturn(admin);
        inventory = jira.inventory();
        port = jira.port(context);
        ScreenDoubles screens = jira.screens;
        screens.project(
                "PAY",
                screens.issueTypeScreenScheme(
                        "Default Issue Type Screen Scheme",
                        java.util.Collections.singletonMap(null, screens.screenScheme("Default Screen Scheme"))));
    }

    @AfterEach
    void close() {
        jira.close();
    }

    private SetupPlan plan() {
        return new SetupPlanner(blueprint).plan(inventory.read(), PROJECT);
    }

    private SetupReport run() {
        return new SetupExecutor(blueprint, port).apply(plan());
    }

    @Test
    void runningTwiceOnAnEmptyJiraCreatesEachIssueTypeFieldOptionStatusAndTheWorkflowOnce() {
        SetupReport first = run();
        SetupReport second = run();

        assertThat(first.failed()).isFalse();
        assertThat(first.outcomes(StepOutcome.Result.DONE))
                .extracting(o -> o.step().kind())
                .containsOnly(
                        StepKind.ISSUE_TYPE,
                        StepKind.FIELD,
                        StepKind.FIELD_OPTIONS,
                        StepKind.STATUS,
                        StepKind.SCREEN,
                        StepKind.SCREEN_SCHEME,
                        StepKind.WORKFLOW,
                        StepKind.PROJECT_SCREENS)
                .hasSize(2 + 13 + 1 + 8 + 2 + 2 + 1 + 1);
        assertThat(jira.issueTypes).extracting(IssueType::getName).containsExactly("RFC", "Technical Deep-dive");
        verify(jira.issueTypeManager)
                .createIssueType(
                        "RFC", blueprint.issueTypes().get(0).description(), SetupDoubles.DEFAULT_ISSUE_TYPE_AVATAR);
        assertThat(jira.fields)
                .extracting(CustomField::getName)
                .containsExactlyElementsOf(
                        blueprint.fields().stream().map(f -> f.name()).toList());
        CustomField source = field("Initiative Source");
        assertThat(source.getCustomFieldType().getKey()).isEqualTo(SELECT);
        assertThat(jira.optionsOf(source)).containsExactlyElementsOf(PhasegateBlueprint.initiativeSources());
        assertThat(jira.statuses).extracting(Status::getName).hasSize(8).doesNotHaveDuplicates();
        verify(jira.workflowManager, times(1)).createWorkflow(eq(admin), any(ConfigurableJiraWorkflow.class));

        assertThat(second.failed()).isFalse();
        assertThat(second.outcomes(StepOutcome.Result.DONE)).isEmpty();
        verify(jira.issueTypeManager, times(2)).createIssueType(anyString(), anyString(), any());
        verify(jira.customFieldManager, times(13))
                .createCustomField(anyString(), anyString(), any(), any(), anyList(), anyList());
        verify(jira.optionsManager, times(8)).createOption(any(), any(), anyLong(), anyString());
        verify(jira.statusManager, times(8)).createStatus(anyString(), anyString(), anyString());
        verify(jira.screens.factory, times(2)).createScreen();
        verify(jira.screens.factory, times(2)).createFieldScreenScheme();
        verify(jira.screens.factory, times(1)).createIssueTypeScreenScheme();
        assertThat(jira.screens.issueTypeScreenSchemes).hasSize(2);
    }

    @Test
    void fieldsAreCreatedGloballyForAllIssueTypesWithJirasSearcherForTheirType() {
        run();

        verify(jira.customFieldManager)
                .createCustomField(
                        eq("Business Lines"),
                        anyString(),
                        any(),
                        eq(jira.searcher(JiraFieldKinds.PREFIX + "labelsearcher")),
                        eq(List.of(jira.globalContext)),
                        eq(Arrays.asList((IssueType) null)));
        verify(jira.customFieldManager)
                .createCustomField(
                        eq("Story Points"),
                        anyString(),
                        any(),
                        eq(jira.searcher(JiraFieldKinds.PREFIX + "exactnumber")),
                        eq(List.of(jira.globalContext)),
                        eq(Arrays.asList((IssueType) null)));
        assertThat(field("Business Lines").getCustomFieldType().getKey()).isEqualTo(JiraFieldKinds.PREFIX + "labels");
        assertThat(field("Story Points").getCustomFieldType().getKey()).isEqualTo(JiraFieldKinds.PREFIX + "float");
        assertThat(field("Hypothesis").getCustomFieldType().getKey()).isEqualTo(JiraFieldKinds.PREFIX + "textarea");
    }

    @Test
    void aFieldJiraRefusesHalfWayIsReportedAndTheNextRunCreatesOnlyWhatIsLeft() {
        when(jira.customFieldManager.createCustomField(eq("Mock-ups"), anyString(), any(), any(), anyList(), anyList()))
                .thenThrow(new IllegalStateException("The field name is already in use"))
                .thenAnswer(inv -> jira.field("customfield_19999", "Mock-ups", JiraFieldKinds.PREFIX + "textarea"));

        SetupReport broken = run();

        assertThat(broken.outcomes(StepOutcome.Result.FAILED)).singleElement().satisfies(o -> {
            assertThat(o.step().name()).isEqualTo("Mock-ups");
            assertThat(o.detail())
                    .contains(SetupMessage.of("failure.field", "Mock-ups", "The field name is already in use"));
        });
        assertThat(broken.outcomes(StepOutcome.Result.NOT_ATTEMPTED))
                .extracting(o -> o.step().name())
                .contains("Architectural Design", "Coding", "Phasegate Delivery Workflow");
        verify(jira.workflowManager, never()).createWorkflow(any(), any());

        SetupReport finished = run();

        assertThat(finished.failed()).isFalse();
        assertThat(finished.outcomes(StepOutcome.Result.DONE))
                .extracting(o -> o.step().name())
                .startsWith("Mock-ups", "Architectural Design")
                .doesNotContain("RFC", "Problem Statement", "Initiative Source")
                .contains("Coding", "Phasegate Delivery Workflow");
        assertThat(jira.fields)
                .extracting(CustomField::getName)
                .doesNotHaveDuplicates()
                .hasSize(13);
        assertThat(jira.issueTypes).hasSize(2);
        assertThat(jira.optionsOf(field("Initiative Source")))
                .containsExactlyElementsOf(PhasegateBlueprint.initiativeSources());
    }

    @Test
    void optionsThatFailHalfWayAreFinishedByTheNextRunWithoutRepeatingTheOnesAlreadyAdded() {
        when(jira.optionsManager.createOption(any(), any(), anyLong(), eq("Finance")))
                .thenThrow(new IllegalStateException("database is read-only"))
                .thenAnswer(inv -> {
                    jira.options.get(inv.getArgument(0)).add("Finance");
                    return mock(Option.class);
                });

        SetupReport broken = run();

        assertThat(broken.outcomes(StepOutcome.Result.FAILED))
                .singleElement()
                .satisfies(o -> assertThat(o.step().kind()).isEqualTo(StepKind.FIELD_OPTIONS));
        assertThat(jira.optionsOf(field("Initiative Source")))
                .containsExactly("Growth", "Compliance", "Engineering \u2013 technical debt");

        SetupPlan again = plan();
        SetupReport finished = new SetupExecutor(blueprint, port).apply(again);

        assertThat(again.steps())
                .filteredOn(s -> s.kind() == StepKind.FIELD_OPTIONS)
                .singleElement()
                .satisfies(s -> assertThat(s.values()).first().isEqualTo("Finance"));
        assertThat(finished.failed()).isFalse();
        assertThat(jira.optionsOf(field("Initiative Source")))
                .containsExactlyElementsOf(PhasegateBlueprint.initiativeSources());
    }

    @Test
    void anExistingInitiativeSourceKeepsItsOptionsAndGetsOnlyTheMissingOnesAppended() {
        CustomField source = jira.field("customfield_10500", "Initiative Source", SELECT);
        jira.optionsOf(source).addAll(List.of("GROWTH ", "Other", "Partnerships"));

        SetupPlan plan = plan();
        run();

        assertThat(plan.steps())
                .filteredOn(s -> s.kind() == StepKind.FIELD_OPTIONS)
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.action()).isEqualTo(StepAction.CREATE);
                    assertThat(s.values()).doesNotContain("Growth", "Other").hasSize(6);
                });
        assertThat(jira.optionsOf(source))
                .containsExactly(
                        "GROWTH ",
                        "Other",
                        "Partnerships",
                        "Compliance",
                        "Engineering \u2013 technical debt",
                        "Finance",
                        "QA \u2013 bug fixes",
                        "Customer Service",
                        "Market and competitive analysis");
        assertThat(jira.fields)
                .filteredOn(f -> f.getName().equals("Initiative Source"))
                .hasSize(1);
    }

    @Test
    void aSelectFieldWithSeveralContextsIsLeftToTheAdministrator() {
        CustomField source = jira.field("customfield_10500", "Initiative Source", SELECT, 2);

        SetupReport report = run();

        assertThat(report.outcomes(StepOutcome.Result.FAILED)).singleElement().satisfies(o -> {
            assertThat(o.step().kind()).isEqualTo(StepKind.FIELD_OPTIONS);
            assertThat(o.detail())
                    .contains(
                            SetupMessage.of("failure.options-context", "Initiative Source", "customfield_10500", "2"));
        });
        verify(jira.optionsManager, never()).createOption(any(), any(), anyLong(), anyString());
        assertThat(jira.optionsOf(source)).isEmpty();
    }

    @Test
    void aFieldTypeJiraDoesNotHaveIsAClearFailure() {
        when(jira.customFieldManager.getCustomFieldType(JiraFieldKinds.PREFIX + "labels"))
                .thenReturn(null);

        SetupReport report = run();

        assertThat(report.outcomes(StepOutcome.Result.FAILED)).singleElement().satisfies(o -> assertThat(o.detail())
                .contains(SetupMessage.of("failure.field-type", "Business Lines", JiraFieldKinds.PREFIX + "labels")));
        assertThat(jira.fields).extracting(CustomField::getName).doesNotContain("Business Lines");
    }

    @Test
    void anIssueTypeJiraDoesNotCreateIsReportedAndNothingAfterItIsTried() {
        when(jira.issueTypeManager.createIssueType(eq("Technical Deep-dive"), anyString(), any()))
                .thenReturn(null);

        SetupReport report = run();

        assertThat(report.outcomes(StepOutcome.Result.FAILED)).singleElement().satisfies(o -> assertThat(o.detail())
                .contains(SetupMessage.of("failure.issue-type", "Technical Deep-dive")));
        verify(jira.customFieldManager, never()).createCustomField(any(), any(), any(), any(), any(), any());
    }

    @Test
    void existingIssueTypesAreUsedNotCreatedAgain() {
        jira.issueType("10", "rfc");
        jira.issueType("11", "Technical Deep-dive");

        SetupPlan plan = plan();
        run();

        assertThat(plan.steps())
                .filteredOn(s -> s.kind() == StepKind.ISSUE_TYPE)
                .extracting(io.phasegate.core.setup.SetupStep::action)
                .containsOnly(StepAction.ALREADY_PRESENT);
        verify(jira.issueTypeManager, never()).createIssueType(any(), any(), any());
    }

    @Test
    void jiraSoftwaresStoryPointEstimateIsReusedAndItsIdGatesTheSprintTransition() {
        jira.field("customfield_10016", "Story point estimate", JiraFieldKinds.PREFIX + "float");

        SetupPlan plan = plan();
        run();

        assertThat(plan.steps())
                .filteredOn(s -> s.name().equals("Story Points"))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.action()).isEqualTo(StepAction.REUSE);
                    assertThat(s.existingId()).contains("customfield_10016");
                });
        assertThat(jira.fields).extracting(CustomField::getName).doesNotContain("Story Points");
        assertThat(jira.parsedWorkflows).hasSize(1);
        assertThat(gateJson(jira.parsedWorkflows.get(0), "Ready for Sprint Planning"))
                .contains("{\"rule\": \"story-points\", \"field\": \"customfield_10016\"}");
    }

    @Test
    void onlyTheProjectsIssueTypeAndWorkflowSchemesStayManualAndDoNotHoldUpTheWorkflow() {
        SetupReport report = run();

        assertThat(report.outcomes(StepOutcome.Result.NEEDS_ADMIN))
                .extracting(o -> o.step().kind())
                .containsExactly(StepKind.PROJECT_ISSUE_TYPES, StepKind.PROJECT_WORKFLOW);
        assertThat(report.outcomes(StepOutcome.Result.DONE))
                .extracting(o -> o.step().kind())
                .contains(StepKind.WORKFLOW);
    }

    @Test
    void fieldTypesAreRecognisedByTheirJiraKeys() {
        jira.field("customfield_1", "Hypothesis", SELECT);

        SetupPlan plan = plan();

        assertThat(plan.steps())
                .filteredOn(s -> s.name().equals("Hypothesis"))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.action()).isEqualTo(StepAction.CONFLICT);
                    assertThat(s.reason())
                            .isEqualTo(SetupMessage.of(
                                    "reason.field-incompatible", "Hypothesis", "customfield_1", "Type select"));
                });
    }

    private CustomField field(String name) {
        return jira.fields.stream()
                .filter(f -> f.getName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static String gateJson(WorkflowDescriptor workflow, String transition) {
        for (Object step : workflow.getSteps()) {
            for (Object a : ((com.opensymphony.workflow.loader.StepDescriptor) step).getActions()) {
                com.opensymphony.workflow.loader.ActionDescriptor action =
                        (com.opensymphony.workflow.loader.ActionDescriptor) a;
                if (action.getName().equals(transition)) {
                    Object validator = action.getValidators().get(0);
                    return (String) ((com.opensymphony.workflow.loader.ValidatorDescriptor) validator)
                            .getArgs()
                            .get("phasegate.gate");
                }
            }
        }
        throw new AssertionError("no transition " + transition);
    }
}
