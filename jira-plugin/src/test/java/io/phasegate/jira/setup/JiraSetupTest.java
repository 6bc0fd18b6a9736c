package io.phasegate.jira.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.config.ConstantsManager;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.workflow.ConfigurableJiraWorkflow;
import com.atlassian.jira.workflow.JiraWorkflow;
import com.atlassian.jira.workflow.WorkflowManager;
import com.opensymphony.workflow.FactoryException;
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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Set-up against Mockito doubles of Jira's managers that remember what was created. */
class JiraSetupTest {
    private static final ProjectRef PROJECT = new ProjectRef("PAY", "Payments");
    private final SetupBlueprint blueprint = PhasegateBlueprint.standard();
    private final List<Status> statuses = new ArrayList<>();
    private final List<JiraWorkflow> workflows = new ArrayList<>();
    private final List<CustomField> fields = new ArrayList<>();
    private final List<WorkflowDescriptor> parsed = new ArrayList<>();
    private final StatusManager statusManager = mock(StatusManager.class);
    private final WorkflowManager workflowManager = mock(WorkflowManager.class);
    private final ApplicationUser admin = mock(ApplicationUser.class);
    private JiraSetupInventory inventory;
    private JiraSetupPort port;

    @BeforeEach
    void jira() {
        IssueTypeManager issueTypes = mock(IssueTypeManager.class);
        List<IssueType> types = List.of(issueType("10", "RFC"), issueType("11", "Technical Deep-dive"));
        when(issueTypes.getIssueTypes()).thenReturn(types);
        CustomFieldManager customFields = mock(CustomFieldManager.class);
        when(customFields.getCustomFieldObjects()).thenAnswer(inv -> List.copyOf(fields));
        ConstantsManager constants = mock(ConstantsManager.class);
        when(constants.getStatuses()).thenAnswer(inv -> List.copyOf(statuses));
        lenient()
                .when(statusManager.createStatus(anyString(), anyString(), anyString()))
                .thenAnswer(inv -> {
                    Status status = status(Integer.toString(10_000 + statuses.size()), inv.getArgument(0));
                    statuses.add(status);
                    return status;
                });
        when(workflowManager.getWorkflows()).thenAnswer(inv -> List.copyOf(workflows));
        lenient()
                .doAnswer(inv -> workflows.add(workflow("Phasegate Delivery Workflow")))
                .when(workflowManager)
                .createWorkflow(eq(admin), any(ConfigurableJiraWorkflow.class));
        JiraAuthenticationContext context = mock(JiraAuthenticationContext.class);
        lenient().when(context.getLoggedInUser()).thenReturn(admin);
        inventory = new JiraSetupInventory(issueTypes, customFields, constants, workflowManager);
        port = new JiraSetupPort(statusManager, workflowManager, context, xml -> {
            try {
                WorkflowDescriptor descriptor = PhaseWorkflowXmlTest.load(xml);
                parsed.add(descriptor);
                return descriptor;
            } catch (Exception e) {
                throw new FactoryException(e.getMessage(), e);
            }
        });
        blueprint
                .fields()
                .forEach(f -> fields.add(field(
                        "customfield_" + (10_100 + fields.size()),
                        f.name(),
                        typeKey(f.kind().name()))));
    }

    private SetupReport run() {
        SetupPlan plan = new SetupPlanner(blueprint).plan(inventory.read(), PROJECT);
        return new SetupExecutor(blueprint, port).apply(plan);
    }

    @Test
    void runningTwiceCreatesEachStatusAndTheWorkflowOnce() {
        SetupReport first = run();
        SetupReport second = run();

        assertThat(first.outcomes(StepOutcome.Result.DONE))
                .extracting(o -> o.step().kind())
                .containsOnly(StepKind.STATUS, StepKind.WORKFLOW)
                .hasSize(9);
        verify(statusManager, times(8)).createStatus(anyString(), anyString(), anyString());
        verify(statusManager, times(1))
                .createStatus("Coding", "Phase 5: being built with its automated tests.", JiraSetupPort.STATUS_ICON);
        verify(workflowManager, times(1)).createWorkflow(eq(admin), any(ConfigurableJiraWorkflow.class));
        assertThat(second.outcomes(StepOutcome.Result.DONE)).isEmpty();
        assertThat(second.failed()).isFalse();
        assertThat(parsed).hasSize(1);
        assertThat(parsed.get(0).getSteps()).hasSize(8);
    }

