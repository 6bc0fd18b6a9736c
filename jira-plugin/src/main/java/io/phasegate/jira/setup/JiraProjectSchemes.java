package io.phasegate.jira.setup;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.jira.workflow.AssignableWorkflowScheme;
import com.atlassian.jira.workflow.WorkflowSchemeManager;
import io.phasegate.core.setup.IssueTypeSchemeState;
import io.phasegate.core.setup.ProjectSchemes;
import io.phasegate.core.setup.SetupPlanner;
import io.phasegate.core.setup.WorkflowSchemeState;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a project's issue type scheme and workflow scheme, the workflow scheme Phasegate would give
 * it if one of that name exists, and how many issues of Phasegate's issue types the project has
 * (a JQL count that ignores permissions; a type that cannot be counted is left out, which the
 * planner treats as "has issues").
 */
public final class JiraProjectSchemes {
    private final ProjectManager projectManager;
    private final IssueTypeSchemeManager issueTypeSchemeManager;
    private final WorkflowSchemeManager workflowSchemeManager;
    private final SearchService searchService;
    private final JiraAuthenticationContext authenticationContext;

    public JiraProjectSchemes(
            ProjectManager projectManager,
            IssueTypeSchemeManager issueTypeSchemeManager,
            WorkflowSchemeManager workflowSchemeManager,
            SearchService searchService,
            JiraAuthenticationContext authenticationContext) {
        this.projectManager = projectManager;
        this.issueTypeSchemeManager = issueTypeSchemeManager;
        this.workflowSchemeManager = workflowSchemeManager;
        this.searchService = searchService;
        this.authenticationContext = authenticationContext;
    }

    /** The schemes of the project with {@code projectKey}; empty when there is no such project. */
    public Optional<ProjectSchemes> read(String projectKey, Collection<String> issueTypeIds) {
        Project project = projectManager.getProjectByCurrentKey(projectKey);
        if (project == null) {
            return Optional.empty();
        }
        AssignableWorkflowScheme leftover =
                workflowSchemeManager.getWorkflowSchemeObj(SetupPlanner.workflowSchemeName(projectKey));
        return Optional.of(new ProjectSchemes(
                issueTypes(project),
                workflows(workflowSchemeManager.getWorkflowSchemeObj(project)),
                Optional.ofNullable(leftover).map(this::workflows),
                counts(projectKey, issueTypeIds)));
    }

    private IssueTypeSchemeState issueTypes(Project project) {
        FieldConfigScheme scheme = issueTypeSchemeManager.getConfigScheme(project);
        boolean jiraDefault = scheme == null || issueTypeSchemeManager.isDefaultIssueTypeScheme(scheme);
        List<String> offered = issueTypeSchemeManager.getIssueTypesForProject(project).stream()
                .map(IssueType::getId)
                .toList();
        List<String> others = jiraDefault ? List.of() : others(scheme.getAssociatedProjectObjects(), project);
        String name = scheme == null || scheme.getName() == null ? "-" : scheme.getName();
        return new IssueTypeSchemeState(name, jiraDefault, offered, others);
    }

    private static List<String> others(List<Project> projects, Project project) {
        return projects == null
                ? List.of()
                : projects.stream()
                        .filter(p -> !Objects.equals(p.getKey(), project.getKey()))
                        .map(p -> p.getName() == null ? p.getKey() : p.getName())
                        .toList();
    }

    private WorkflowSchemeState workflows(AssignableWorkflowScheme scheme) {
        Map<String, String> mappings = new LinkedHashMap<>();
        Map<String, String> all = scheme.getMappings();
        if (all != null) {
            all.forEach((type, workflow) -> {
                if (type != null && workflow != null) {
                    mappings.put(type, workflow);
                }
            });
        }
        List<String> projects = workflowSchemeManager.getProjectsUsing(scheme).stream()
                .map(p -> p.getName() == null ? p.getKey() : p.getName())
                .toList();
        return new WorkflowSchemeState(
                Optional.ofNullable(scheme.getId()).map(String::valueOf),
                scheme.getName() == null ? "-" : scheme.getName(),
                scheme.isDefault(),
                mappings,
                Optional.ofNullable(scheme.getConfiguredDefaultWorkflow()),
                projects);
    }

    private Map<String, Long> counts(String projectKey, Collection<String> issueTypeIds) {
        ApplicationUser user = authenticationContext.getLoggedInUser();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String id : issueTypeIds) {
            String jql = "project = \"" + projectKey.replace("\"", "\\\"") + "\" AND issuetype = " + id;
            SearchService.ParseResult parsed = searchService.parseQuery(user, jql);
            if (parsed == null || !parsed.isValid()) {
                continue;
            }
            try {
                counts.put(id, (long) searchService
                        .searchOverrideSecurity(user, parsed.getQuery(), new PagerFilter<>(0, 1))
                        .getTotal());
            } catch (SearchException | RuntimeException e) { // not counted: the planner stays conservative
                continue;
            }
        }
        return counts;
    }
}
