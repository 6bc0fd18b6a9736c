package io.phasegate.core.setup;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a Jira instance already has, as far as set-up is concerned, and which kinds of step the
 * adapter can carry out itself (the others are planned as manual steps). {@code screenDetails}
 * holds the contents of screens and schemes; see {@link ScreenInventory}.
 */
public record Inventory(
        List<ExistingIssueType> issueTypes,
        List<ExistingField> fields,
        List<Existing> statuses,
        List<Existing> screens,
        List<Existing> screenSchemes,
        List<Existing> workflows,
        Set<StepKind> automated,
        ScreenInventory screenDetails) {
    public Inventory {
        issueTypes = List.copyOf(issueTypes);
        fields = List.copyOf(fields);
        statuses = List.copyOf(statuses);
        screens = List.copyOf(screens);
        screenSchemes = List.copyOf(screenSchemes);
        workflows = List.copyOf(workflows);
        automated = Set.copyOf(automated);
        Objects.requireNonNull(screenDetails, "screenDetails");
    }

    /** An inventory without the contents of screens and schemes. */
    public Inventory(
            List<ExistingIssueType> issueTypes,
            List<ExistingField> fields,
            List<Existing> statuses,
            List<Existing> screens,
            List<Existing> screenSchemes,
            List<Existing> workflows,
            Set<StepKind> automated) {
        this(issueTypes, fields, statuses, screens, screenSchemes, workflows, automated, ScreenInventory.none());
    }

    /** This inventory with {@code details} as the contents of screens and schemes. */
    public Inventory withScreenDetails(ScreenInventory details) {
        return new Inventory(issueTypes, fields, statuses, screens, screenSchemes, workflows, automated, details);
    }

    /** An instance with nothing Phasegate needs, where the adapter automates {@code automated}. */
    public static Inventory empty(Set<StepKind> automated) {
        return new Inventory(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), automated);
    }

    /** Whether two names denote the same thing in Jira: equal ignoring case and surrounding blanks. */
    static boolean sameName(String a, String b) {
        Objects.requireNonNull(a, "a");
        return b != null && a.strip().equalsIgnoreCase(b.strip());
    }
}
