package io.phasegate.jira.admin;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;

import com.atlassian.jira.config.ConstantsManager;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.workflow.ConfigurableJiraWorkflow;
import com.atlassian.jira.workflow.JiraWorkflow;
import com.atlassian.jira.workflow.WorkflowManager;
import com.opensymphony.workflow.FactoryException;
import io.phasegate.jira.setup.JiraProjectSetup;
import io.phasegate.jira.setup.JiraSetupInventory;
import io.phasegate.jira.setup.JiraSetupPort;
import io.phasegate.jira.setup.PhaseWorkflowXmlTest;
import java.util.ArrayList;
import java.util.List;

/**
 * A Jira for set-up made of Mockito doubles of its managers that remember what was created: no
 * issue types or fields, statuses and workflows as created. Only Jira interfaces are mocked; the
 * set-up engine and the Jira adapters are the real ones.
 */
final class SetupJira {
    final List<Status> statuses = new ArrayList<>();
    final List<JiraWorkflow> workflows = new ArrayList<>();
    final List<CustomField> fields = new ArrayList<>();
    final IssueTypeManager issueTypeManager = mock(IssueTypeManager.class);
    final CustomFieldManager customFieldManager = mock(CustomFieldManager.class);
    final ConstantsManager constantsManager = mock(ConstantsManager.class);
    final StatusManager statusManager = mock(StatusManager.class);
    final WorkflowManager workflowManager = mock(WorkflowManager.class);
    private final JiraAuthenticationContext authentication;

    SetupJira(JiraAuthenticationContext authentication) {
        lenient().when(issueTypeManager.getIssueTypes()).thenReturn(List.of());
        lenient().when(customFieldManager.getCustomFieldObjects()).thenAnswer(inv -> List.copyOf(fields));
        lenient().when(constantsManager.getStatuses()).thenAnswer(inv -> List.copyOf(statuses));
        lenient().when(workflowManager.getWorkflows()).thenAnswer(inv -> List.copyOf(workflows));
        lenient()
                .when(statusManager.createStatus(anyString(), anyString(), anyString()))
                .thenAnswer(inv -> created(inv.getArgument(0)));
        lenient()
                .doAnswer(inv -> workflows.add(workflow("Phasegate Delivery Workflow")))
                .when(workflowManager)
                .createWorkflow(any(), any(ConfigurableJiraWorkflow.class));
        this.authentication = authentication;
    }

    JiraProjectSetup setup() {
        JiraSetupInventory inventory =
                new JiraSetupInventory(issueTypeManager, customFieldManager, constantsManager, workflowManager);
        JiraSetupPort port = new JiraSetupPort(statusManager, workflowManager, authentication, xml -> {
            try {
                return PhaseWorkflowXmlTest.load(xml);
            } catch (Exception e) {
                throw new FactoryException(e.getMessage(), e);
            }
        });
        return new JiraProjectSetup(inventory, port);
    }

    /** A custom field of another app's type, whose type name Jira shows as given. */
    void field(String id, String name, String typeKey, String typeName) {
        CustomField field = mock(CustomField.class);
        lenient().when(field.getId()).thenReturn(id);
        lenient().when(field.getName()).thenReturn(name);
        CustomFieldType type = mock(CustomFieldType.class);
        lenient().when(type.getKey()).thenReturn(typeKey);
        lenient().when(type.getName()).thenReturn(typeName);
        lenient().when(field.getCustomFieldType()).thenReturn(type);
        fields.add(field);
    }

    Status created(String name) {
        Status status = mock(Status.class);
        lenient().when(status.getId()).thenReturn(Integer.toString(10_000 + statuses.size()));
        lenient().when(status.getName()).thenReturn(name);
        statuses.add(status);
        return status;
    }

    private static JiraWorkflow workflow(String name) {
        JiraWorkflow workflow = mock(JiraWorkflow.class);
        lenient().when(workflow.getName()).thenReturn(name);
        return workflow;
    }
}
