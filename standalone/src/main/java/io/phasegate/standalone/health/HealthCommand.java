package io.phasegate.standalone.health;

import io.phasegate.core.app.AssessSprintHealth;
import io.phasegate.core.app.SprintHealthView;
import io.phasegate.core.history.SprintWarnings;
import io.phasegate.core.snapshot.SnapshotStore;
import io.phasegate.core.sprint.DoneDefinition;
import io.phasegate.core.sprint.SprintHealthSettings;
import io.phasegate.core.sprint.SprintSnapshot;
import io.phasegate.core.sprint.SprintState;
import io.phasegate.core.sprint.TeamCapacity;
import io.phasegate.core.sprint.WorkCalendar;
import io.phasegate.standalone.ingest.BoardData;
import io.phasegate.standalone.ingest.DataDirectory;
import io.phasegate.standalone.jira.RestDataException;
import io.phasegate.standalone.snapshot.FileSnapshotStore;
import io.phasegate.standalone.snapshot.SnapshotWarnings;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code phasegate health}: sprint-health metrics of a board from a directory of Jira REST responses. */
@Command(
        name = "health",
        mixinStandardHelpOptions = true,
        description = "Sprint-health metrics (docs/metrics.md, M1-M20) over Jira REST data saved in a directory.")
public final class HealthCommand implements Callable<Integer> {
    static final int BAD_INPUT = 2;

    /** Output formats. */
    enum Format {
        json,
        table
    }

    /** The Done definitions as the option spells them. */
    enum Done {
        RIGHT_MOST_COLUMN("right-most-column", DoneDefinition.RIGHT_MOST_COLUMN),
        STATUS_CATEGORY("status-category", DoneDefinition.STATUS_CATEGORY_DONE);

        final String option;
        final DoneDefinition definition;

        Done(String option, DoneDefinition definition) {
            this.option = option;
            this.definition = definition;
        }
    }

    static final class Which {
        @Option(names = "--sprint", paramLabel = "ID", description = "The sprint to evaluate (its id).")
        Long sprint;

        @Option(names = "--all", description = "Every started sprint of the board.")
        boolean all;
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--data",
            required = true,
            paramLabel = "DIR",
            description = "Directory of Jira REST responses (docs/data-files.md).")
    Path data;

    @ArgGroup(exclusive = true)
    Which which = new Which();

