package io.phasegate.standalone.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sprint as the Sprint field names it: its id and name. Data Center writes the field as strings
 * such as {@code com.atlassian.greenhopper.service.sprint.Sprint@1a2b[id=3,rapidViewId=7,...,name=
 * Sprint 1,...]} (or, newer, as objects); Cloud writes objects {@code {id, name, state, boardId}}.
 */
record SprintRef(long id, String name) {
    static final String GREENHOPPER = "com.atlassian.greenhopper.service.sprint.Sprint@";

    private static final Pattern ID = Pattern.compile("[\\[,]id=(\\d+)");
    // A sprint name may hold commas: it ends where the next known attribute begins.
    private static final Pattern NAME =
            Pattern.compile(",name=(.*?)(?:,(?:startDate|endDate|completeDate|activatedDate|sequence|goal|autoStartStop"
                    + "|synced|incompleteIssuesDestinationId|rapidViewId|state)=|]$)");

    /** The sprint described by a Data Center sprint string, or null when the text is not one. */
    static SprintRef parseGreenhopper(String text) {
        if (text == null || !text.startsWith(GREENHOPPER)) {
            return null;
        }
        Matcher id = ID.matcher(text);
        if (!id.find()) {
            return null;
        }
        Matcher name = NAME.matcher(text);
        return new SprintRef(Long.parseLong(id.group(1)), name.find() ? name.group(1) : null);
    }

    /**
     * Sprint ids as a changelog item lists them in {@code from}/{@code to}: {@code "3, 4"}. Null when
     * a part is not a number (old Jira versions wrote names there).
     */
    static List<Long> parseIdList(String text) {
        List<Long> ids = new ArrayList<>();
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
}
