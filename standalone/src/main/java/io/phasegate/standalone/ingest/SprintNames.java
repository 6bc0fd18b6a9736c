package io.phasegate.standalone.ingest;

import io.phasegate.core.history.BoardWarning;
import io.phasegate.core.sprint.SprintSnapshot;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sprint name → id, for changelogs that name sprints instead of giving ids; and a warning for each
 * sprint whose name in the issues differs from the board's sprint list (renamed since).
 */
final class SprintNames {
    private SprintNames() {}

    static Map<String, Long> check(
            Collection<SprintSnapshot> sprints, IssueTally.SprintNamesSeen seen, List<BoardWarning> warnings) {
        Map<Long, String> listed = listedNames(sprints);
        Map<Long, String> firstSeen = seen.firstSeen;
        Map<Long, Set<String>> otherNames = seen.otherNames;
        Map<String, Long> byName = new HashMap<>();
        firstSeen.forEach((id, name) -> byName.putIfAbsent(name, id));
        otherNames.forEach((id, names) -> names.forEach(name -> byName.putIfAbsent(name, id)));
        sprints.forEach(sprint -> byName.put(sprint.name(), sprint.id()));
        otherNames.forEach((id, names) -> warnings.add(BoardWarning.plain(
                null,
                "sprint " + id + " is \""
                        + listed.get(id) + "\" in the sprint list but " + names
                        + " in issues' Sprint field (renamed?); "
                        + "sprints are matched by id")));
        return byName;
    }

    /** Sprint id → name in the board's sprint list. */
    static Map<Long, String> listedNames(Collection<SprintSnapshot> sprints) {
        Map<Long, String> listed = new HashMap<>();
        sprints.forEach(sprint -> listed.put(sprint.id(), sprint.name()));
        return listed;
    }
}
