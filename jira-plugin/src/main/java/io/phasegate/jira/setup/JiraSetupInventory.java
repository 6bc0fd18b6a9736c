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
import io.phasegate.core.setup.FieldKind;
import io.phasegate.core.setup.Inventory;
import java.util.List;

/**
 * Reads what the instance already has for set-up: issue types, custom fields with their types and
 * (for select fields) their options, statuses and workflows. Screens and screen schemes are not read
 * (no sourced Jira API for them here), so the plan lists those as manual steps to check.
 */
public final class JiraSetupInventory {
    private final IssueTypeManager issueTypeManager;
    private final CustomFieldManager customFieldManager;
    private final ConstantsManager constantsManager;
    private final WorkflowManager workflowManager;
    private final JiraCustomFields customFields;

    public JiraSetupInventory(
            IssueTypeManager issueTypeManager,
            CustomFieldManager customFieldManager,
            ConstantsManager constantsManager,
            WorkflowManager workflowManager,
            JiraCustomFields customFields) {
        this.issueTypeManager = issueTypeManager;
        this.customFieldManager = customFieldManager;
        this.constantsManager = constantsManager;
        this.workflowManager = workflowManager;
        this.customFields = customFields;
    }

    /** The inventory now. */
    public Inventory read() {
        List<ExistingIssueType> types = issueTypeManager.getIssueTypes().stream()
                .map(t -> new ExistingIssueType(t.getId(), t.getName(), t.isSubTask()))
                .toList();
        List<ExistingField> fields = customFieldManager.getCustomFieldObjects().stream()
                .map(this::field)
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

    private ExistingField field(CustomField field) {
        CustomFieldType type = field.getCustomFieldType();
        String key = type == null ? null : type.getKey();
        String typeName = type == null || type.getName() == null ? "?" : type.getName();
        FieldKind kind = JiraFieldKinds.of(key);
        List<String> options =
                kind == FieldKind.SELECT || kind == FieldKind.MULTI_SELECT ? customFields.options(field) : List.of();
        return new ExistingField(field.getId(), field.getName(), kind, typeName, options);
    }
}
