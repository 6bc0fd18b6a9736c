package io.phasegate.core.gate;

import io.phasegate.core.issue.FieldRef;
import io.phasegate.core.issue.IssueSnapshot;
import java.util.Set;

/**
 * One readiness rule of a gate. Implementations are small, immutable and stateless, and their
 * {@code toString()} reads like the rule (for example {@code storyPoints(customfield_10016) > 0}).
 */
public interface GateRule {

    /** The family this rule belongs to. */
    RuleId id();

    /** Evaluates the issue and reports every violation, never only the first. */
    RuleResult evaluate(IssueSnapshot issue);

    /** The fields this rule reads, so adapters load only those from Jira. */
    default Set<FieldRef> fieldsRead() {
        return Set.of();
    }
}
