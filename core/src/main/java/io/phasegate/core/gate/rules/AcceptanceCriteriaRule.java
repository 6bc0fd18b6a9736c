// PLACEHOLDER: replaced by branch ac-core
package io.phasegate.core.gate.rules;

import io.phasegate.core.gate.GateRule;
import io.phasegate.core.gate.RuleId;
import io.phasegate.core.gate.RuleResult;
import io.phasegate.core.issue.IssueSnapshot;

/** A rule requiring acceptance criteria on an issue; placeholder until branch ac-core is merged. */
public record AcceptanceCriteriaRule(CriteriaSource source, int minItems, boolean requireGivenWhenThen)
        implements GateRule {

    @Override
    public RuleId id() {
        return RuleId.ACCEPTANCE_CRITERIA;
    }

    @Override
    public RuleResult evaluate(IssueSnapshot issue) {
        throw new UnsupportedOperationException("merged from ac-core");
    }
}
