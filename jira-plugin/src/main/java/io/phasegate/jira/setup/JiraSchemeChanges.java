package io.phasegate.jira.setup;

import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.scheme.Scheme;
import com.atlassian.jira.workflow.AssignableWorkflowScheme;
import com.atlassian.jira.workflow.WorkflowSchemeManager;
import io.phasegate.core.setup.IssueTypeSchemeChange;
import io.phasegate.core.setup.SetupFailure;
import io.phasegate.core.setup.SetupMessage;
import io.phasegate.core.setup.WorkflowSchemeChange;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Carries out the project scheme changes the planner decided: sets the issue types of the project's
 * own issue type scheme (or checks Jira's default scheme offers them), and switches the project to
 * a new workflow scheme the way Jira's own scheme association does (remove, then add), putting the
 * old scheme back if adding fails. Each refuses when the project's scheme is not the one planned for.
 */
public final class JiraSchemeChanges {
    private final ProjectManager projectManager;
    private final IssueTypeSchemeManager issueTypeSchemeManager;
    private final WorkflowSchemeManager workflowSchemeManager;

    public JiraSchemeChanges(
            ProjectManager projectManager,
            IssueTypeSchemeManager issueTypeSchemeManager,
            WorkflowSchemeManager workflowSchemeManager) {
        this.projectManager = projectManager;
        this.issueTypeSchemeManager = issueTypeSchemeManager;
        this.workflowSchemeManager = workflowSchemeManager;
    }

    /** See {@link io.phasegate.core.setup.SetupPort#changeIssueTypeScheme}. */
    public String changeIssueTypeScheme(IssueTypeSchemeChange change) {
        Project project = project(change.projectKey());
        List<String> offered = issueTypeSchemeManager.getIssueTypesForProject(project).stream()
                .map(IssueType::getId)
                .toList();
        if (change.checkOnly()) {
            if (!offered.containsAll(change.issueTypeIds())) {
                throw new SetupFailure(
                        SetupMessage.of(
                                "failure.project-issue-types-default", change.projectKey(), change.schemeName()),
                        null);
            }
            return change.schemeName();
        }
        FieldConfigScheme scheme = issueTypeSchemeManager.getConfigScheme(project);
        if (scheme == null
                || issueTypeSchemeManager.isDefaultIssueTypeScheme(scheme)
                || !Objects.equals(scheme.getName(), change.schemeName())
                || !change.issueTypeIds().containsAll(offered)) {
            throw changed(change.projectKey(), change.schemeName());
        }
        issueTypeSchemeManager.update(scheme, change.issueTypeIds());
        return change.schemeName();
    }

    /** See {@link io.phasegate.core.setup.SetupPort#switchWorkflowScheme}. */
    public String switchWorkflowScheme(WorkflowSchemeChange change) {
        Project project = project(change.projectKey());
        AssignableWorkflowScheme current = workflowSchemeManager.getWorkflowSchemeObj(project);
        Optional<String> currentId = Optional.ofNullable(current.getId()).map(String::valueOf);
        if (!currentId.equals(change.replacedSchemeId())) {
            throw changed(change.projectKey(), change.replacedSchemeName());
        }
        Long id = change.reuseSchemeId().map(Long::valueOf).orElseGet(() -> create(change));
        Scheme target = workflowSchemeManager.getSchemeObject(id);
        if (target == null) {
            throw new SetupFailure(SetupMessage.of("failure.workflow-scheme", change.name()), null);
        }
        Scheme previous = current.isDefault() || current.getId() == null
                ? null
                : workflowSchemeManager.getSchemeObject(current.getId());
        associate(project, target, previous, change);
        return String.valueOf(id);
    }

    private Long create(WorkflowSchemeChange change) {
        AssignableWorkflowScheme.Builder builder = workflowSchemeManager.assignableBuilder();
        builder.setName(change.name());
        builder.setDescription(change.description());
        builder.setMappings(change.mappings());
        change.defaultWorkflow().ifPresent(builder::setDefaultWorkflow);
        AssignableWorkflowScheme created = workflowSchemeManager.createScheme(builder.build());
        if (created == null || created.getId() == null) {
            throw new SetupFailure(SetupMessage.of("failure.workflow-scheme", change.name()), null);
        }
        return created.getId();
    }

    /**
     * Jira's own switch: remove the project's scheme, add the new one; on failure put the old one
     * back. The workflow cache is cleared whatever happens; when putting back fails too, the failure
     * names the old scheme to associate by hand.
     */
    private void associate(Project project, Scheme target, Scheme previous, WorkflowSchemeChange change) {
        workflowSchemeManager.removeSchemesFromProject(project);
        try {
            workflowSchemeManager.addSchemeToProject(project, target);
        } catch (RuntimeException e) {
            throw restore(project, previous, change, e);
        } finally {
            workflowSchemeManager.clearWorkflowCache();
        }
    }

    private SetupFailure restore(Project project, Scheme previous, WorkflowSchemeChange change, RuntimeException e) {
        String why = JiraProjectScreens.why(e);
        if (previous != null) {
            try {
                workflowSchemeManager.addSchemeToProject(project, previous);
            } catch (RuntimeException restore) {
                return new SetupFailure(
                        SetupMessage.of(
                                "failure.workflow-scheme-restore",
                                change.projectKey(),
                                change.name(),
                                why,
                                change.replacedSchemeName(),
                                JiraProjectScreens.why(restore)),
                        e);
            }
        }
        return new SetupFailure(
                SetupMessage.of(
                        "failure.workflow-scheme-switch",
                        change.projectKey(),
                        change.name(),
                        why,
                        change.replacedSchemeName()),
                e);
    }

    private Project project(String key) {
        Project project = projectManager.getProjectByCurrentKey(key);
        if (project == null) {
            throw new SetupFailure(SetupMessage.of("failure.project-missing", key), null);
        }
        return project;
    }

    private static SetupFailure changed(String projectKey, String schemeName) {
        return new SetupFailure(SetupMessage.of("failure.project-scheme-changed", projectKey, schemeName), null);
    }
}
