package io.phasegate.core.cloud;

import static io.phasegate.core.cloud.MessageTemplate.constant;
import static io.phasegate.core.cloud.MessageTemplate.number;
import static io.phasegate.core.cloud.MessageTemplate.text;

import io.phasegate.core.gate.rules.StoryPointsPolicy;
import io.phasegate.core.gate.rules.StoryPointsRule;
import io.phasegate.core.message.MessageKey;
import java.util.ArrayList;
import java.util.List;

/**
 * A story-points rule as a Jira expression. An estimate is an object {@code {t, n, s}}: {@code t}
 * is {@code 'n'} for a number {@code n}, {@code 'm'} for missing, {@code 'x'} for text {@code s}
 * that is not a number; sub-tasks are {@code {k: key, e: estimate}}.
 */
final class StoryPointsExpression {
    private final StoryPointsRule rule;
    private final String property;
    private final MessagePatterns patterns;

    StoryPointsExpression(StoryPointsRule rule, String property, MessagePatterns patterns) {
        this.rule = rule;
        this.property = property;
        this.patterns = patterns;
    }

    /** Whether every sub-task's value is read, one expensive operation each. */
    static boolean readsSubtasks(StoryPointsRule rule) {
        return rule.policy() != StoryPointsPolicy.ISSUE || rule.forbidParentWhenSubtasksEstimated();
    }

    String compile() {
        List<String> clauses = new ArrayList<>();
        if (rule.policy() == StoryPointsPolicy.ISSUE) {
            clauses.add(own());
        } else {
            clauses.add("(S.length == 0 ? " + own() + " : " + policyClauses() + ")");
        }
        if (rule.forbidParentWhenSubtasksEstimated()) {
            clauses.add(doubleCounted());
        }
        String body = JiraExpressionCompiler.joined(clauses);
        String subtasks = readsSubtasks(rule)
                ? "issue.subtasks.map(s => {k: s.key, e: " + estimate("s." + property) + "})"
                : "[]";
        return "[" + estimate("issue." + property) + "].map(o => [" + subtasks + "].map(S => " + body + ")[0])[0]";
    }

    /** What the engine's {@code Estimate.of} reads; text is never parsed as a number here. */
    private static String estimate(String value) {
        return "[" + value + "].map(v => typeof v == 'Number' ? {t: 'n', n: v, s: ''} : ["
                + FieldAccess.entries("v")
                + "].map(e => e.length == 0 ? {t: 'm', n: 0, s: ''} : {t: 'x', n: 0, s: e.join(' ')})[0])[0]";
    }

    private String own() {
        String field = rule.field().id();
        return "(o.t == 'm' ? " + message(MessageKey.STORY_POINTS_MISSING, text("issue.key"), constant(field))
                + " : o.t == 'x' ? "
                + message(MessageKey.STORY_POINTS_NOT_A_NUMBER, text("issue.key"), constant(field), text("o.s"))
                + " : o.n > 0 ? '' : "
                + message(MessageKey.STORY_POINTS_NOT_POSITIVE, text("issue.key"), constant(field), number("o.n"))
                + ")";
    }

    private String policyClauses() {
        List<String> clauses = new ArrayList<>();
        if (rule.policy() == StoryPointsPolicy.EVERY_SUBTASK) {
            clauses.add(listed("t.e.t == 'm'", MessageKey.STORY_POINTS_SUBTASKS_MISSING));
            clauses.add(listed("t.e.t == 'n' && t.e.n <= 0", MessageKey.STORY_POINTS_SUBTASKS_NOT_POSITIVE));
            clauses.add(listed("t.e.t == 'x'", MessageKey.STORY_POINTS_SUBTASKS_NOT_A_NUMBER));
        } else {
            clauses.add(listed("t.e.t == 'x'", MessageKey.STORY_POINTS_SUBTASKS_NOT_A_NUMBER));
            clauses.add(
                    "[S.filter(t => t.e.t == 'n').map(t => t.e.n).reduce((a, b) => a + b, 0)].map(sum => sum > 0 ? '' : "
                            + message(
                                    MessageKey.STORY_POINTS_SUBTASK_SUM_NOT_POSITIVE,
                                    number("sum"),
                                    number("S.length"),
                                    constant(rule.field().id()),
                                    text("issue.key"))
                            + ")[0]");
        }
        return JiraExpressionCompiler.joined(clauses);
    }

    private String listed(String failing, MessageKey key) {
        return "[S.filter(t => " + failing + ")].map(f => f.length == 0 ? '' : "
                + message(
                        key,
                        number("f.length"),
                        number("S.length"),
                        constant(rule.field().id()),
                        text(describe("f")))
                + ")[0]";
    }

    private String doubleCounted() {
        return "[S.filter(t => t.e.t == 'n' && t.e.n != 0)].map(f => o.t == 'n' && o.n != 0 && f.length > 0 ? "
                + message(
                        MessageKey.STORY_POINTS_DOUBLE_COUNTED,
                        text("issue.key"),
                        number("o.n"),
                        constant(rule.field().id()),
                        text(describe("f")))
                + " : '')[0]";
    }

    /** {@code PG-3 (0), PG-4 ("lots"), PG-5}, as the engine lists sub-tasks. */
    private static String describe(String list) {
        return list
                + ".map(t => t.k + (t.e.t == 'n' ? ' (' + t.e.n + ')' : t.e.t == 'x' ? ' (\"' + t.e.s + '\")' : ''))"
                + ".join(', ')";
    }

    private String message(MessageKey key, MessageTemplate.Arg... args) {
        return MessageTemplate.render(patterns.pattern(key), List.of(args));
    }
}
