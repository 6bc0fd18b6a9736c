package io.phasegate.core.cloud;

import static io.phasegate.core.cloud.ExpressionPart.let;
import static io.phasegate.core.cloud.MessageTemplate.constant;
import static io.phasegate.core.cloud.MessageTemplate.number;
import static io.phasegate.core.cloud.MessageTemplate.text;

import io.phasegate.core.cloud.ExpressionPart.Let;
import io.phasegate.core.gate.rules.LinkedIssueRule;
import io.phasegate.core.gate.rules.TestCoverageRule;
import io.phasegate.core.message.MessageKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The link rules (test-coverage, linked-issue) as Jira expressions. A link matches by its type's
 * name or by the phrase read from the evaluated issue's side ({@code direction} picks {@code inward}
 * or {@code outward}), names compared ignoring case; each linked issue counts once.
 */
final class LinkExpression {
    private final MessagePatterns patterns;
    private final int index;

    LinkExpression(MessagePatterns patterns, int index) {
        this.patterns = patterns;
        this.index = index;
    }

    ExpressionPart testCoverage(TestCoverageRule rule, String fieldProperty) {
        boolean anyLink = rule.linkTypes().isEmpty() && rule.testIssueTypes().isEmpty();
        boolean ignores = !rule.ignoredStatuses().isEmpty();
        List<Let> lets = new ArrayList<>();
        // With only a test-cases field, a link is not a test: the engine counts no links at all.
        // Without ignored statuses only the keys matter.
        String tests = anyLink ? "[]" : accepted(rule.linkTypes(), rule.testIssueTypes(), ignores);
        Let linked = let("L" + index, tests);
        if (ignores || !anyLink) {
            lets.add(linked);
        }
        String l = linked.name();
        List<String> counted = new ArrayList<>();
        MessageTemplate.Arg notCountedCount = constant(0);
        MessageTemplate.Arg notCountedList = constant("");
        if (ignores) {
            String ignored = lowerCased(rule.ignoredStatuses());
            // As the engine: linked tests counted once each, those in an ignored status listed once each.
            Let notCounted =
                    let("N" + index, distinct(l + ".filter(t => " + ignored + ".includes(t.s.trim().toLowerCase()))"));
            lets.add(notCounted);
            counted.add(distinct(l + ".filter(t => !" + ignored + ".includes(t.s.trim().toLowerCase()))") + ".length");
            notCountedCount = number(notCounted.name() + ".length");
            notCountedList = text(notCounted.name() + ".map(t => t.k + ' (' + t.s + ')').join(', ')");
        } else if (!anyLink) {
            counted.add(l + ".reduce((a, k) => a.includes(k) ? a : a.concat([k]), []).length");
        }
        if (fieldProperty != null) {
            Let value = let("v" + index, "issue." + fieldProperty);
            lets.add(value);
            counted.add(FieldAccess.entries(value.name()) + ".length");
        }
        Let found = let("f" + index, counted.isEmpty() ? "0" : String.join(" + ", counted));
        lets.add(found);
        String message = MessageTemplate.render(
                patterns.pattern(MessageKey.TEST_COVERAGE_TOO_FEW),
                List.of(
                        number(found.name()),
                        constant(rule.min()),
                        constant(selector(rule.linkTypes(), rule.testIssueTypes())),
                        constant(quoted(rule.linkTypes())),
                        constant(quoted(rule.testIssueTypes())),
                        constant(rule.testCasesField().isPresent() ? 1 : 0),
                        constant(rule.testCasesField().map(Object::toString).orElse("")),
                        notCountedCount,
                        notCountedList,
                        // Jira Cloud evaluates as the user and names what it lists; nothing is hidden here.
                        constant(0)));
        return ExpressionPart.of(
                pass -> "(" + found.name() + " >= " + rule.min() + " ? " + pass + " : " + message + ")", lets);
    }

    ExpressionPart linkedIssue(LinkedIssueRule rule) {
        Let linked = let("L" + index, accepted(rule.linkTypes(), rule.issueTypes(), false));
        Let found = let("f" + index, linked.name() + ".reduce((a, k) => a.includes(k) ? a : a.concat([k]), []).length");
        String message = MessageTemplate.render(
                patterns.pattern(MessageKey.LINKED_ISSUE_TOO_FEW),
                List.of(
                        number(found.name()),
                        constant(rule.min()),
                        constant(selector(rule.linkTypes(), rule.issueTypes())),
                        constant(quoted(rule.linkTypes())),
                        constant(quoted(rule.issueTypes()))));
        return ExpressionPart.of(
                pass -> "(" + found.name() + " >= " + rule.min() + " ? " + pass + " : " + message + ")", linked, found);
    }

    /**
     * The accepted linked issues in link order: their keys, or {@code {k: key, s: status}} when
     * statuses matter.
     */
    private static String accepted(Set<String> linkTypes, Set<String> issueTypes, boolean withStatus) {
        return "issue.links.filter(l => " + accepts(linkTypes, issueTypes) + ")"
                + (withStatus
                        ? ".map(l => {k: l.linkedIssue.key, s: l.linkedIssue.status.name})"
                        : ".map(l => l.linkedIssue.key)");
    }

    /** The first entry for each key. */
    private static String distinct(String list) {
        return list + ".reduce((a, t) => a.some(u => u.k == t.k) ? a : a.concat([t]), [])";
    }

    private static String accepts(Set<String> linkTypes, Set<String> issueTypes) {
        List<String> conditions = new ArrayList<>();
        if (!linkTypes.isEmpty()) {
            conditions.add("[l.type.name, l.direction == 'outward' ? l.type.outward : l.type.inward]" + ".some(n => "
                    + isOneOf("n.trim().toLowerCase()", linkTypes) + ")");
        }
        if (!issueTypes.isEmpty()) {
            conditions.add(isOneOf("l.linkedIssue.issueType.name.trim().toLowerCase()", issueTypes));
        }
        return conditions.isEmpty() ? "true" : String.join(" && ", conditions);
    }

    /** Whether the lower-cased name is one of the names: {@code ==} for one name, else {@code includes}. */
    private static String isOneOf(String lowerCasedName, Set<String> names) {
        List<String> lower = lowerCasedNames(names);
        return lower.size() == 1
                ? lowerCasedName + " == " + ExpressionText.quote(lower.get(0))
                : ExpressionText.list(lower) + ".includes(" + lowerCasedName + ")";
    }

    static String lowerCased(Collection<String> names) {
        return ExpressionText.list(lowerCasedNames(names));
    }

    private static List<String> lowerCasedNames(Collection<String> names) {
        return names.stream()
                .map(name -> name.strip().toLowerCase(Locale.ROOT))
                .distinct()
                .toList();
    }

    /** The engine's choice: 0 anything, 1 issue types only, 2 link types only, 3 both. */
    private static int selector(Set<String> linkTypes, Set<String> issueTypes) {
        return (linkTypes.isEmpty() ? 0 : 2) + (issueTypes.isEmpty() ? 0 : 1);
    }

    private static String quoted(Collection<String> names) {
        return names.stream().map(name -> '"' + name + '"').collect(Collectors.joining(", "));
    }
}
