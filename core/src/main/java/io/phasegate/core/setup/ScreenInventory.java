package io.phasegate.core.setup;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What Jira's screens and schemes hold beyond their names: the tabs and fields of existing
 * screens, the default screen of existing screen schemes, and the issue type screen schemes with
 * their entries and projects. A screen or screen scheme the adapter did not read is not a key of
 * the maps; the planner then takes it as it is.
 *
 * @param screenTabs screen id to its tabs, in order
 * @param schemeDefaultScreens screen scheme id to the screen id of its default entry (empty: none)
 * @param issueTypeScreenSchemes the issue type screen schemes
 */
public record ScreenInventory(
        Map<String, List<ExistingTab>> screenTabs,
        Map<String, Optional<String>> schemeDefaultScreens,
        List<ExistingIssueTypeScreenScheme> issueTypeScreenSchemes) {
    public ScreenInventory {
        screenTabs = Map.copyOf(screenTabs);
        schemeDefaultScreens = Map.copyOf(schemeDefaultScreens);
        issueTypeScreenSchemes = List.copyOf(issueTypeScreenSchemes);
    }

    /** Nothing read. */
    public static ScreenInventory none() {
        return new ScreenInventory(Map.of(), Map.of(), List.of());
    }

    /** The issue type screen scheme the project {@code projectKey} uses. */
    public Optional<ExistingIssueTypeScreenScheme> schemeOf(String projectKey) {
        Objects.requireNonNull(projectKey, "projectKey");
        return issueTypeScreenSchemes.stream()
                .filter(s -> s.projectKeys().contains(projectKey))
                .findFirst();
    }

    /** The issue type screen scheme named {@code name} (ignoring case and surrounding blanks). */
    public Optional<ExistingIssueTypeScreenScheme> named(String name) {
        return issueTypeScreenSchemes.stream()
                .filter(s -> Inventory.sameName(name, s.name()))
                .findFirst();
    }
}
