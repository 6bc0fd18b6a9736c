package io.phasegate.core.docs;

import static io.phasegate.core.testing.IssueSnapshots.anIssue;
import static io.phasegate.core.testing.IssueSnapshots.linkedIssue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.phasegate.core.coverage.CoverageMetrics;
import io.phasegate.core.coverage.CoverageResult;
import io.phasegate.core.coverage.DeliveredPoints;
import io.phasegate.core.coverage.EligibleSet;
import io.phasegate.core.gate.GateRule;
import io.phasegate.core.gate.MisconfigurationPolicy;
import io.phasegate.core.gate.PhaseGate;
import io.phasegate.core.gate.rules.AcceptanceCriteriaRule;
import io.phasegate.core.gate.rules.CriteriaSource;
import io.phasegate.core.gate.rules.StoryPointsPolicy;
import io.phasegate.core.gate.rules.StoryPointsRule;
import io.phasegate.core.gate.rules.TestCoverageRule;
import io.phasegate.core.issue.FieldRef;
import io.phasegate.core.issue.FieldValue;
import io.phasegate.core.issue.IssueKey;
import io.phasegate.core.issue.IssueSnapshot;
import io.phasegate.core.issue.StatusCategory;
import io.phasegate.core.sprint.BoardSprints;
import io.phasegate.core.sprint.FlowSettings;
import io.phasegate.core.sprint.MetricResult;
import io.phasegate.core.sprint.SprintHealth;
import io.phasegate.core.sprint.SprintHealthReport;
import io.phasegate.core.sprint.SprintHealthSettings;
import io.phasegate.core.sprint.SprintLedger;
import io.phasegate.core.sprint.SprintSnapshot;
import io.phasegate.core.sprint.TeamCapacity;
import io.phasegate.core.sprint.generator.SyntheticBoard;
import io.phasegate.core.testing.IssueSnapshots;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the user documentation of the metrics, {@code docs/metrics.md}, in step with the code: every
 * metric id the engine emits has a section {@code ### <id> — <name>} with a line {@code Formula
 * version: N} equal to the code's, and every documented id is still emitted.
 *
 * <p>The emitted ids come from running the engine, not from a list kept here: a full {@link
 * SprintHealthReport} of a synthetic board, and every public {@link CoverageMetrics} method that
 * returns a {@link CoverageResult} (a new such method fails this test until it is called below).
 */
class MetricsDocTest {
    /** Surefire runs in the core module's directory; the docs live next to it. */
    static final Path DOC = Path.of("..", "docs", "metrics.md");

    static final Pattern METRIC_HEADING = Pattern.compile("^### (M\\d+[a-z]?) — (\\S.*)$");
    static final Pattern ANY_METRIC_HEADING = Pattern.compile("^#{1,6}\\s*M\\d+[a-z]?\\b.*$");
    static final Pattern SECTION_END = Pattern.compile("^#{1,3} .*$");
    static final Pattern VERSION = Pattern.compile("^Formula version: (\\d+)$");
    static final Pattern LINK = Pattern.compile("\\]\\(#([^)\\s]+)\\)");

    static final FieldRef POINTS = FieldRef.of("customfield_10016");
    static final FieldRef AC = FieldRef.of("customfield_10100");
    static final StoryPointsRule POINTS_RULE = new StoryPointsRule(POINTS, StoryPointsPolicy.ISSUE, false);
    static final AcceptanceCriteriaRule AC_RULE = new AcceptanceCriteriaRule(new CriteriaSource.Field(AC), 1, false);
    static final TestCoverageRule TEST_RULE =
            new TestCoverageRule(Set.of("Tests"), Set.of("Test"), Set.of("Obsolete"), Optional.empty(), 1);

    /** The coverage methods this test calls; any other public CoverageResult method is unknown to it. */
    static final Set<String> COVERAGE_METHODS =
            Set.of("storyPoints", "acceptanceCriteria", "functionalTests", "readyAtCommitment", "deliveredValue");

    private static Map<String, Integer> emitted;
    private static List<String> lines;

    @BeforeAll
    static void computeAndRead() throws IOException {
        emitted = emittedVersions();
        assertThat(DOC)
                .as(
                        "docs/metrics.md not found at %s (working directory %s)",
                        DOC, Path.of("").toAbsolutePath())
                .isRegularFile();
        lines = Files.readAllLines(DOC, StandardCharsets.UTF_8);
    }

