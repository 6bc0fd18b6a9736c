package io.phasegate.standalone.ingest;

import io.phasegate.core.sprint.SprintSnapshot;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Sprint name → id, for changelogs that name sprints instead of giving ids; and a warning for each
 * sprint whose name in the issues differs from the board's sprint list (renamed since).
 */
final class SprintNames {
    private SprintNames() {}

    static Map<String, Long> check(
            Collection<SprintSnapshot> sprints, List<RawIssue> issues, FieldChoice fields, List<DataWarning> warnings) {
        Map<Long, String> listed = new HashMap<>();
        sprints.forEach(sprint -> listed.put(sprint.id(), sprint.name()));
        Map<Long, String> firstSeen = new HashMap<>();
        Map<Long, Set<String>> otherNames = new LinkedHashMap<>();
        for (RawIssue issue : issues) {
            List<SprintRef> refs = fields.sprintField() == null ? null : issue.sprintFields.get(fields.sprintField());
            if (refs == null) {
                continue;
            }
            for (SprintRef ref : refs) {
                if (ref.name() == null) {
                    continue;
                }
                // Keyed by id and compared with equals, not hashed: every issue of an export names its sprints.
                firstSeen.putIfAbsent(ref.id(), ref.name());
                String name = listed.get(ref.id());
                if (name != null && !name.equals(ref.name())) {
                    otherNames.computeIfAbsent(ref.id(), id -> new TreeSet<>()).add(ref.name());
                }
            }
        }
        Map<String, Long> byName = new HashMap<>();
        firstSeen.forEach((id, name) -> byName.putIfAbsent(name, id));
        otherNames.forEach((id, names) -> names.forEach(name -> byName.putIfAbsent(name, id)));
        sprints.forEach(sprint -> byName.put(sprint.name(), sprint.id()));
        otherNames.forEach((id, names) -> warnings.add(new DataWarning(
                null,
                "sprint " + id + " is \""
                        + listed.get(id) + "\" in the sprint list but " + names
                        + " in issues' Sprint field (renamed?); "
                        + "sprints are matched by id")));
        return byName;
    }
}
