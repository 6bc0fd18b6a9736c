package io.phasegate.core.cloud;

import static io.phasegate.core.cloud.ExpressionPart.let;
import static io.phasegate.core.cloud.MessageTemplate.constant;
import static io.phasegate.core.cloud.MessageTemplate.number;
import static io.phasegate.core.cloud.MessageTemplate.text;

import io.phasegate.core.cloud.ExpressionPart.Let;
import io.phasegate.core.gate.rules.StoryPointsPolicy;
import io.phasegate.core.gate.rules.StoryPointsRule;
import io.phasegate.core.message.MessageKey;
import java.util.ArrayList;
import java.util.List;

/**
 * A story-points rule as Jira expression parts, one per message the engine can give. An estimate is
 * a Number (points), {@code ''} (missing) or other text, which is not a number here; sub-tasks are
 * {@code {k: key, e: estimate}}.
 */
final class StoryPointsExpression {
    private final StoryPointsRule rule;
    private final String property;
    private final MessagePatterns patterns;
    private final int index;

    StoryPointsExpression(StoryPointsRule rule, String property, MessagePatterns patterns, int index) {
        this.rule = rule;
        this.property = property;
        this.patterns = patterns;
        this.index = index;
    }

    /** Whether every sub-task's value is read, one expensive operation each. */
    static boolean readsSubtasks(StoryPointsRule rule) {
        return rule.policy() != StoryPointsPolicy.ISSUE || rule.forbidParentWhenSubtasksEstimated();
    }

    /** Whether the part reads the sub-tasks' values. */
    static boolean readsSubtasks(ExpressionPart part, int index) {
        return part.lets().stream().anyMatch(let -> let.name().equals("S" + index));
    }

    List<ExpressionPart> compile() {
        List<ExpressionPart> parts = new ArrayList<>();
        Let value = let("v" + index, "issue." + property);
        Let estimate = let("e" + index, estimate(value.name()));
        if (rule.policy() == StoryPointsPolicy.ISSUE) {
            parts.add(ExpressionPart.of(pass -> own(estimate.name(), pass), value, estimate));
        } else {
            Let subtasks = subtasks();
            parts.add(ExpressionPart.of(
                    pass -> "(" + subtasks.name() + ".length == 0 ? " + own(estimate.name(), pass) + " : " + pass + ")",
                    value,
                    estimate,
                    subtasks));
            policyParts(subtasks).forEach(parts::add);
        }
        if (rule.forbidParentWhenSubtasksEstimated()) {
            parts.add(doubleCounted(value, estimate, subtasks()));
        }
        return parts;
    }

    /** The estimate of the value held by the variable, as the engine's {@code Estimate.of} reads it. */
    private static String estimate(String variable) {
        return "typeof " + variable + " == 'Number' ? " + variable + " : " + FieldAccess.entries(variable)
                + ".join(' ')";
    }

    private Let subtasks() {
        return let(
                "S" + index,
                "issue.subtasks.map(s => {k: s.key, e: [s." + property + "].map(v => " + estimate("v") + ")[0]})");
    }

    private String own(String e, String pass) {
        String field = rule.field().id();
        return "(typeof " + e + " == 'Number' ? (" + e + " > 0 ? " + pass + " : "
                + message(MessageKey.STORY_POINTS_NOT_POSITIVE, text("issue.key"), constant(field), number(e))
                + ") : " + e + " == '' ? "
                + message(MessageKey.STORY_POINTS_MISSING, text("issue.key"), constant(field))
                + " : " + message(MessageKey.STORY_POINTS_NOT_A_NUMBER, text("issue.key"), constant(field), text(e))
                + ")";
    }

    private List<ExpressionPart> policyParts(Let subtasks) {
        List<ExpressionPart> parts = new ArrayList<>();
        String notNumber = "typeof t.e != 'Number'";
        if (rule.policy() == StoryPointsPolicy.EVERY_SUBTASK) {
            parts.add(listed(subtasks, "fm", notNumber + " && t.e == ''", MessageKey.STORY_POINTS_SUBTASKS_MISSING));
            parts.add(listed(
                    subtasks,
                    "fp",
                    "typeof t.e == 'Number' && t.e <= 0",
                    MessageKey.STORY_POINTS_SUBTASKS_NOT_POSITIVE));
        }
        parts.add(listed(subtasks, "fx", notNumber + " && t.e != ''", MessageKey.STORY_POINTS_SUBTASKS_NOT_A_NUMBER));
        if (rule.policy() == StoryPointsPolicy.SUM_OF_SUBTASKS) {
            String s = subtasks.name();
            Let sum = let("u" + index, s + ".filter(t => typeof t.e == 'Number').reduce((a, t) => a + t.e, 0)");
            parts.add(ExpressionPart.of(
                    pass -> "(" + s + ".length == 0 || " + sum.name() + " > 0 ? " + pass + " : "
                            + message(
                                    MessageKey.STORY_POINTS_SUBTASK_SUM_NOT_POSITIVE,
                                    number(sum.name()),
                                    number(s + ".length"),
                                    constant(rule.field().id()),
                                    text("issue.key"))
                            + ")",
                    subtasks,
                    sum));
        }
        return parts;
    }

    private ExpressionPart listed(Let subtasks, String name, String failing, MessageKey key) {
        Let found = let(name + index, subtasks.name() + ".filter(t => " + failing + ")");
        String f = found.name();
        return ExpressionPart.of(
                pass -> "(" + f + ".length == 0 ? " + pass + " : "
                        + message(
                                key,
                                number(f + ".length"),
                                number(subtasks.name() + ".length"),
                                constant(rule.field().id()),
                                text(describe(f)))
                        + ")",
                subtasks,
                found);
    }

    private ExpressionPart doubleCounted(Let value, Let estimate, Let subtasks) {
        Let estimated = let("fd" + index, subtasks.name() + ".filter(t => typeof t.e == 'Number' && t.e != 0)");
        String e = estimate.name();
        return ExpressionPart.of(
                pass -> "(typeof " + e + " == 'Number' && " + e + " != 0 && " + estimated.name() + ".length > 0 ? "
                        + message(
                                MessageKey.STORY_POINTS_DOUBLE_COUNTED,
                                text("issue.key"),
                                number(e),
                                constant(rule.field().id()),
                                text(describe(estimated.name())))
                        + " : " + pass + ")",
                value,
                estimate,
                subtasks,
                estimated);
    }

    /** {@code PG-3 (0), PG-4 ("lots"), PG-5}, as the engine lists sub-tasks. */
    private static String describe(String list) {
        return list
                + ".map(t => t.k + (typeof t.e == 'Number' ? ' (' + t.e + ')' : t.e != '' ? ' (\"' + t.e + '\")' : ''))"
                + ".join(', ')";
    }

    private String message(MessageKey key, MessageTemplate.Arg... args) {
        return MessageTemplate.render(patterns.pattern(key), List.of(args));
    }
}