    @Test
    void everyEmittedMetricIsDocumentedWithItsFormulaVersionAndNothingElseIs() {
        Map<String, Section> documented = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>(parse(documented));

        for (Map.Entry<String, Integer> metric : emitted.entrySet()) {
            String id = metric.getKey();
            Section section = documented.get(id);
            if (section == null) {
                problems.add(id + " is emitted by the engine but not documented: add a section '### " + id
                        + " — <name>' with the line 'Formula version: " + metric.getValue() + "' to docs/metrics.md");
            } else if (section.version() != null && !section.version().equals(metric.getValue())) {
                problems.add(id + " has formula version " + metric.getValue() + " in the code but "
                        + section.version() + " in docs/metrics.md (line " + section.line()
                        + "): update the section to 'Formula version: " + metric.getValue()
                        + "' and describe what changed");
            }
        }
        for (Section section : documented.values()) {
            if (!emitted.containsKey(section.id())) {
                problems.add(section.id() + " is documented in docs/metrics.md (line " + section.line()
                        + ") but the engine no longer emits it: remove its section (and its table-of-contents entry)");
            }
        }

        if (!problems.isEmpty()) {
            fail("docs/metrics.md is out of step with the metrics the code emits:\n  - "
                    + String.join("\n  - ", problems));
        }
    }

