package io.phasegate.contract;

import io.phasegate.core.issue.IssueKey;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Filters the drill-down lists of one answer for one caller and counts the distinct issues left
 * out ({@code "hidden"}). Each key is asked about once per answer.
 */
public final class Drilldown {
    private final Visibility visibility;
    private final Map<IssueKey, Boolean> seen = new HashMap<>();
    private final Set<IssueKey> hidden = new HashSet<>();

    public Drilldown(Visibility visibility) {
        this.visibility = visibility;
    }

    /** Whether the caller may see this issue; remembers it as hidden when not. */
    public boolean shows(IssueKey key) {
        boolean visible = seen.computeIfAbsent(key, visibility::canSee);
        if (!visible) {
            hidden.add(key);
        }
        return visible;
    }

    /** The keys the caller may see, in their order. */
    public List<IssueKey> filter(List<IssueKey> keys) {
        return keys.stream().filter(this::shows).toList();
    }

    /** How many distinct issues were left out so far. */
    public int hidden() {
        return hidden.size();
    }
}
