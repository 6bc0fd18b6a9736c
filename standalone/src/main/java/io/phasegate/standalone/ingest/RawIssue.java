package io.phasegate.standalone.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the streaming reader keeps of one issue until every file (and so every {@code names} map)
 * has been read: its current values, candidate values for the fields found later (numbers, sprint
 * lists, flags by field id) and the changelog items that matter. Nothing else of the JSON is kept.
 */
final class RawIssue {
    String key;
    /** The issue's file name and the JSON pointer of its array ({@code /issues/}), shared by a page. */
    String fileName;

    String arrayPointer;
    int index;

    String issueType;
    Boolean subtaskType;
    boolean hasParent;
    String created;
    String statusId;
    String statusName;
    String resolution;
    String assignee;
    List<String> labels = List.of();
    final Map<String, List<SprintRef>> sprintFields = new HashMap<>(2);
    final Map<String, BigDecimal> numbers = new HashMap<>(4);
    final Set<String> impediments = new HashSet<>(2);
    final List<RawChange> changes = new ArrayList<>();
    /** True once a kept change is earlier than the one before it (Cloud lists histories newest first). */
    boolean changesOutOfOrder;

    boolean hasChangelog;
    int changelogTotal = -1;
    int changelogMaxResults = -1;
    int histories;
    List<String> notes;

    /** The JSON pointer of the issue in its file, such as {@code /issues/7}. */
    String pointer() {
        return arrayPointer + index;
    }

    /** The file and JSON pointer of the issue, such as {@code issues-2.json /issues/7}, for warnings. */
    String where() {
        return fileName + " " + pointer();
    }

    void keep(RawChange change) {
        if (!changes.isEmpty() && change.isBefore(changes.get(changes.size() - 1))) {
            changesOutOfOrder = true;
        }
        changes.add(change);
    }

    void note(String text) {
        if (notes == null) {
            notes = new ArrayList<>(2);
        }
        notes.add(text);
    }

    /** True when Jira returned fewer histories than the issue has (Data Center inlines at most 100). */
    boolean changelogTruncated() {
        return changelogTotal > histories || changelogMaxResults >= 0 && changelogTotal > changelogMaxResults;
    }

    boolean subtask() {
        return subtaskType != null ? subtaskType : hasParent;
    }
}
