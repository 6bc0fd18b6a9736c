package io.phasegate.core.readiness;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The issue types the Phasegate panel is shown on, as an administrator lists them: names separated
 * by commas, compared ignoring case; {@code *} means every issue type. A blank list falls back to
 * {@link #DEFAULT}.
 */
public record PanelAudience(Set<String> issueTypes, boolean everyType) {
    /** RFCs, Technical Deep-dives and stories: the issues that move through the gated phases. */
    public static final String DEFAULT = "RFC, Technical Deep-dive, Story";

    public PanelAudience {
        issueTypes = Set.copyOf(issueTypes);
    }

    public static PanelAudience parse(String list) {
        String text = list == null || list.isBlank() ? DEFAULT : list;
        Set<String> types = new LinkedHashSet<>();
        boolean every = false;
        for (String name : text.split(",")) {
            String stripped = name.strip();
            if (stripped.equals("*")) {
                every = true;
            } else if (!stripped.isEmpty()) {
                types.add(stripped.toLowerCase(Locale.ROOT));
            }
        }
        return types.isEmpty() && !every ? parse(DEFAULT) : new PanelAudience(types, every);
    }

    public boolean includes(String issueType) {
        return everyType
                || (issueType != null && issueTypes.contains(issueType.strip().toLowerCase(Locale.ROOT)));
    }

    @Override
    public String toString() {
        return everyType
                ? "*"
                : String.join(
                        ", ",
                        Arrays.stream(issueTypes.toArray(String[]::new))
                                .sorted()
                                .toList());
    }
}
