package io.phasegate.core.bench;

import static io.phasegate.core.testing.IssueSnapshots.aSubtask;
import static io.phasegate.core.testing.IssueSnapshots.anIssue;
import static io.phasegate.core.testing.IssueSnapshots.linkedIssue;

import io.phasegate.core.gate.GateRule;
import io.phasegate.core.gate.MisconfigurationPolicy;
import io.phasegate.core.gate.PhaseGate;
import io.phasegate.core.gate.config.GateConfigWriter;
import io.phasegate.core.gate.rules.AcceptanceCriteriaRule;
import io.phasegate.core.gate.rules.CriteriaSource;
import io.phasegate.core.gate.rules.FieldPresentRule;
import io.phasegate.core.gate.rules.LinkedIssueRule;
import io.phasegate.core.gate.rules.StoryPointsPolicy;
import io.phasegate.core.gate.rules.StoryPointsRule;
import io.phasegate.core.gate.rules.SubtasksPresentRule;
import io.phasegate.core.gate.rules.TestCoverageRule;
import io.phasegate.core.issue.FieldRef;
import io.phasegate.core.issue.FieldValue;
import io.phasegate.core.issue.IssueLinkSnapshot.Direction;
import io.phasegate.core.issue.IssueSnapshot;
import io.phasegate.core.issue.StatusCategory;
import io.phasegate.core.testing.IssueSnapshots;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The data {@link GateEvaluationBenchmark} measures: a gate of six rules and a Story with 50
 * sub-tasks and 200 issue links, once in a state that the gate blocks with violations from several
 * rules (the worst case: every violation message is built) and once in a state that passes.
 * {@code GateBenchmarkFixtureTest} checks that the fixture is what this comment says.
 */
public final class GateBenchmarkFixture {

    public static final int SUBTASKS = 50;
    public static final int LINKS = 200;

    public static final FieldRef POINTS = FieldRef.of("customfield_10016");
    public static final FieldRef TEST_CASES = FieldRef.of("customfield_10200");
    public static final FieldRef DESIGN = FieldRef.of("customfield_10300");

    /** Wiki markup as Jira Data Center returns it, with a section the acceptance-criteria rule will read. */
    private static final String DESCRIPTION =
            """
            h2. Context
            Customers export their invoices as CSV and PDF from the billing page.

            h3. Acceptance Criteria
            * Given an invoice, when the user exports it as CSV, then every line item is one row
            * Given an invoice in EUR, when it is exported as PDF, then amounts show the euro sign
            * Given a cancelled invoice, when the user opens the export menu, then export is disabled

            h3. Notes
            See the linked RFC for the PDF layout.
            """;

    /** The same description with one criterion not yet in Given/When/Then form. */
    private static final String UNREADY_DESCRIPTION = DESCRIPTION.replace(
            "* Given a cancelled invoice, when the user opens the export menu, then export is disabled",
            "* Export is disabled for cancelled invoices");

    private static final String[] SUBTASK_STATUSES = {"To Do", "In Progress", "In Review", "Done"};
    private static final String[] OTHER_ISSUE_TYPES = {"Story", "Task", "Bug", "Epic", "Spike", "RFC"};
    private static final String[] OTHER_STATUSES = {"Open", "In Progress", "Done", "Closed", "Blocked"};
    private static final int[] FIBONACCI = {1, 2, 3, 5, 8};

    private GateBenchmarkFixture() {}

    /** The six rules, in the order a gate administrator would list them. */
    public static List<GateRule> rules() {
        return List.of(
                new StoryPointsRule(POINTS, StoryPointsPolicy.EVERY_SUBTASK, true),
                new AcceptanceCriteriaRule(CriteriaSource.description(), 2, true),
                new TestCoverageRule(
                        Set.of("is tested by"), Set.of("Test"), Set.of("Obsolete"), Optional.of(TEST_CASES), 3),
                new FieldPresentRule(DESIGN, Optional.of("Architectural design")),
                new LinkedIssueRule(Set.of("relates to"), Set.of("RFC"), 1),
                new SubtasksPresentRule(1, Set.of("Won't do")));
    }

    public static PhaseGate gate() {
        return new PhaseGate("ready-for-development", rules(), MisconfigurationPolicy.BLOCK);
    }

    /** The gate's configuration as the JSON tree a JSON library yields and the parser reads. */
    public static Map<String, Object> configTree() {
        return new GateConfigWriter().toTree(gate());
    }

