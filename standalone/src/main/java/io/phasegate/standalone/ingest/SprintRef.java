package io.phasegate.standalone.ingest;

import io.phasegate.core.sprint.ChangelogText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A sprint as the Sprint field names it: its id and name. Data Center writes the field as strings
 * such as {@code com.atlassian.greenhopper.service.sprint.Sprint@1a2b[id=3,rapidViewId=7,...,name=
 * Sprint 1,...]} (or, newer, as objects); Cloud writes objects {@code {id, name, state, boardId}}.
 */
record SprintRef(long id, String name) {
    static final String GREENHOPPER = "com.atlassian.greenhopper.service.sprint.Sprint@";

    // A sprint name may hold commas: it ends where the next known attribute begins.
    private static final String[] AFTER_NAME = {
        ",startDate=",
        ",endDate=",
        ",completeDate=",
        ",activatedDate=",
        ",sequence=",
        ",goal=",
        ",autoStartStop=",
        ",synced=",
        ",incompleteIssuesDestinationId=",
        ",rapidViewId=",
        ",state="
    };

    /** The sprint described by a Data Center sprint string, or null when the text is not one. */
    static SprintRef parseGreenhopper(String text) {
        if (text == null || !text.startsWith(GREENHOPPER)) {
            return null;
        }
        long id = id(text);
        if (id < 0) {
            return null;
        }
        return new SprintRef(id, name(text));
    }

    // Read by hand, not by regular expression: every issue of a Data Center export carries these strings.
    private static long id(String text) {
        int at = text.indexOf("[id=", GREENHOPPER.length());
        at = at >= 0 ? at : text.indexOf(",id=", GREENHOPPER.length());
        if (at < 0) {
            return -1;
        }
        long id = 0;
        int digits = 0;
        for (int i = at + 4; i < text.length() && Character.isDigit(text.charAt(i)); i++, digits++) {
            id = id * 10 + (text.charAt(i) - '0');
        }
        return digits == 0 || digits > 18 ? -1 : id;
    }

    private static String name(String text) {
        int start = text.indexOf(",name=");
        if (start < 0) {
            return null;
        }
        start += ",name=".length();
        int end = text.endsWith("]") ? text.length() - 1 : text.length();
        for (String next : AFTER_NAME) {
            int at = text.indexOf(next, start);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return text.substring(start, end);
    }

    /**
     * Sprint ids as a changelog item lists them in {@code from}/{@code to}: {@code "3, 4"}. Null when
     * a part is not a number (old Jira versions wrote names there).
     */
    static List<Long> parseIdList(String text) {
        if (text == null || text.isBlank()) {
            return new ArrayList<>();
        }
        long single = singleId(text);
        if (single >= 0) {
            return List.of(single);
        }
        Set<Long> ids = ChangelogText.sprintIds(text);
        return ids == null ? null : new ArrayList<>(ids);
    }

    // The common item names one sprint: "42". Read without splitting; -1 for anything else.
    private static long singleId(String text) {
        if (text.length() > 18) {
            return -1;
        }
        long id = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            id = id * 10 + (c - '0');
        }
        return id;
    }
}
