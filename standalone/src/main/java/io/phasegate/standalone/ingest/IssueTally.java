package io.phasegate.standalone.ingest;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the issue files say about the board as a whole, counted while each issue streams past: how
 * many issues lack a changelog, which custom fields hold sprint lists or flags, and the sprint names
 * each sprint-shaped field uses. Counted here, while the issue is fresh, rather than in extra passes
 * over every kept issue once the files are read: those passes were a tenth of the ingestion time.
 */
final class IssueTally {
    private final Map<Long, String> listedNames;
    private final Map<String, Integer> sprintShaped = new HashMap<>();
    private final Map<String, Integer> flagShaped = new HashMap<>();
    private final Map<String, SprintNamesSeen> sprintNames = new HashMap<>(4);
    private int issues;
    private int withoutChangelog;

    /** @param listedNames sprint id → name in the board's sprint list, to spot renamed sprints */
    IssueTally(Map<Long, String> listedNames) {
        this.listedNames = listedNames;
    }

    void add(RawIssue issue) {
        issues++;
        if (!issue.hasChangelog) {
            withoutChangelog++;
        }
        if (!issue.sprintFields.isEmpty()) {
            issue.sprintFields.forEach((field, refs) -> {
                sprintShaped.merge(field, 1, Integer::sum);
                sprintNames.computeIfAbsent(field, k -> new SprintNamesSeen()).add(refs, listedNames);
            });
        }
        if (!issue.impediments.isEmpty()) {
            issue.impediments.forEach(field -> flagShaped.merge(field, 1, Integer::sum));
        }
    }

    int issues() {
        return issues;
    }

    int withoutChangelog() {
        return withoutChangelog;
    }

    /** Field id → number of issues whose value of that field is a sprint list. */
    Map<String, Integer> sprintShaped() {
        return sprintShaped;
    }

    /** Field id → number of issues whose value of that field flags an impediment. */
    Map<String, Integer> flagShaped() {
        return flagShaped;
    }

    /** The sprint names seen in this field (empty for none or a null field). */
    SprintNamesSeen sprintNames(String field) {
        SprintNamesSeen seen = field == null ? null : sprintNames.get(field);
        return seen == null ? new SprintNamesSeen() : seen;
    }

    /** The names one Sprint field gives its sprints, in the order of the issues. */
    static final class SprintNamesSeen {
        /** Sprint id → the first name an issue gives it. */
        final Map<Long, String> firstSeen = new HashMap<>();
        /** Sprint id → names differing from the sprint list's, in order of first difference. */
        final Map<Long, Set<String>> otherNames = new LinkedHashMap<>();

        private void add(List<SprintRef> refs, Map<Long, String> listed) {
            for (SprintRef ref : refs) {
                if (ref.name() == null) {
                    continue;
                }
                firstSeen.putIfAbsent(ref.id(), ref.name());
                String name = listed.get(ref.id());
                if (name != null && !name.equals(ref.name())) {
                    otherNames.computeIfAbsent(ref.id(), id -> new TreeSet<>()).add(ref.name());
                }
            }
        }
    }
}