    /**
     * A Story the gate blocks. Story points: 6 sub-tasks have none, 3 have 0, one has "lots", and the
     * Story carries points of its own as well (counted twice). Test coverage: of 40 "is tested by"
     * links, 2 lead to countable tests (3 needed), 30 to obsolete tests and 8 to bugs; the test-cases
     * field is empty. Acceptance criteria: one of three is not in Given/When/Then form. Design, RFC link and sub-tasks are fine.
     */
    public static IssueSnapshot blockingIssue() {
        IssueSnapshots story =
                story().with(POINTS, 13).with(IssueSnapshot.DESCRIPTION, FieldValue.wiki(UNREADY_DESCRIPTION));
        for (int i = 0; i < SUBTASKS; i++) {
            story.subtasks(subtask(i, blockingPoints(i)));
        }
        addLinks(story, new String[] {"Passed", "Obsolete", "Obsolete"}, 2);
        return story.build();
    }

    /** The same Story once everything is done: same sizes, every rule satisfied. */
    public static IssueSnapshot passingIssue() {
        IssueSnapshots story = story().withoutValue(POINTS);
        for (int i = 0; i < SUBTASKS; i++) {
            story.subtasks(subtask(i, Optional.of(FieldValue.number(FIBONACCI[i % FIBONACCI.length]))));
        }
        addLinks(story, new String[] {"Passed", "Open", "Obsolete"}, Integer.MAX_VALUE);
        return story.build();
    }

    private static IssueSnapshots story() {
        return anIssue("PG-100")
                .type("Story")
                .status("Refinement", StatusCategory.TO_DO)
                .with(IssueSnapshot.DESCRIPTION, FieldValue.wiki(DESCRIPTION))
                .with(DESIGN, "https://wiki.example.com/display/PG/Invoice+export+design")
                .withoutValue(TEST_CASES);
    }

    private static IssueSnapshots subtask(int i, Optional<FieldValue> points) {
        String status = i % 10 == 9 ? "Won't do" : SUBTASK_STATUSES[i % SUBTASK_STATUSES.length];
        IssueSnapshots subtask = aSubtask("PG-" + (101 + i)).status(status);
        return points.map(value -> subtask.with(POINTS, value)).orElseGet(() -> subtask.withoutValue(POINTS));
    }

    /** Mostly numbers, some typed as text; 6 missing, 3 zero, 1 not a number. */
    private static Optional<FieldValue> blockingPoints(int i) {
        if (i % 9 == 0) {
            return Optional.empty();
        }
        if (i % 16 == 5) {
            return Optional.of(FieldValue.number(0));
        }
        if (i == 23) {
            return Optional.of(FieldValue.plain("lots"));
        }
        int points = FIBONACCI[i % FIBONACCI.length];
        return Optional.of(i % 4 == 1 ? FieldValue.plain(Integer.toString(points)) : FieldValue.number(points));
    }

    /**
     * 200 links, each to a different issue: 40 "is tested by" (32 to tests whose statuses cycle
     * through {@code testStatuses}, at most {@code maxCountedTests} of them in a counted status, and
     * 8 to bugs), then 160 of the other usual link types in both directions, to Stories, Tasks, Bugs,
     * Epics, Spikes and RFCs in various statuses.
     */
    private static void addLinks(IssueSnapshots story, String[] testStatuses, int maxCountedTests) {
        int key = 1000;
        int counted = 0;
        for (int i = 0; i < 32; i++) {
            String status = testStatuses[i % testStatuses.length];
            if (!status.equals("Obsolete") && counted++ >= maxCountedTests) {
                status = "Obsolete";
            }
            story.testedBy(linkedIssue("QA-" + key++, "Test", status));
        }
        for (int i = 0; i < 8; i++) {
            story.testedBy(linkedIssue("PG-" + key++, "Bug", OTHER_STATUSES[i % OTHER_STATUSES.length]));
        }
        String[][] others = {
            {"Relates", "relates to", "OUTWARD"},
            {"Relates", "relates to", "INWARD"},
            {"Blocks", "blocks", "OUTWARD"},
            {"Blocks", "is blocked by", "INWARD"},
            {"Cloners", "is cloned by", "INWARD"},
            {"Duplicate", "duplicates", "OUTWARD"},
            {"Problem/Incident", "causes", "OUTWARD"}
        };
        for (int i = 0; i < LINKS - 40; i++) {
            String[] type = others[i % others.length];
            story.link(
                    type[0],
                    type[1],
                    Direction.valueOf(type[2]),
                    linkedIssue(
                            "PG-" + key++,
                            OTHER_ISSUE_TYPES[i % OTHER_ISSUE_TYPES.length],
                            OTHER_STATUSES[i % OTHER_STATUSES.length]));
        }
    }
}
