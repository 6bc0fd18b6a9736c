package io.phasegate.core.cloud;

import static io.phasegate.core.cloud.ExpressionPart.let;
import static io.phasegate.core.cloud.MessageTemplate.constant;
import static io.phasegate.core.cloud.MessageTemplate.number;
import static io.phasegate.core.cloud.MessageTemplate.text;

import io.phasegate.core.cloud.ExpressionPart.Let;
import io.phasegate.core.gate.MisconfigurationPolicy;
import io.phasegate.core.gate.criteria.Placeholders;
import io.phasegate.core.gate.rules.AcceptanceCriteriaRule;
import io.phasegate.core.gate.rules.FieldPresentRule;
import io.phasegate.core.gate.rules.SubtasksPresentRule;
import io.phasegate.core.message.MessageKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The rules on the issue's own fields and sub-tasks as Jira expression parts. */
final class IssueExpression {
    private final MessagePatterns patterns;
    private final int index;

    IssueExpression(MessagePatterns patterns, int index) {
        this.patterns = patterns;
        this.index = index;
    }

    ExpressionPart fieldPresent(FieldPresentRule rule, String property) {
        String message = rule.label()
                .map(label -> message(
                        MessageKey.FIELD_PRESENT_EMPTY_LABELLED,
                        constant(label),
                        constant(rule.field().id())))
                .orElseGet(() -> message(
                        MessageKey.FIELD_PRESENT_EMPTY, constant(rule.field().id())));
        Let value = let("v" + index, "issue." + property);
        return ExpressionPart.of(
                pass -> "(" + FieldAccess.entries(value.name()) + ".length > 0 ? " + pass + " : " + message + ")",
                value);
    }

    ExpressionPart subtasksPresent(SubtasksPresentRule rule) {
        if (rule.ignoredStatuses().isEmpty()) {
            String message = message(
                    MessageKey.SUBTASKS_TOO_FEW,
                    number("issue.subtasks.length"),
                    constant(rule.min()),
                    constant(0),
                    constant(""));
            return ExpressionPart.of(pass -> "(issue.subtasks.length >= " + rule.min() + " ? " + pass + " : "
                    + message(
                            MessageKey.SUBTASKS_TOO_FEW,
                            number("issue.subtasks.length"),
                            constant(rule.min()),
                            constant(0),
                            constant(""))
                    + ")");
        }
        String ignored = LinkExpression.lowerCased(rule.ignoredStatuses());
        Let notCounted = let(
                "g" + index,
                "issue.subtasks.filter(s => " + ignored + ".includes(s.status.name.trim().toLowerCase()))");
        String g = notCounted.name();
        String message = message(
                MessageKey.SUBTASKS_TOO_FEW,
                number("(issue.subtasks.length - " + g + ".length)"),
                constant(rule.min()),
                number(g + ".length"),
                text(g + ".map(s => s.key + ' (' + s.status.name + ')').join(', ')"));
        return ExpressionPart.of(
                pass -> "(issue.subtasks.length - " + g + ".length >= " + rule.min() + " ? " + pass + " : " + message
                        + ")",
                notCounted);
    }

    /**
     * An acceptance-criteria field read line by line, one part per message: non-blank lines are
     * criteria unless their letters and digits spell a default placeholder. See docs/cloud.md for
     * where this differs from the engine's reader.
     */
    List<ExpressionPart> criteriaField(AcceptanceCriteriaRule rule, String property, MisconfigurationPolicy policy) {
        String field = rule.source().field().id();
        int min = rule.minItems();
        Let value = let("v" + index, "issue." + property);
        String v = value.name();
        Let lines = let("l" + index, FieldAccess.entries(v));
        String l = lines.name();
        // A number is one line of digits, which is neither empty nor a placeholder: only the count
        // below has to leave numbers to the "does not hold text" part.
        Let criteria = let("c" + index, l + ".filter(l => !" + isPlaceholder("l") + ")");
        String c = criteria.name();
        List<ExpressionPart> parts = new ArrayList<>();
        if (policy == MisconfigurationPolicy.BLOCK) {
            String notText = message(MessageKey.AC_FIELD_NOT_TEXT, constant(field));
            parts.add(ExpressionPart.of(
                    pass -> "(typeof " + v + " == 'Number' ? " + notText + " : " + pass + ")", value));
        }
        String empty = message(MessageKey.AC_FIELD_EMPTY, constant(field), constant(min), constant(0));
        parts.add(ExpressionPart.of(pass -> "(" + l + ".length == 0 ? " + empty + " : " + pass + ")", value, lines));
        String onlyPlaceholders = "(" + l + ".length > 0 && " + c + ".length == 0 ? ";
        String distinct = l + ".reduce((a, x) => a.includes(x) ? a : a.concat([x]), [])";
        String listed = "[" + distinct + "].map(d => d.slice(0, 10).join(', ')"
                + " + (d.length > 10 ? ', … (+' + (d.length - 10) + ')' : ''))[0]";
        String detailedText = placeholderMessage(MessageKey.AC_FIELD_PLACEHOLDER, field, text(listed), min);
        ExpressionPart detailed =
                ExpressionPart.of(pass -> onlyPlaceholders + detailedText + " : " + pass + ")", value, lines, criteria);
        String briefText = placeholderMessage(MessageKey.CLOUD_AC_FIELD_PLACEHOLDER, field, constant(""), min);
        ExpressionPart brief =
                ExpressionPart.of(pass -> onlyPlaceholders + briefText + " : " + pass + ")", value, lines, criteria);
        parts.add(detailed.orBrief(brief, MessageKey.AC_FIELD_PLACEHOLDER));
        if (min > 1) {
            String tooFew = message(
                    MessageKey.AC_TOO_FEW,
                    number(c + ".length", 1, min - 1),
                    constant(min),
                    number("(" + min + " - " + c + ".length)", 1, min - 1));
            parts.add(ExpressionPart.of(
                    pass -> "(typeof " + v + " != 'Number' && " + c + ".length > 0 && " + c + ".length < " + min + " ? "
                            + tooFew + " : " + pass + ")",
                    value,
                    lines,
                    criteria));
        }
        return parts;
    }

    private String placeholderMessage(MessageKey key, String field, MessageTemplate.Arg listed, int min) {
        return message(key, constant(field), listed, constant(min), constant(0));
    }

    /** The engine's placeholder test reduced to its phrase list, runs of x, lorem ipsum and text without letters. */
    private static String isPlaceholder(String line) {
        List<String> keys = Placeholders.DEFAULT_PHRASES.stream()
                .map(IssueExpression::key)
                .distinct()
                .toList();
        String key = line + ".split('').filter(ch => ch.toLowerCase() != ch.toUpperCase() || '0123456789'.includes(ch))"
                + ".join('').toLowerCase()";
        // Keys hold only letters and digits, so one comma-separated literal stands for the list (one
        // syntactic element instead of one per phrase); it starts with ",," for the empty key.
        String known = ExpressionText.quote(",," + String.join(",", keys) + ",") + ".includes(',' + k + ',')";
        return "[" + key + "].map(k => " + known
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
