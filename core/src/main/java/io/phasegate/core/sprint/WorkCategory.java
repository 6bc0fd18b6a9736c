package io.phasegate.core.sprint;

import java.util.Objects;
import java.util.Set;

/**
 * One work-mix category (M27), such as "Bug" or "Tech debt", with the issue types and labels that
 * put an issue in it. Names are compared exactly, as Jira stores them.
 */
public record WorkCategory(String name, Set<String> issueTypes, Set<String> labels) {
    /** The bucket for issues that no category claims; categories are collectively exhaustive with it. */
    public static final String UNCATEGORIZED = "Uncategorized";

    public WorkCategory {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || name.equals(UNCATEGORIZED)) {
            throw new IllegalArgumentException("a category needs a name other than '" + UNCATEGORIZED + "'");
        }
        issueTypes = Set.copyOf(issueTypes);
        labels = Set.copyOf(labels);
    }

    /** True when the issue's type or one of its labels belongs to this category. */
    public boolean matches(String issueType, Set<String> issueLabels) {
        return issueTypes.contains(issueType) || issueLabels.stream().anyMatch(labels::contains);
    }
}