    @Option(
            names = "--format",
            defaultValue = "json",
            paramLabel = "json|table",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(
            names = "--done",
            defaultValue = "right-most-column",
            paramLabel = "right-most-column|status-category",
            converter = DoneConverter.class,
            description = "What counts as Done (default: ${DEFAULT-VALUE}).")
    Done done;

    @Option(
            names = "--working-days",
            defaultValue = "MON-FRI",
            paramLabel = "DAYS",
            description = "Working weekdays, e.g. MON-FRI or SUN-THU (default: ${DEFAULT-VALUE}).")
    String workingDays;

    @Option(
            names = "--holidays",
            split = ",",
            paramLabel = "DATE",
            description = "Non-working dates, e.g. 2026-12-25,2026-12-26.")
    List<String> holidays = new ArrayList<>();

    @Option(
            names = "--zone",
            defaultValue = "UTC",
            paramLabel = "ZONE",
            description = "Time zone in which working days begin (default: ${DEFAULT-VALUE}).")
    String zone;

    @Option(
            names = "--now",
            paramLabel = "INSTANT",
            description = "Evaluate as if it were this instant, e.g. 2026-02-01T12:00:00Z (default: the clock).")
    Instant now;

    /** One way to give M29 its capacity: the team's, shared evenly, or each person's. */
    static final class Capacity {
        @Option(
                names = "--capacity",
                paramLabel = "POINTS",
                description = "The team's capacity in points for the sprint, shared evenly by the people with work"
                        + " in it (M29, docs/metrics.md). Without a capacity M29 says it is unknown.")
        BigDecimal team;

        @Option(
                names = "--capacity-file",
                paramLabel = "FILE",
                description =
                        "Each person's capacity in points for the sprint, as JSON:"
                                + " {\"Ada Lovelace\": 8, \"Grace Hopper\": 5} (names as the issues' assignee field shows them).")
        Path file;

        @Option(
                names = "--person-capacity",
                paramLabel = "NAME=POINTS",
                description = "One person's capacity in points, e.g. \"Ada Lovelace=8\"; repeat for each person.")
        List<String> people;
    }

    @ArgGroup(exclusive = true)
    Capacity capacity = new Capacity();

    @Option(
            names = "--grace",
            defaultValue = "PT0S",
            paramLabel = "DURATION",
            description = "Grace period after the sprint starts during which added work still counts as committed"
                    + " (G1), ISO-8601, e.g. PT30M or PT1H; 0 to PT24H (default: ${DEFAULT-VALUE}).")
    Duration grace;

    @Option(
            names = "--no-snapshots",
            description = "Neither read nor store sprint snapshots (DIR/snapshots/, docs/metrics.md G2):"
                    + " every sprint is reconstructed from the changelogs.")
    boolean noSnapshots;

    @Override
    public Integer call() {
        try {
            Set<DayOfWeek> days = CalendarOptions.workingDays(workingDays);
            ZoneId zoneId = CalendarOptions.zone(zone);
            WorkCalendar calendar = new WorkCalendar(days, CalendarOptions.holidays(holidays), zoneId);
            Clock clock = now == null ? Clock.system(zoneId) : Clock.fixed(now, zoneId);
            if (capacity.team != null && capacity.team.signum() < 0) {
                throw new IllegalArgumentException("--capacity must be the team's capacity in points, 0 or more, not "
                        + capacity.team.toPlainString());
            }
            Optional<PersonCapacity> perPerson = perPerson();
            SprintHealthSettings settings = SprintHealthSettings.defaults().withGrace(grace);
            BoardData board = DataDirectory.read(data);
            AssessSprintHealth health = new AssessSprintHealth(
                    board.boardSprints(),
                    board.issues(),
                    board.boardConfig(done.definition),
                    calendar,
                    settings,
                    clock,
                    snapshots());
            Optional<TeamCapacity> people = perPerson.map(given -> given.against(board.issues(), data));
            List<SprintResult> results = new ArrayList<>();
            for (SprintSnapshot sprint : chosen(board)) {
                SprintHealthView view = people.isPresent()
                        ? health.assess(sprint, people.get())
                        : health.assess(sprint, Optional.ofNullable(capacity.team));
                results.add(new SprintResult(
                        sprint,
                        view.report(),
                        SprintWarnings.with(board.warningsFor(sprint.id()), view.snapshotWarnings())));
            }
            HealthRun run = new HealthRun(board, done.definition, days, results);
            if (format == Format.table) {
                HealthTable.write(run, spec.commandLine().getOut());
            } else {
                HealthJson.write(run, spec.commandLine().getOut());
            }
            return 0;
        } catch (RestDataException | IllegalArgumentException e) {
            spec.commandLine().getErr().println("phasegate health: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return BAD_INPUT;
        }
    }

    /** Each person's capacity, read (and its syntax checked) before the board is. */
    private Optional<PersonCapacity> perPerson() {
        if (capacity.file != null) {
            return Optional.of(PersonCapacity.fromFile(capacity.file));
        }
        return capacity.people == null ? Optional.empty() : Optional.of(PersonCapacity.fromEntries(capacity.people));
    }

    private SnapshotStore snapshots() {
        return noSnapshots
                ? SnapshotStore.DISABLED
                : new FileSnapshotStore(
                        data.resolve(SnapshotWarnings.FOLDER),
                        spec.commandLine().getErr());
    }

    /** --sprint ID, --all, or by default the active sprints, else the last closed one. */
    private List<SprintSnapshot> chosen(BoardData board) {
        if (which.sprint != null) {
            SprintSnapshot sprint = board.sprint(which.sprint)
                    .orElseThrow(() -> new IllegalArgumentException("--sprint " + which.sprint + ": no such sprint in "
                            + "sprints*.json; the board has " + SprintChoice.listing(board.sprints())));
            if (sprint.state() == SprintState.FUTURE) {
                throw new IllegalArgumentException("--sprint " + which.sprint + ": sprint \"" + sprint.name()
                        + "\" has not started; there is no health to measure yet");
            }
            return List.of(sprint);
        }
        List<SprintSnapshot> chosen =
                which.all ? SprintChoice.started(board.sprints()) : SprintChoice.current(board.sprints());
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException(
                    "no started sprint in sprints*.json; the board has " + SprintChoice.listing(board.sprints()));
        }
        return chosen;
    }

    /** Accepts {@code right-most-column} and {@code status-category}. */
    static final class DoneConverter implements CommandLine.ITypeConverter<Done> {
        @Override
        public Done convert(String value) {
            for (Done done : Done.values()) {
                if (done.option.equalsIgnoreCase(value.strip())) {
                    return done;
                }
            }
            throw new CommandLine.TypeConversionException(
                    "'" + value + "' is not right-most-column or status-category");
        }
    }
}
