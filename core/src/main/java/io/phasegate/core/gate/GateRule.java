package io.phasegate.core.gate;

import io.phasegate.core.issue.IssueSnapshot;

/**
 * One readiness rule of a gate. Implementations are small, immutable and stateless, and their
 * {@code toString()} reads like the rule (for example {@code storyPoints(customfield_10016) > 0}).
 */
public interface GateRule {

    /** The family this rule belongs to. */
    RuleId id();

    /** Evaluates the issue and reports every violation, never only the first. */
    RuleResult evaluate(IssueSnapshot issue);
}
