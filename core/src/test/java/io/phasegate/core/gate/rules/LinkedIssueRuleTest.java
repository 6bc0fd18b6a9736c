package io.phasegate.core.gate.rules;

import static io.phasegate.core.issue.IssueLinkSnapshot.Direction.INWARD;
import static io.phasegate.core.issue.IssueLinkSnapshot.Direction.OUTWARD;
import static io.phasegate.core.testing.IssueSnapshots.anIssue;
import static io.phasegate.core.testing.IssueSnapshots.linkedIssue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.phasegate.core.gate.RuleId;
import io.phasegate.core.gate.RuleResult;
import io.phasegate.core.gate.Violation;
import io.phasegate.core.issue.IssueLinkSnapshot.Direction;
import io.phasegate.core.message.Message;
import io.phasegate.core.message.MessageKey;
import io.phasegate.core.testing.EnglishTexts;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkedIssueRuleTest {

    static final LinkedIssueRule RFC_LINKED = new LinkedIssueRule(Set.of("relates to"), Set.of("RFC"), 1);

    @ParameterizedTest(name = "{0}/{1} {2} to a {3} -> {4}")
    @CsvSource({
        "Relates, relates to, OUTWARD, RFC,   true",
        "Relates, relates to, INWARD,  RFC,   true",
        "relates, Relates To, INWARD,  rfc,   true",
        "Blocks,  blocks,     OUTWARD, RFC,   false",
        "Relates, relates to, OUTWARD, Story, false",
    })
    void acceptsTheConfiguredLinkAndIssueTypeInEitherDirection(
            String typeName, String phrase, Direction direction, String otherType, boolean passes) {
        RuleResult result = RFC_LINKED.evaluate(anIssue()
                .link(typeName, phrase, direction, linkedIssue("PG-9", otherType, "Approved"))
                .build());

        assertThat(result.violations().isEmpty()).isEqualTo(passes);
    }

    @Test
    void theSameIssueLinkedTwiceCountsOnce() {
        LinkedIssueRule twoRfcs = new LinkedIssueRule(Set.of(), Set.of("RFC"), 2);

        RuleResult result = twoRfcs.evaluate(anIssue()
                .link("Relates", "relates to", OUTWARD, linkedIssue("PG-9", "RFC", "Approved"))
                .link("Blocks", "is blocked by", INWARD, linkedIssue("PG-9", "RFC", "Approved"))
                .build());

        assertThat(result)
                .isEqualTo(RuleResult.violated(Violation.onIssue(
                        RuleId.LINKED_ISSUE, Message.of(MessageKey.LINKED_ISSUE_TOO_FEW, 1, 2, 1, "", "\"RFC\""))));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "              |     | Found 0 linked issues, 1 required. Link any issue.",
                "              | RFC | Found 0 linked issues, 1 required. Link an issue of type \"RFC\" (any link type).",
                "relates to    |     | Found 0 linked issues, 1 required. Link an issue as \"relates to\".",
                "relates to    | RFC | Found 0 linked issues, 1 required. Link an issue of type \"RFC\" as \"relates to\".",
            })
    void messageSaysWhatToLink(String linkType, String issueType, String expected) {
        LinkedIssueRule rule = new LinkedIssueRule(setOf(linkType), setOf(issueType), 1);

        RuleResult result = rule.evaluate(anIssue().build());

        assertThat(EnglishTexts.render(result.violations().get(0).message())).isEqualTo(expected);
    }

    @Test
    void withoutTypesAnyLinkCounts() {
        LinkedIssueRule anyLink = new LinkedIssueRule(Set.of(), Set.of(), 1);

        RuleResult result = anyLink.evaluate(anIssue()
                .link("Blocks", "blocks", OUTWARD, linkedIssue("PG-9", "Bug", "Open"))
                .build());

        assertThat(result).isEqualTo(RuleResult.satisfied());
    }

    @Test
    void rejectsAMinimumBelowOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> new LinkedIssueRule(Set.of(), Set.of("RFC"), 0));
    }

    @Test
    void printsLikeTheRule() {
        assertThat(RFC_LINKED).hasToString("linkedIssues >= 1 [linkTypes=[relates to], issueTypes=[RFC]]");
    }

    private static Set<String> setOf(String name) {
        return name == null ? Set.of() : Set.of(name);
    }
}
