package io.phasegate.core.coverage;

import io.phasegate.core.gate.RuleId;
import io.phasegate.core.issue.IssueKey;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * How many of the measured issues one gate rule lets pass: the rule as it prints, its family, the
 * share passing (null when there are no issues), the issues it stops, and those it could not judge
 * (misconfigured; they pass or fail as the gate's misconfiguration policy says).
 */
public record RuleCoverage(
        String rule, RuleId family, BigDecimal value, List<IssueKey> offending, List<IssueKey> misconfigured) {
    public RuleCoverage {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(family, "family");
        offending = List.copyOf(offending);
        misconfigured = List.copyOf(misconfigured);
    }
}
