package io.phasegate.core.setup;

import java.util.List;
import java.util.Objects;

/**
 * What to do to a project's issue type scheme so that it offers Phasegate's issue types.
 *
 * @param projectKey the project
 * @param schemeName the scheme the plan was made for
 * @param checkOnly true for Jira's default scheme: new issue types join it by themselves, so only
 *     check that {@code issueTypeIds} are offered; false: set the scheme's issue types to exactly
 *     {@code issueTypeIds} (its current ones followed by the missing ones)
 * @param issueTypeIds see {@code checkOnly}
 */
public record IssueTypeSchemeChange(
        String projectKey, String schemeName, boolean checkOnly, List<String> issueTypeIds) {
    public IssueTypeSchemeChange {
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(schemeName, "schemeName");
        issueTypeIds = List.copyOf(issueTypeIds);
    }
}
