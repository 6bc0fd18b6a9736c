package io.phasegate.core.setup;

import java.util.List;
import java.util.Objects;

/**
 * The issue type scheme a project uses, as set-up sees it.
 *
 * @param name the scheme's name
 * @param jiraDefault whether it is Jira's default issue type scheme, which every new issue type joins
 * @param issueTypeIds the ids of the issue types it offers, in Jira's order
 * @param otherProjects the names of the other projects that use it (empty for Jira's default scheme,
 *     which is global rather than associated with projects)
 */
public record IssueTypeSchemeState(
        String name, boolean jiraDefault, List<String> issueTypeIds, List<String> otherProjects) {
    public IssueTypeSchemeState {
        Objects.requireNonNull(name, "name");
        issueTypeIds = List.copyOf(issueTypeIds);
        otherProjects = List.copyOf(otherProjects);
    }
}
