package io.phasegate.jira.setup;

import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.workflow.ConfigurableJiraWorkflow;
import com.atlassian.jira.workflow.WorkflowManager;
import com.opensymphony.workflow.FactoryException;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import io.phasegate.core.setup.FieldSpec;
import io.phasegate.core.setup.IconChoice;
import io.phasegate.core.setup.IssueTypeSchemeChange;
import io.phasegate.core.setup.IssueTypeSpec;
import io.phasegate.core.setup.ProjectScreens;
import io.phasegate.core.setup.ScreenSchemeSpec;
import io.phasegate.core.setup.ScreenSpec;
import io.phasegate.core.setup.SetupFailure;
import io.phasegate.core.setup.SetupMessage;
import io.phasegate.core.setup.SetupPort;
import io.phasegate.core.setup.StatusSpec;
import io.phasegate.core.setup.StepKind;
import io.phasegate.core.setup.WorkflowSchemeChange;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Creates issue types, custom fields with their select options, statuses, screens, screen schemes
 * and the phase workflow in Jira, gives the project its own issue type screen scheme and changes the
 * project's issue type and workflow schemes ({@link JiraSchemeChanges}). Only the step kinds in
 * {@link #AUTOMATED} are done here, because only their Jira APIs could be sourced
 * (docs/dev/api-stubs-sources.md).
 */
public final class JiraSetupPort implements SetupPort {
    /** What this adapter creates itself. */
    public static final Set<StepKind> AUTOMATED = Set.copyOf(EnumSet.of(
            StepKind.ISSUE_TYPE,
            StepKind.FIELD,
            StepKind.FIELD_OPTIONS,
            StepKind.STATUS,
            StepKind.SCREEN,
            StepKind.SCREEN_SCHEME,
            StepKind.WORKFLOW,
            StepKind.PROJECT_SCREENS,
            StepKind.PROJECT_ISSUE_TYPES,
            StepKind.PROJECT_WORKFLOW));

    /** Jira's generic status icon; Jira 10 shows statuses as lozenges, the icon is kept for older views. */
    static final String STATUS_ICON = "/images/icons/statuses/generic.png";

    private final StatusManager statusManager;
    private final WorkflowManager workflowManager;
    private final JiraAuthenticationContext authenticationContext;
    private final WorkflowXmlParser parser;
    private final JiraIssueTypes issueTypes;
    private final JiraCustomFields customFields;
    private final JiraScreens screens;
    private final JiraProjectScreens projectScreens;
    private final JiraSchemeChanges schemeChanges;

    public JiraSetupPort(
            StatusManager statusManager,
            WorkflowManager workflowManager,
            JiraAuthenticationContext authenticationContext,
            WorkflowXmlParser parser,
            JiraIssueTypes issueTypes,
            JiraCustomFields customFields,
            JiraScreens screens,
            JiraProjectScreens projectScreens,
            JiraSchemeChanges schemeChanges) {
        this.statusManager = statusManager;
        this.workflowManager = workflowManager;
        this.authenticationContext = authenticationContext;
        this.parser = parser;
        this.issueTypes = issueTypes;
        this.customFields = customFields;
        this.screens = screens;
        this.projectScreens = projectScreens;
        this.schemeChanges = schemeChanges;
    }

    @Override
    public String createStatus(StatusSpec spec) {
        Status status = statusManager.createStatus(spec.name(), spec.description(), STATUS_ICON);
        if (status == null) {
            throw new SetupFailure(SetupMessage.of("failure.status", spec.name()), null);
        }
        return status.getId();
    }

    @Override
    public String createWorkflow(String name, String description, String workflowXml) {
        WorkflowDescriptor descriptor;
        try {
            descriptor = parser.parse(workflowXml);
        } catch (FactoryException e) {
            throw new SetupFailure(SetupMessage.of("failure.workflow-xml", name, String.valueOf(e.getMessage())), e);
        }
        workflowManager.createWorkflow(
                authenticationContext.getLoggedInUser(),
                new ConfigurableJiraWorkflow(name, descriptor, workflowManager));
        return name;
    }

    @Override
    public String createIssueType(IssueTypeSpec spec) {
        return issueTypes.create(spec);
    }

    /** The icon set-up gives the issue type with blueprint key {@code issueTypeKey} when it creates it. */
    public IconChoice issueTypeIcon(String issueTypeKey) {
        return issueTypes.icon(issueTypeKey);
    }

    @Override
    public String createField(FieldSpec spec) {
        return customFields.create(spec);
    }

    @Override
    public void addOptions(String fieldId, List<String> options) {
        customFields.addOptions(fieldId, options);
    }

    @Override
    public String changeIssueTypeScheme(IssueTypeSchemeChange change) {
        return schemeChanges.changeIssueTypeScheme(change);
    }

    @Override
    public String switchWorkflowScheme(WorkflowSchemeChange change) {
        return schemeChanges.switchWorkflowScheme(change);
    }

    @Override
    public String createScreen(ScreenSpec spec, Map<String, String> fieldIds) {
        return screens.createScreen(spec, fieldIds);
    }

    @Override
    public String createScreenScheme(ScreenSchemeSpec spec, String screenId) {
        return screens.createScreenScheme(spec, screenId);
    }

    @Override
    public String assignProjectScreens(ProjectScreens change) {
        return projectScreens.assign(change);
    }
}
