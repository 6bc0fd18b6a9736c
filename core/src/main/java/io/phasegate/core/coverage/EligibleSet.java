package io.phasegate.core.coverage;

import io.phasegate.core.issue.IssueSnapshot;
import java.util.Set;

/**
 * Which issues coverage is measured over (El in {@code docs/metrics.md} §H): the configured issue
 * types, never sub-tasks or epics. An empty set of types means every standard issue type.
 */
public record EligibleSet(Set<String> issueTypes) {
    /** Epics hold other work; their coverage is their children's. */
    public static final String EPIC = "Epic";

    public EligibleSet {
        issueTypes = Set.copyOf(issueTypes);
    }

    /** Every standard issue type except epics. */
    public static EligibleSet allStandardTypes() {
        return new EligibleSet(Set.of());
    }

    public boolean contains(IssueSnapshot issue) {
        if (issue.subtask() || issue.issueType().equalsIgnoreCase(EPIC)) {
            return false;
        }
        return issueTypes.isEmpty() || issueTypes.contains(issue.issueType());
    }
}