    @Test
    void everyInDocumentLinkPointsAtAHeading() {
        Set<String> anchors = new TreeSet<>();
        for (String line : lines) {
            if (line.startsWith("#")) {
                anchors.add(slug(line.replaceFirst("^#+\\s*", "")));
            }
        }
        List<String> broken = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher link = LINK.matcher(lines.get(i));
            while (link.find()) {
                if (!anchors.contains(link.group(1))) {
                    broken.add("line " + (i + 1) + ": #" + link.group(1));
                }
            }
        }
        assertThat(broken)
                .as("links in docs/metrics.md to headings that do not exist (fix the link or the heading)")
                .isEmpty();
    }

    @Test
    void theTestCallsEveryCoverageMetric() {
        List<String> unknown = Arrays.stream(CoverageMetrics.class.getMethods())
                .filter(method -> method.getReturnType() == CoverageResult.class)
                .filter(method -> Modifier.isPublic(method.getModifiers()))
                .map(Method::getName)
                .filter(name -> !COVERAGE_METHODS.contains(name))
                .toList();
        assertThat(unknown)
                .as("CoverageMetrics has methods this test does not call, so their ids are not checked against"
                        + " docs/metrics.md: call them in MetricsDocTest.coverage() and add them to COVERAGE_METHODS")
                .isEmpty();
    }

    /** The sections of the document, by id; returns the problems found while reading it. */
    private static List<String> parse(Map<String, Section> sections) {
        List<String> problems = new ArrayList<>();
        Section current = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).stripTrailing();
            int number = i + 1;
            if (SECTION_END.matcher(line).matches()) {
                current = close(current, sections, problems);
                Matcher heading = METRIC_HEADING.matcher(line);
                if (heading.matches()) {
                    current = new Section(heading.group(1), number, null);
                    if (sections.containsKey(current.id())) {
                        problems.add(current.id() + " is documented twice in docs/metrics.md (lines "
                                + sections.get(current.id()).line() + " and " + number + "): keep one section");
                    }
                } else if (ANY_METRIC_HEADING.matcher(line).matches()) {
                    problems.add("line " + number + " of docs/metrics.md looks like a metric heading but is not"
                            + " '### <id> — <name>' (three #, the id, a space, an em dash, a space, the name): "
                            + line);
                }
                continue;
            }
            if (ANY_METRIC_HEADING.matcher(line).matches()) {
                problems.add("line " + number + " of docs/metrics.md looks like a metric heading but is not"
                        + " '### <id> — <name>': " + line);
            }
            Matcher version = VERSION.matcher(line.strip());
            if (current != null && version.matches()) {
                if (current.version() != null) {
                    problems.add(current.id() + " has two 'Formula version:' lines in docs/metrics.md (line " + number
                            + "): keep one");
                } else {
                    current = new Section(current.id(), current.line(), Integer.valueOf(version.group(1)));
                }
            }
        }
        close(current, sections, problems);
        return problems;
    }

    private static Section close(Section section, Map<String, Section> sections, List<String> problems) {
        if (section == null) {
            return null;
        }
        if (section.version() == null) {
            problems.add(section.id() + " in docs/metrics.md (line " + section.line()
                    + ") has no line 'Formula version: N': add it"
                    + (emitted.containsKey(section.id()) ? " with N = " + emitted.get(section.id()) : ""));
        }
        sections.putIfAbsent(section.id(), section);
        return null;
    }

    /** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
    static String slug(String heading) {
        return heading.strip()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N} _-]", "")
                .replace(' ', '-');
    }

    /** Every metric id the code emits, with its formula version. */
    private static Map<String, Integer> emittedVersions() {
        Map<String, Integer> versions = new LinkedHashMap<>();
        List<MetricResult> all = new ArrayList<>();
        SyntheticBoard board = SyntheticBoard.generate(20_260_105L, 5, 18, 6);
        SprintHealth health = health(board);
        SprintHealthReport report = null;
        for (SprintSnapshot sprint : board.sprints()) {
            report = health.evaluate(sprint);
            all.addAll(report.metrics());
        }
        coverage(report.ledger()).forEach(result -> all.add(result.toMetric()));
        for (MetricResult metric : all) {
            Integer previous = versions.putIfAbsent(metric.id(), metric.formulaVersion());
            assertThat(previous == null || previous == metric.formulaVersion())
                    .as(
                            "%s is emitted with two formula versions (%s and %s)",
                            metric.id(), previous, metric.formulaVersion())
                    .isTrue();
        }
        return versions;
    }

    /** The engine with a capacity for the generator's people, so that M29 has a value too. */
    private static SprintHealth health(SyntheticBoard board) {
        Map<String, BigDecimal> capacity = new LinkedHashMap<>();
        for (String person : List.of("ana", "bo", "cy", "dee", "eli")) {
            capacity.put(person, BigDecimal.valueOf(8));
        }
        return new SprintHealth(
                new BoardSprints(board.sprints()),
                board.issues(),
                SyntheticBoard.boardConfig(),
                SyntheticBoard.CALENDAR,
                SprintHealthSettings.defaults(),
                board.clock(),
                FlowSettings.defaults(),
                new TeamCapacity(capacity));
    }

    /** M35–M41 over snapshots of the sprint's committed and delivered issues, in varied states of readiness. */
    private static List<CoverageResult> coverage(SprintLedger ledger) {
        CoverageMetrics metrics = new CoverageMetrics(EligibleSet.allStandardTypes(), MisconfigurationPolicy.BLOCK);
        Map<IssueKey, BigDecimal> committedPoints = DeliveredPoints.committed(ledger);
        Map<IssueKey, BigDecimal> deliveredPoints = DeliveredPoints.of(ledger);
        List<IssueSnapshot> committed = snapshots(committedPoints, false);
        List<IssueSnapshot> delivered = snapshots(deliveredPoints, true);
        List<IssueSnapshot> scope = new ArrayList<>(committed);
        scope.add(anIssue("SB-99999").type("Epic").withoutValue(POINTS).build());
        PhaseGate ready = new PhaseGate(
                "Definition of Ready", List.of(POINTS_RULE, AC_RULE, TEST_RULE), MisconfigurationPolicy.BLOCK);
        List<GateRule> tested = List.of(TEST_RULE);
        List<CoverageResult> results = List.of(
                metrics.storyPoints(POINTS_RULE, scope),
                metrics.acceptanceCriteria(AC_RULE, scope),
                metrics.functionalTests(TEST_RULE, scope),
                metrics.readyAtCommitment(ready, committed, committedPoints),
                metrics.deliveredValue("tests", tested, delivered, deliveredPoints));
        assertThat(results).extracting(CoverageResult::id).doesNotContainNull();
        return results;
    }

    private static List<IssueSnapshot> snapshots(Map<IssueKey, BigDecimal> points, boolean done) {
        List<IssueSnapshot> snapshots = new ArrayList<>();
        int n = 0;
        for (Map.Entry<IssueKey, BigDecimal> entry : points.entrySet()) {
            IssueSnapshots issue = anIssue(entry.getKey().value());
            if (entry.getValue().signum() > 0) {
                issue.with(POINTS, entry.getValue().doubleValue());
            } else {
                issue.withoutValue(POINTS);
            }
            issue.with(AC, FieldValue.wiki(n % 3 == 0 ? "* TBD" : "* The export lists every invoice"));
            if (n % 4 != 1) {
                issue.testedBy(linkedIssue("ST-" + (9000 + n), "Test", n % 5 == 0 ? "Obsolete" : "Passed"));
            }
            if (done) {
                issue.status("Done", StatusCategory.DONE);
            }
            snapshots.add(issue.build());
            n++;
        }
        return snapshots;
    }

    record Section(String id, int line, Integer version) {}
}
