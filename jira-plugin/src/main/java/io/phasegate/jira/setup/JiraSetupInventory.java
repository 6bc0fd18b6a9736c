package io.phasegate.jira.setup;

import com.atlassian.jira.config.ConstantsManager;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.workflow.JiraWorkflow;
import com.atlassian.jira.workflow.WorkflowManager;
import io.phasegate.core.setup.Existing;
import io.phasegate.core.setup.ExistingField;
import io.phasegate.core.setup.ExistingIssueType;
import io.phasegate.core.setup.Inventory;
import java.util.List;

/**
 * Reads what the instance already has for set-up: issue types, custom fields with their types,
 * statuses and workflows. Screens, screen schemes and select options are not read (no sourced Jira
 * API for them here), so the plan lists those as manual steps to check.
 */
public final class JiraSetupInventory {
    private final IssueTypeManager issueTypeManager;
    private final CustomFieldManager customFieldManager;
    private final ConstantsManager constantsManager;
    private final WorkflowManager workflowManager;

    public JiraSetupInventory(
            IssueTypeManager issueTypeManager,
            CustomFieldManager customFieldManager,
            ConstantsManager constantsManager,
            WorkflowManager workflowManager) {
        this.issueTypeManager = issueTypeManager;
        this.customFieldManager = customFieldManager;
        this.constantsManager = constantsManager;
        this.workflowManager = workflowManager;
    }

    /** The inventory now. */
    public Inventory read() {
        List<ExistingIssueType> types = issueTypeManager.getIssueTypes().stream()
                .map(t -> new ExistingIssueType(t.getId(), t.getName(), t.isSubTask()))
                .toList();
        List<ExistingField> fields = customFieldManager.getCustomFieldObjects().stream()
                .map(JiraSetupInventory::field)
                .toList();
        List<Existing> statuses = constantsManager.getStatuses().stream()
                .map(s -> new Existing(s.getId(), s.getName()))
                .toList();
        List<Existing> workflows = workflowManager.getWorkflows().stream()
                .map(JiraWorkflow::getName)
                .map(name -> new Existing(name, name))
                .toList();
        return new Inventory(types, fields, statuses, List.of(), List.of(), workflows, JiraSetupPort.AUTOMATED);
    }

    private static ExistingField field(CustomField field) {
        CustomFieldType type = field.getCustomFieldType();
        String key = type == null ? null : type.getKey();
        String typeName = type == null || type.getName() == null ? "?" : type.getName();
        return new ExistingField(field.getId(), field.getName(), JiraFieldKinds.of(key), typeName, List.of());
    }
}
