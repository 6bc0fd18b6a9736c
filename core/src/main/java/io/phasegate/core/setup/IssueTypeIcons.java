package io.phasegate.core.setup;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which of Jira's system issue type icons Phasegate's issue types get: for each type a short list
 * of preferred icons by file name, the first one the instance has wins. Names are compared without
 * their extension and ignoring case ({@code Requirement.png} matches {@code requirement.svg}), since
 * Jira versions ship the same icons in different formats. With none of them present the choice is
 * Jira's default icon, so an icon can never make the set-up fail.
 */
public final class IssueTypeIcons {
    /** RFC: a requirement; the Technical Deep-dive: a design task. Distinct, so the two are told apart. */
    private static final Map<String, List<String>> PREFERRED = Map.of(
            "rfc", List.of("requirement", "newfeature"),
            "deep-dive", List.of("design_task", "development_task"));

    private IssueTypeIcons() {}

    /** The preferred icon names of an issue type, best first; empty for a type Phasegate has no preference for. */
    public static List<String> preferred(String issueTypeKey) {
        return PREFERRED.getOrDefault(issueTypeKey, List.of());
    }

    /** The icon for the issue type {@code issueTypeKey} among the icons Jira {@code available} has. */
    public static IconChoice choose(String issueTypeKey, List<SystemIcon> available) {
        for (String name : preferred(issueTypeKey)) {
            Optional<SystemIcon> found = available.stream()
                    .filter(i -> baseName(i.fileName()).equals(name))
                    .findFirst();
            if (found.isPresent()) {
                return new IconChoice(issueTypeKey, found);
            }
        }
        return new IconChoice(issueTypeKey, Optional.empty());
    }

    private static String baseName(String fileName) {
        String name = fileName.strip().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
