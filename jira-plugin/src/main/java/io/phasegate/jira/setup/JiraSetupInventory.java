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
import io.phasegate.core.setup.PhasegateBlueprint;
import io.phasegate.core.setup.ScreenInventory;
import io.phasegate.core.setup.ScreenSchemeSpec;
import io.phasegate.core.setup.ScreenSpec;
import io.phasegate.core.setup.SetupBlueprint;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads what the instance already has for set-up: issue types, custom fields with their types and
 * (for select fields) their options, statuses, workflows, screens and screen schemes (with the
 * contents of Phasegate's own), and the issue type screen schemes with the projects using them.
 */
public final class JiraSetupInventory {
    private final IssueTypeManager issueTypeManager;
    private final CustomFieldManager customFieldManager;
    private final ConstantsManager constantsManager;
    private final WorkflowManager workflowManager;
    private final JiraCustomFields customFields;
    private final JiraScreens screens;
    private final JiraProjectScreens projectScreens;

    public JiraSetupInventory(
            IssueTypeManager issueTypeManager,
            CustomFieldManager customFieldManager,
            ConstantsManager constantsManager,
            WorkflowManager workflowManager,
            JiraCustomFields customFields,
            JiraScreens screens,
            JiraProjectScreens projectScreens) {
        this.issueTypeManager = issueTypeManager;
        this.customFieldManager = customFieldManager;
        this.constantsManager = constantsManager;
        this.workflowManager = workflowManager;
        this.customFields = customFields;
        this.screens = screens;
        this.projectScreens = projectScreens;
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
        return new Inventory(
                        types,
                        fields,
                        statuses,
                        screens.screens(),
                        screens.schemes(),
                        workflows,
                        JiraSetupPort.AUTOMATED)
                .withScreenDetails(screenDetails());
    }

    /** The contents of Phasegate's screens and screen schemes, and every issue type screen scheme. */
    private ScreenInventory screenDetails() {
        SetupBlueprint blueprint = PhasegateBlueprint.standard();
        Set<String> screenNames =
                blueprint.screens().stream().map(ScreenSpec::name).collect(Collectors.toSet());
        Set<String> schemeNames =
                blueprint.screenSchemes().stream().map(ScreenSchemeSpec::name).collect(Collectors.toSet());
        return new ScreenInventory(
                screens.tabs(screenNames), screens.defaultScreens(schemeNames), projectScreens.read());
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
