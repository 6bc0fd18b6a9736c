package io.phasegate.core.cloud;

import static io.phasegate.core.cloud.MessageTemplate.constant;
import static io.phasegate.core.cloud.MessageTemplate.number;
import static io.phasegate.core.cloud.MessageTemplate.text;

import io.phasegate.core.gate.MisconfigurationPolicy;
import io.phasegate.core.gate.criteria.Placeholders;
import io.phasegate.core.gate.rules.AcceptanceCriteriaRule;
import io.phasegate.core.gate.rules.FieldPresentRule;
import io.phasegate.core.gate.rules.SubtasksPresentRule;
import io.phasegate.core.message.MessageKey;
import java.util.List;
import java.util.Locale;

/** The rules on the issue's own fields and sub-tasks as Jira expressions. */
final class IssueExpression {
    private final MessagePatterns patterns;

    IssueExpression(MessagePatterns patterns) {
        this.patterns = patterns;
    }

    String fieldPresent(FieldPresentRule rule, String property) {
        String message = rule.label()
                .map(label -> message(
                        MessageKey.FIELD_PRESENT_EMPTY_LABELLED,
                        constant(label),
                        constant(rule.field().id())))
                .orElseGet(() -> message(
                        MessageKey.FIELD_PRESENT_EMPTY, constant(rule.field().id())));
        return "(" + FieldAccess.entries("issue." + property) + ".length > 0 ? '' : " + message + ")";
    }

    String subtasksPresent(SubtasksPresentRule rule) {
        String ignored = LinkExpression.lowerCased(rule.ignoredStatuses());
        String message = message(
                MessageKey.SUBTASKS_TOO_FEW,
                number("(issue.subtasks.length - g.length)"),
                constant(rule.min()),
                number("g.length"),
                text("g.map(s => s.key + ' (' + s.status.name + ')').join(', ')"));
        return "[issue.subtasks.filter(s => " + ignored + ".includes(s.status.name.trim().toLowerCase()))]"
                + ".map(g => issue.subtasks.length - g.length >= " + rule.min() + " ? '' : " + message + ")[0]";
    }

    /**
     * An acceptance-criteria field read line by line: non-blank lines are criteria unless their
     * letters and digits spell a default placeholder. See docs/cloud.md for where this differs from
     * the engine's reader.
     */
    String criteriaField(AcceptanceCriteriaRule rule, String property, MisconfigurationPolicy policy) {
        String field = rule.source().field().id();
        String notText =
                policy == MisconfigurationPolicy.BLOCK ? message(MessageKey.AC_FIELD_NOT_TEXT, constant(field)) : "''";
        int min = rule.minItems();
        String placeholders =
                "[P].map(d => d.slice(0, 10).join(', ') + (d.length > 10 ? ', … (+' + (d.length - 10) + ')' : ''))[0]";
        String verdict = "(ls.length == 0 ? "
                + message(MessageKey.AC_FIELD_EMPTY, constant(field), constant(min), constant(0))
                + " : c.length == 0 ? [ls.reduce((a, l) => a.includes(l) ? a : a.concat([l]), [])].map(P => "
                + message(
                        MessageKey.AC_FIELD_PLACEHOLDER,
                        constant(field),
                        text(placeholders),
                        constant(min),
                        constant(0))
                + ")[0] : c.length < " + min + " ? "
                + message(MessageKey.AC_TOO_FEW, number("c.length"), constant(min), number("(" + min + " - c.length)"))
                + " : '')";
        return "[issue." + property + "].map(v => typeof v == 'Number' ? " + notText + " : ["
                + FieldAccess.entries("v") + "].map(ls => [ls.filter(l => !" + isPlaceholder() + ")].map(c => "
                + verdict + ")[0])[0])[0]";
    }

    /** The engine's placeholder test reduced to its phrase list, runs of x, lorem ipsum and text without letters. */
    private static String isPlaceholder() {
        List<String> keys = Placeholders.DEFAULT_PHRASES.stream()
                .map(IssueExpression::key)
                .distinct()
                .toList();
        String key = "l.split('').filter(ch => ch.toLowerCase() != ch.toUpperCase() || '0123456789'.includes(ch))"
                + ".join('').toLowerCase()";
        // Keys hold only letters and digits, so one comma-separated literal stands for the list: one
        // syntactic element instead of one per phrase.
        String known = ExpressionText.quote("," + String.join(",", keys) + ",") + ".includes(',' + k + ',')";
        return "[" + key + "].map(k => k == '' || " + known
                + " || k.startsWith('loremipsum') || k.length >= 3 && k.split('').every(ch => ch == 'x'))[0]";
    }

    private static String key(String phrase) {
        StringBuilder key = new StringBuilder();
        phrase.codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
        return key.toString().toLowerCase(Locale.ROOT);
    }

    private String message(MessageKey key, MessageTemplate.Arg... args) {
        return MessageTemplate.render(patterns.pattern(key), List.of(args));
    }
}
