package io.phasegate.standalone.ingest;

import io.phasegate.core.history.BoardWarning;
import io.phasegate.core.issue.FieldRef;
import io.phasegate.core.sprint.IssueHistory;
import io.phasegate.core.sprint.SprintSnapshot;
import io.phasegate.standalone.jira.RestDataException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a directory of Jira REST responses for one board ({@code board-configuration.json},
 * {@code sprints*.json}, {@code issues*.json} and optionally {@code statuses.json}, see {@code
 * docs/data-files.md}) into {@link BoardData}. Issue files are streamed; odd data becomes warnings,
 * and only unreadable files throw a {@link RestDataException}.
 */
public final class DataDirectory {
    static final String BOARD_FILE = "board-configuration.json";
    static final String STATUS_FILE = "statuses.json";
    private static final Pattern SPRINT_FILES = Pattern.compile("sprints.*\\.json");
    private static final Pattern ISSUE_FILES = Pattern.compile("issues.*\\.json");

    private final Path dir;
    private final List<BoardWarning> warnings = new ArrayList<>();
    private final StatusCatalogue statuses = new StatusCatalogue();
    private final StringPool pool = new StringPool();

    private DataDirectory(Path dir) {
        this.dir = dir;
    }

    /** Reads the board in {@code dir}. */
    public static BoardData read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new RestDataException(dir + ": is not a directory; expected a directory of Jira REST "
                    + "responses (see docs/data-files.md)");
        }
        return new DataDirectory(dir).read();
    }

    private BoardData read() {
        Path boardFile = dir.resolve(BOARD_FILE);
        if (!Files.isRegularFile(boardFile)) {
            throw new RestDataException(dir + ": has no " + BOARD_FILE + "; save the response of "
                    + "GET /rest/agile/1.0/board/{id}/configuration there");
        }
        BoardLayout layout = BoardConfigurationReader.read(boardFile, warnings);
        Path statusFile = dir.resolve(STATUS_FILE);
        if (Files.isRegularFile(statusFile)) {
            StatusListReader.read(statusFile, statuses);
        }
        Map<Long, SprintSnapshot> sprints = new LinkedHashMap<>();
        SprintListReader sprintReader = new SprintListReader(layout.id(), warnings);
        files(SPRINT_FILES, "GET /rest/agile/1.0/board/{id}/sprint").forEach(file -> sprintReader.read(file, sprints));
        Map<String, String> names = new HashMap<>();
        List<RawIssue> raws = new ArrayList<>();
        IssueTally tally = new IssueTally(SprintNames.listedNames(sprints.values()));
        ChangelogReader changelog = new ChangelogReader(estimateCandidates(layout), statuses, pool);
        for (Path file : files(ISSUE_FILES, "GET /rest/api/2/search?expand=changelog,names")) {
            new IssuePageReader(file, names, statuses, changelog, pool).read(raw -> {
                raws.add(raw);
                tally.add(raw);
            });
        }
        noteMissingChangelogs(tally);
        FieldChoice fields = new FieldChooser(names, warnings).choose(layout, tally);
        BoardStatuses board = BoardStatuses.resolve(layout, statuses, warnings);
        Map<String, Long> sprintIdsByName =
                SprintNames.check(sprints.values(), tally.sprintNames(fields.sprintField()), warnings);
        List<IssueHistory> issues = assemble(raws, fields, board, sprintIdsByName);
        String estimation = fields.estimateField() != null ? fields.estimateField() : "Story Points";
        return new BoardData(
                layout,
                board.columns(),
                statuses.categories(),
                FieldRef.of(estimation),
                List.copyOf(sprints.values()),
                issues,
                warnings);
    }

    private List<IssueHistory> assemble(
            List<RawIssue> raws, FieldChoice fields, BoardStatuses board, Map<String, Long> sprintIdsByName) {
        ChangeConverter converter = new ChangeConverter(fields, statuses, sprintIdsByName);
        HistoryAssembler assembler = new HistoryAssembler(fields, statuses, converter, board.mapped(), warnings);
        List<IssueHistory> issues = new ArrayList<>(raws.size());
        Set<String> keys = new HashSet<>(raws.size() * 2);
        for (int i = 0; i < raws.size(); i++) {
            RawIssue raw = raws.set(i, null); // let the raw form go as soon as its history exists
            IssueHistory history = assembler.assemble(raw);
            if (history == null) {
                continue;
            }
            if (keys.add(history.key().value())) {
                issues.add(history);
            } else {
                warnings.add(BoardWarning.plain(
                        history.key(), "(" + raw.where() + ") is listed twice; the first listing is used"));
            }
        }
        return issues;
    }

    private void noteMissingChangelogs(IssueTally tally) {
        int without = tally.withoutChangelog();
        if (without > 0) {
            warnings.add(
                    BoardWarning.plain(
                            null,
                            without + " of " + tally.issues() + " issues have no changelog "
                                    + "(fetch them with expand=changelog): they are taken as they are now, as if never changed"));
        }
    }

    private static Set<String> estimateCandidates(BoardLayout layout) {
        Set<String> names = new LinkedHashSet<>(FieldChooser.ESTIMATE_NAMES);
        if (layout.estimationFieldId() != null) {
            names.add(layout.estimationFieldId());
        }
        if (layout.estimationFieldName() != null) {
            names.add(layout.estimationFieldName());
        }
        return names;
    }

    private List<Path> files(Pattern pattern, String response) {
        List<Path> found;
        try (Stream<Path> listing = Files.list(dir)) {
            found = listing.filter(path ->
                            pattern.matcher(path.getFileName().toString()).matches())
                    .filter(Files::isRegularFile)
                    .sorted(FileOrder.NATURAL)
                    .toList();
        } catch (IOException e) {
            throw new RestDataException(dir + ": cannot be listed (" + e.getMessage() + ")", e);
        }
        if (found.isEmpty()) {
            throw new RestDataException(
                    dir + ": has no " + pattern.pattern().replace(".*\\", "*").replace("\\", "")
                            + "; save the response of " + response + " there");
        }
        return found;
    }
}
