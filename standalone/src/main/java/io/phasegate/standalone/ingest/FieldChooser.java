package io.phasegate.standalone.ingest;

import io.phasegate.core.history.BoardWarning;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which custom fields hold the sprints, the estimate and the flag: from the board
 * configuration and the {@code names} of the search responses, falling back to the usual names
 * ("Sprint", "Story Points", "Story point estimate", "Flagged") and to the shape of the values,
 * with a warning whenever it had to guess.
 */
final class FieldChooser {
    static final List<String> ESTIMATE_NAMES = List.of("Story Points", "Story point estimate");

    private final Map<String, String> names;
    private final List<BoardWarning> warnings;

    FieldChooser(Map<String, String> names, List<BoardWarning> warnings) {
        this.names = names;
        this.warnings = warnings;
    }

    FieldChoice choose(BoardLayout board, IssueTally issues) {
        Map<String, Integer> sprintShaped = issues.sprintShaped();
        Map<String, Integer> flagShaped = issues.flagShaped();
        String sprint = named("Sprint", sprintShaped, "the Sprint field");
        String flag = named("Flagged", flagShaped, "the Flagged field");
        return estimate(board, sprint, flag);
    }

    private FieldChoice estimate(BoardLayout board, String sprint, String flag) {
        String id = board.estimationFieldId();
        Set<String> changelogNames = new LinkedHashSet<>();
        if (id == null) {
            id = ESTIMATE_NAMES.stream()
                    .flatMap(name -> idsNamed(name).stream())
                    .findFirst()
                    .orElse(null);
            warnings.add(BoardWarning.plain(
                    null,
                    "board-configuration.json names no estimation field; "
                            + (id == null
                                    ? "estimates are read only from changelog items named " + ESTIMATE_NAMES
                                    : "guessed " + id + " (\"" + names.get(id) + "\")")));
            changelogNames.addAll(ESTIMATE_NAMES);
        } else {
            changelogNames.add(id);
            if (board.estimationFieldName() != null) {
                changelogNames.add(board.estimationFieldName());
            }
            if (names.get(id) != null) {
                changelogNames.add(names.get(id));
            }
            if (changelogNames.size() == 1) {
                warnings.add(BoardWarning.plain(
                        null,
                        "the name of the estimation field " + id + " is unknown (no "
                                + "\"names\" in the issues, fetch them with expand=names); changelog items named "
                                + ESTIMATE_NAMES + " are taken as its changes"));
                changelogNames.addAll(ESTIMATE_NAMES);
            }
        }
        if (id != null) {
            changelogNames.add(id);
        }
        return new FieldChoice(sprint, id, changelogNames, flag);
    }

    /** The one field with this name; else the field whose values have the shape, with a warning. */
    private String named(String name, Map<String, Integer> shaped, String what) {
        List<String> ids = idsNamed(name);
        if (ids.size() == 1) {
            return ids.get(0);
        }
        String guess = shaped.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .orElse(null);
        if (guess != null) {
            String why = names.isEmpty()
                    ? "the issues carry no \"names\" (fetch them with expand=names)"
                    : ids.isEmpty()
                            ? "no field is named \"" + name + "\""
                            : ids.size() + " fields are named \"" + name + "\" " + ids;
            warnings.add(BoardWarning.plain(
                    null, why + "; " + what + " is taken to be " + guess + ", whose values look like it"));
        }
        return guess;
    }

    private List<String> idsNamed(String name) {
        return names.entrySet().stream()
                .filter(entry -> entry.getValue().equalsIgnoreCase(name))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }
}