    @Test
    void aManagerThrowingHalfWayIsReportedAndTheNextRunFinishes() {
        when(statusManager.createStatus(eq("Build Pipeline"), anyString(), anyString()))
                .thenThrow(new IllegalStateException("Could not create status"))
                .thenAnswer(inv -> {
                    Status status = status("10999", "Build Pipeline");
                    statuses.add(status);
                    return status;
                });

        SetupReport broken = run();

        assertThat(broken.outcomes(StepOutcome.Result.FAILED)).singleElement().satisfies(o -> {
            assertThat(o.step().name()).isEqualTo("Build Pipeline");
            assertThat(o.detail())
                    .contains(SetupMessage.of("outcome.unexpected", "IllegalStateException: Could not create status"));
        });
        assertThat(broken.outcomes(StepOutcome.Result.DONE))
                .extracting(o -> o.step().name())
                .containsExactly("Request for Change", "UX Design", "Technical Deep-dive", "Sprint Planning", "Coding");
        assertThat(broken.outcomes(StepOutcome.Result.NOT_ATTEMPTED))
                .extracting(o -> o.step().name())
                .contains("Production Deployment", "Production Monitoring", "Phasegate Delivery Workflow");
        verify(workflowManager, never()).createWorkflow(any(), any());

        SetupReport finished = run();

        assertThat(finished.failed()).isFalse();
        assertThat(finished.outcomes(StepOutcome.Result.DONE))
                .extracting(o -> o.step().name())
                .containsExactly(
                        "Build Pipeline",
                        "Production Deployment",
                        "Production Monitoring",
                        "Phasegate Delivery Workflow");
        assertThat(statuses).extracting(Status::getName).doesNotHaveDuplicates().hasSize(8);
    }

    @Test
    void jiraSoftwaresStoryPointEstimateIsReusedAndItsIdGatesTheSprintTransition() {
        fields.removeIf(f -> f.getName().equals("Story Points"));
        fields.add(field("customfield_10016", "Story point estimate", JiraFieldKinds.PREFIX + "float"));

        SetupPlan plan = new SetupPlanner(blueprint).plan(inventory.read(), PROJECT);
        run();

        assertThat(plan.steps())
                .filteredOn(s -> s.name().equals("Story Points"))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.action()).isEqualTo(StepAction.REUSE);
                    assertThat(s.existingId()).contains("customfield_10016");
                });
        assertThat(parsed).hasSize(1);
        assertThat(gateJson(parsed.get(0), "Ready for Sprint Planning"))
                .contains("{\"rule\": \"story-points\", \"field\": \"customfield_10016\"}");
    }

    @Test
    void fieldsThatAreMissingAreManualStepsAndTheWorkflowWaitsForThem() {
        fields.clear();

        SetupReport report = run();

        assertThat(report.outcomes(StepOutcome.Result.NEEDS_ADMIN))
                .extracting(o -> o.step().kind())
                .contains(StepKind.FIELD, StepKind.SCREEN);
        assertThat(report.outcomes(StepOutcome.Result.NOT_ATTEMPTED))
                .singleElement()
                .satisfies(o -> {
                    assertThat(o.step().kind()).isEqualTo(StepKind.WORKFLOW);
                    assertThat(o.detail().orElseThrow().key()).isEqualTo("outcome.waiting");
                });
        verify(workflowManager, never()).createWorkflow(any(), any());
    }

    @Test
    void fieldTypesAreRecognisedByTheirJiraKeys() {
        fields.clear();
        fields.add(field("customfield_1", "Hypothesis", JiraFieldKinds.PREFIX + "select"));

        SetupPlan plan = new SetupPlanner(blueprint).plan(inventory.read(), PROJECT);

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

    private static String typeKey(String kind) {
        return switch (kind) {
            case "TEXT_AREA" -> JiraFieldKinds.PREFIX + "textarea";
            case "NUMBER" -> JiraFieldKinds.PREFIX + "float";
            case "SELECT" -> JiraFieldKinds.PREFIX + "select";
            case "LABELS" -> JiraFieldKinds.PREFIX + "labels";
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static CustomField field(String id, String name, String typeKey) {
        CustomField field = mock(CustomField.class);
        lenient().when(field.getId()).thenReturn(id);
        lenient().when(field.getName()).thenReturn(name);
        CustomFieldType type = mock(CustomFieldType.class);
        lenient().when(type.getKey()).thenReturn(typeKey);
        lenient().when(type.getName()).thenReturn("Type " + typeKey.substring(typeKey.indexOf(':') + 1));
        lenient().when(field.getCustomFieldType()).thenReturn(type);
        return field;
    }

    private static IssueType issueType(String id, String name) {
        IssueType type = mock(IssueType.class);
        lenient().when(type.getId()).thenReturn(id);
        lenient().when(type.getName()).thenReturn(name);
        return type;
    }

    private static Status status(String id, String name) {
        Status status = mock(Status.class);
        lenient().when(status.getId()).thenReturn(id);
        lenient().when(status.getName()).thenReturn(name);
        return status;
    }

    private static JiraWorkflow workflow(String name) {
        JiraWorkflow workflow = mock(JiraWorkflow.class);
        lenient().when(workflow.getName()).thenReturn(name);
        return workflow;
    }
}
