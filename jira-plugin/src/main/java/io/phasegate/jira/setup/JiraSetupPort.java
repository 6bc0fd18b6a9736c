package io.phasegate.jira.setup;

import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.workflow.ConfigurableJiraWorkflow;
import com.atlassian.jira.workflow.WorkflowManager;
import com.opensymphony.workflow.FactoryException;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import io.phasegate.core.setup.FieldSpec;
import io.phasegate.core.setup.IssueTypeSchemeChange;
import io.phasegate.core.setup.IssueTypeSpec;
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
 * Creates issue types, custom fields with their select options, statuses and the phase workflow in
 * Jira, and changes the project's issue type and workflow schemes ({@link JiraSchemeChanges}). Only
 * the step kinds in {@link #AUTOMATED} are done here, because only their Jira APIs could be sourced
 * (docs/dev/api-stubs-sources.md); the planner lists every other kind (screens, screen schemes,
 * the project's screens) as a manual step, so the remaining methods are never called for a real
 * plan and refuse with a clear message if they are.
 */
public final class JiraSetupPort implements SetupPort {
    /** What this adapter creates itself. */
    public static final Set<StepKind> AUTOMATED = Set.copyOf(EnumSet.of(
            StepKind.ISSUE_TYPE,
            StepKind.FIELD,
            StepKind.FIELD_OPTIONS,
            StepKind.STATUS,
            StepKind.WORKFLOW,
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
    private final JiraSchemeChanges schemeChanges;

    public JiraSetupPort(
            StatusManager statusManager,
            WorkflowManager workflowManager,
            JiraAuthenticationContext authenticationContext,
            WorkflowXmlParser parser,
            JiraIssueTypes issueTypes,
            JiraCustomFields customFields,
            JiraSchemeChanges schemeChanges) {
        this.statusManager = statusManager;
        this.workflowManager = workflowManager;
        this.authenticationContext = authenticationContext;
        this.parser = parser;
        this.issueTypes = issueTypes;
        this.customFields = customFields;
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
        throw notAutomated(StepKind.SCREEN, spec.name());
    }

    @Override
    public String createScreenScheme(ScreenSchemeSpec spec, String screenId) {
        throw notAutomated(StepKind.SCREEN_SCHEME, spec.name());
    }

    private static SetupFailure notAutomated(StepKind kind, String name) {
        return new SetupFailure(SetupMessage.of("failure.not-automated", kind.name(), name), null);
    }
}
