package io.phasegate.core.cloud;

import static io.phasegate.core.cloud.MessageTemplate.constant;
import static io.phasegate.core.cloud.MessageTemplate.number;
import static io.phasegate.core.cloud.MessageTemplate.text;

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

    LinkExpression(MessagePatterns patterns) {
        this.patterns = patterns;
    }

    String testCoverage(TestCoverageRule rule, String fieldProperty) {
        boolean anyLink = rule.linkTypes().isEmpty() && rule.testIssueTypes().isEmpty();
        // With only a test-cases field, a link is not a test: the engine counts no links at all.
        String linked = anyLink ? "[]" : accepted(rule.linkTypes(), rule.testIssueTypes());
        String fieldCount = fieldProperty == null ? "0" : FieldAccess.entries("issue." + fieldProperty) + ".length";
        String ignored = lowerCased(rule.ignoredStatuses());
        // As the engine: linked tests counted once each, those in an ignored status listed once each.
        String notCounted = distinct("L.filter(t => " + ignored + ".includes(t.s.trim().toLowerCase()))");
        String found = distinct("L.filter(t => !" + ignored + ".includes(t.s.trim().toLowerCase()))") + ".length + "
                + fieldCount;
        String message = MessageTemplate.render(
                patterns.pattern(MessageKey.TEST_COVERAGE_TOO_FEW),
                List.of(
                        number("found"),
                        constant(rule.min()),
                        constant(selector(rule.linkTypes(), rule.testIssueTypes())),
                        constant(quoted(rule.linkTypes())),
                        constant(quoted(rule.testIssueTypes())),
                        constant(rule.testCasesField().isPresent() ? 1 : 0),
                        constant(rule.testCasesField().map(Object::toString).orElse("")),
                        number("N.length"),
                        text("N.map(t => t.k + ' (' + t.s + ')').join(', ')")));
        return "[" + linked + "].map(L => [" + notCounted + "].map(N => [" + found + "].map(found => found >= "
                + rule.min() + " ? '' : " + message + ")[0])[0])[0]";
    }

    String linkedIssue(LinkedIssueRule rule) {
        String message = MessageTemplate.render(
                patterns.pattern(MessageKey.LINKED_ISSUE_TOO_FEW),
                List.of(
                        number("L.length"),
                        constant(rule.min()),
                        constant(selector(rule.linkTypes(), rule.issueTypes())),
                        constant(quoted(rule.linkTypes())),
                        constant(quoted(rule.issueTypes()))));
        return "[" + distinct(accepted(rule.linkTypes(), rule.issueTypes())) + "].map(L => L.length >= " + rule.min()
                + " ? '' : " + message + ")[0]";
    }

    /** The accepted linked issues as {@code {k: key, s: status}}, in link order. */
    private static String accepted(Set<String> linkTypes, Set<String> issueTypes) {
        return "issue.links.filter(l => " + accepts(linkTypes, issueTypes) + ")"
                + ".map(l => {k: l.linkedIssue.key, s: l.linkedIssue.status.name})";
    }

    /** The first entry for each key. */
    private static String distinct(String list) {
        return list + ".reduce((a, t) => a.some(u => u.k == t.k) ? a : a.concat([t]), [])";
    }

    private static String accepts(Set<String> linkTypes, Set<String> issueTypes) {
        List<String> conditions = new ArrayList<>();
        if (!linkTypes.isEmpty()) {
            String names = lowerCased(linkTypes);
            conditions.add("(" + names + ".includes(l.type.name.trim().toLowerCase()) || " + names
                    + ".includes((l.direction == 'outward' ? l.type.outward : l.type.inward).trim().toLowerCase()))");
        }
        if (!issueTypes.isEmpty()) {
            conditions.add(lowerCased(issueTypes) + ".includes(l.linkedIssue.issueType.name.trim().toLowerCase())");
        }
        return conditions.isEmpty() ? "true" : String.join(" && ", conditions);
    }

    static String lowerCased(Collection<String> names) {
        return ExpressionText.list(names.stream()
                .map(name -> name.strip().toLowerCase(Locale.ROOT))
                .distinct()
                .toList());
    }

    /** The engine's choice: 0 anything, 1 issue types only, 2 link types only, 3 both. */
    private static int selector(Set<String> linkTypes, Set<String> issueTypes) {
        return (linkTypes.isEmpty() ? 0 : 2) + (issueTypes.isEmpty() ? 0 : 1);
    }

    private static String quoted(Collection<String> names) {
        return names.stream().map(name -> '"' + name + '"').collect(Collectors.joining(", "));
    }
}
