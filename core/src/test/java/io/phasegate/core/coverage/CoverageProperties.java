package io.phasegate.core.coverage;

import static io.phasegate.core.testing.IssueSnapshots.anIssue;
import static io.phasegate.core.testing.IssueSnapshots.linkedIssue;
import static org.assertj.core.api.Assertions.assertThat;

import io.phasegate.core.gate.MisconfigurationPolicy;
import io.phasegate.core.issue.FieldValue;
import io.phasegate.core.issue.IssueKey;
import io.phasegate.core.issue.IssueSnapshot;
import io.phasegate.core.testing.IssueSnapshots;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class CoverageProperties {
    private final CoverageMetrics metrics =
            new CoverageMetrics(EligibleSet.allStandardTypes(), MisconfigurationPolicy.BLOCK);

    @Property(tries = 200)
    void everyCoverageLiesInZeroToOneAndMatchesItsOffendingIssues(
            @ForAll @Size(max = 12) List<@IntRange(min = 0, max = 63) Integer> shapes) {
        List<IssueSnapshot> issues = issues(shapes);
        List<CoverageResult> results = List.of(
                metrics.storyPoints(CoverageMetricsTest.POINTS_RULE, issues),
                metrics.acceptanceCriteria(CoverageMetricsTest.AC_RULE, issues),
                metrics.functionalTests(CoverageMetricsTest.TEST_RULE, issues));
        for (CoverageResult result : results) {
            if (result.measured() == 0) {
                assertThat(result.value()).isNull();
                continue;
            }
            assertThat(result.value()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
            BigDecimal expected =
                    Shares.of(result.measured() - result.offending().size(), result.measured());
            assertThat(result.value()).isEqualByComparingTo(expected);
            assertThat(result.byRule())
                    .allSatisfy(rule -> assertThat(rule.value()).isBetween(BigDecimal.ZERO, BigDecimal.ONE));
        }
    }

    @Property(tries = 200)
    void deliveredValueCoverageLiesInZeroToOne(
            @ForAll @Size(max = 12) List<@IntRange(min = 0, max = 63) Integer> shapes) {
        List<IssueSnapshot> issues = issues(shapes);
        Map<IssueKey, BigDecimal> points = new HashMap<>();
        issues.forEach(issue ->
                points.put(issue.key(), BigDecimal.valueOf(issue.key().value().length() % 4)));

        CoverageResult m41 = metrics.deliveredValue(
                "tests", List.of(CoverageMetricsTest.TEST_RULE, CoverageMetricsTest.AC_RULE), issues, points);

        if (m41.defined()) {
            assertThat(m41.value()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
        } else {
            assertThat(m41.notes()).contains("no-delivered-points");
        }
    }

    /** Each shape's bits choose: points missing/0/5, AC empty/placeholder/real, a test or not, an epic or not. */
    private static List<IssueSnapshot> issues(List<Integer> shapes) {
        List<IssueSnapshot> issues = new ArrayList<>();
        for (int i = 0; i < shapes.size(); i++) {
            int shape = shapes.get(i);
            IssueSnapshots issue = anIssue("PG-" + (i + 1)).type((shape & 32) != 0 ? "Epic" : "Story");
            switch (shape & 3) {
                case 0 -> issue.withoutValue(CoverageMetricsTest.POINTS);
                case 1 -> issue.with(CoverageMetricsTest.POINTS, 0);
                default -> issue.with(CoverageMetricsTest.POINTS, 5);
            }
            switch ((shape >> 2) & 3) {
                case 0 -> issue.withoutValue(CoverageMetricsTest.AC);
                case 1 -> issue.with(CoverageMetricsTest.AC, FieldValue.wiki("* TBD"));
                default -> issue.with(CoverageMetricsTest.AC, FieldValue.wiki("* Totals are rounded"));
            }
            if ((shape & 16) != 0) {
                issue.testedBy(linkedIssue("PG-" + (100 + i), "Test", "Open"));
            }
            issues.add(issue.build());
        }
        return issues;
    }
}
