package io.phasegate.core.sprint;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * How Jira writes the values of the changelog items sprint health replays, read the same way whether
 * they come from REST JSON (standalone) or from Jira's Java API (plugin): sprint id lists such as
 * {@code "3, 4"}, estimates as decimal text, the Flagged field as its option text.
 */
public final class ChangelogText {
    private ChangelogText() {}

    /** Null for null or blank text, else the text. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /**
     * The sprint ids of a Sprint item's {@code from}/{@code to}: {@code "3, 4"} → {3, 4}, blank → {}.
     * Null when a part is not a number (old Jira versions wrote sprint names there).
     */
    public static Set<Long> sprintIds(String text) {
        Set<Long> ids = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return ids;
        }
        for (String part : text.split(",")) {
            String trimmed = part.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            try {
                ids.add(Long.parseLong(trimmed));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return ids;
    }

    /**
     * An estimate item's value: null when blank ("not estimated", which is not 0), else the number.
     *
     * @throws NumberFormatException when the text is not a number
     */
    public static BigDecimal estimate(String text) {
        String value = blankToNull(text);
        return value == null ? null : plain(new BigDecimal(value.strip()));
    }

    /**
     * An estimate without trailing zeros: the field says {@code 5.0} where the changelog says {@code
     * 5}, and sums should not mix the two spellings.
     */
    public static BigDecimal plain(BigDecimal estimate) {
        if (estimate == null) {
            return null;
        }
        BigDecimal stripped = estimate.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** True when a Flagged value (such as {@code "Impediment"}) is set. */
    public static boolean flagged(String text) {
        return blankToNull(text) != null;
    }
}
