package io.phasegate.core.gate.rules;

import io.phasegate.core.gate.GateRule;
import io.phasegate.core.gate.RuleId;
import io.phasegate.core.gate.RuleResult;
import io.phasegate.core.gate.Violation;
import io.phasegate.core.issue.IssueKey;
import io.phasegate.core.issue.IssueLinkSnapshot;
import io.phasegate.core.issue.IssueSnapshot;
import io.phasegate.core.message.Message;
import io.phasegate.core.message.MessageKey;
import java.util.HashSet;
import java.util.Set;

/**
 * A rule requiring at least {@code min} linked issues of the accepted link types and issue types,
 * such as an RFC linked with "relates to". Names are compared ignoring case, links are read in either
 * direction, an empty set accepts anything, and each linked issue counts once.
 */
public record LinkedIssueRule(Set<String> linkTypes, Set<String> issueTypes, int min) implements GateRule {

    public LinkedIssueRule {
        linkTypes = Names.copyOf(linkTypes, "linkTypes");
        issueTypes = Names.copyOf(issueTypes, "issueTypes");
        if (min < 1) {
            throw new IllegalArgumentException("min must be at least 1: " + min);
        }
    }

    @Override
    public RuleId id() {
        return RuleId.LINKED_ISSUE;
    }

    @Override
    public RuleResult evaluate(IssueSnapshot issue) {
        LinkCriteria criteria = LinkCriteria.ofCopies(linkTypes, issueTypes);
        // A loop, not a stream: this runs for every link of every issue.
        Set<IssueKey> linked = new HashSet<>();
        for (IssueLinkSnapshot link : issue.links()) {
            if (criteria.accepts(link)) {
                linked.add(link.other().key());
            }
        }
        int found = linked.size();
        if (found >= min) {
            return RuleResult.satisfied();
        }
        Object[] accepted = criteria.messageArgs();
        return RuleResult.violated(Violation.onIssue(
                id(), Message.of(MessageKey.LINKED_ISSUE_TOO_FEW, found, min, accepted[0], accepted[1], accepted[2])));
    }

    @Override
    public String toString() {
        return "linkedIssues >= " + min + " [linkTypes=" + linkTypes + ", issueTypes=" + issueTypes + "]";
    }
}
