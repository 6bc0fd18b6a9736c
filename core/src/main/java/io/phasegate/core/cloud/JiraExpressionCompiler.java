package io.phasegate.core.cloud;

import io.phasegate.core.cloud.CompileProblem.Severity;
import io.phasegate.core.gate.GateRule;
import io.phasegate.core.gate.MisconfigurationPolicy;
import io.phasegate.core.gate.PhaseGate;
import io.phasegate.core.gate.rules.AcceptanceCriteriaRule;
import io.phasegate.core.gate.rules.CriteriaSource;
import io.phasegate.core.gate.rules.FieldPresentRule;
import io.phasegate.core.gate.rules.LinkedIssueRule;
import io.phasegate.core.gate.rules.StoryPointsRule;
import io.phasegate.core.gate.rules.SubtasksPresentRule;
import io.phasegate.core.gate.rules.TestCoverageRule;
import io.phasegate.core.issue.FieldRef;
import io.phasegate.core.message.Message;
import io.phasegate.core.message.MessageKey;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Compiles a gate into one Jira expression for a Jira Cloud workflow validator ({@code
 * jira:workflowValidator}): {@code true} when every rule passes, otherwise the engine's messages for
 * every violation, one per line. What the expression cannot do as the engine does is reported as a
 * {@link CompileProblem}; a rule that cannot be expressed at all blocks every transition with a
 * notice rather than being left out.
 */
public final class JiraExpressionCompiler {
    private final MessagePatterns patterns;
    private final ExpressionLimits limits;

    public JiraExpressionCompiler(MessagePatterns patterns, ExpressionLimits limits) {
        this.patterns = Objects.requireNonNull(patterns, "patterns");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** English messages, Jira's documented limits. */
    public static JiraExpressionCompiler withDefaults() {
        return new JiraExpressionCompiler(MessagePatterns.english(), ExpressionLimits.DOCUMENTED);
    }

    /**
     * Compiles the gate into one expression and, when that exceeds the limits, splits its rules
     * over as few validators as fit (rules stay in order). A rule too big for a validator of its
     * own is an {@link CompileProblem.Severity#OVER_LIMIT} problem at that rule's path.
     */
    public CompiledGate compile(PhaseGate gate) {
        List<CompileProblem> problems = new ArrayList<>();
        List<Clause> clauses = new ArrayList<>();
        for (int i = 0; i < gate.rules().size(); i++) {
            GateRule rule = gate.rules().get(i);
            RuleContext context = new RuleContext("$.rules[" + i + "]", rule, gate.onMisconfiguration(), problems);
            String code = compileRule(rule, context).orElseGet(() -> notChecked(rule));
            Set<FieldRef> expensive = new LinkedHashSet<>();
            rule.fieldsRead().stream().filter(FieldAccess::expensive).forEach(expensive::add);
            Set<FieldRef> perSubtask =
                    rule instanceof StoryPointsRule points && StoryPointsExpression.readsSubtasks(points)
                            ? Set.of(points.field())
                            : Set.of();
            clauses.add(new Clause(i, code, expensive, perSubtask));
        }
        CompiledValidator whole = validator(clauses);
        List<CompiledValidator> validators = fits(whole.size()) ? List.of(whole) : split(clauses);
        LimitCheck check = new LimitCheck(limits, problems);
        for (CompiledValidator validator : validators) {
            check.check(validator, clauses, gate);
        }
        return new CompiledGate(whole.expression(), problems, whole.size(), validators);
    }

    /** Greedy: each rule joins the current validator while it still fits, else starts the next. */
    private List<CompiledValidator> split(List<Clause> clauses) {
        List<CompiledValidator> validators = new ArrayList<>();
        List<Clause> current = new ArrayList<>();
        for (Clause clause : clauses) {
            current.add(clause);
            if (current.size() > 1 && !fits(validator(current).size())) {
                current.remove(current.size() - 1);
                validators.add(validator(current));
                current = new ArrayList<>(List.of(clause));
            }
        }
        validators.add(validator(current));
        return validators;
    }

    private boolean fits(ExpressionSize size) {
        return size.characters() <= limits.maxCharacters()
                && size.leaves() <= limits.maxLeaves()
                && size.expensiveOperations() <= limits.maxExpensiveOperations();
    }

    private static CompiledValidator validator(List<Clause> clauses) {
        String expression =
                "[" + joined(clauses.stream().map(Clause::code).toList()) + "].map(m => m == '' ? true : m)[0]";
        Set<FieldRef> expensive = new LinkedHashSet<>();
        Set<FieldRef> perSubtask = new LinkedHashSet<>();
        clauses.forEach(clause -> {
            expensive.addAll(clause.expensive());
            perSubtask.addAll(clause.perSubtask());
        });
        ExpressionSize size = new ExpressionSize(
                expression.length(), ExpressionText.leaves(expression), expensive.size(), perSubtask.size());
        return new CompiledValidator(
                expression, clauses.stream().map(Clause::index).toList(), size);
    }

    /** One rule's expression, yielding '' when the rule passes, and the custom fields it loads. */
    private record Clause(int index, String code, Set<FieldRef> expensive, Set<FieldRef> perSubtask) {}

    private Optional<String> compileRule(GateRule rule, RuleContext context) {
        for (FieldRef field : rule.fieldsRead()) {
            if (FieldAccess.property(field).isEmpty()) {
                context.problem(Severity.NOT_EXPRESSIBLE, MessageKey.CLOUD_FIELD_NOT_EXPRESSIBLE, field.id());
                return Optional.empty();
            }
            if (context.policy() == MisconfigurationPolicy.ALLOW) {
                context.problem(Severity.APPROXIMATED, MessageKey.CLOUD_FIELD_EXISTENCE);
            }
        }
        if (rule instanceof StoryPointsRule points) {
            context.problem(Severity.APPROXIMATED, MessageKey.CLOUD_STORY_POINTS_TEXT);
            return Optional.of(new StoryPointsExpression(points, property(points.field()), patterns).compile());
        }
        if (rule instanceof TestCoverageRule coverage) {
            String field = coverage.testCasesField()
                    .map(JiraExpressionCompiler::property)
                    .orElse(null);
            return Optional.of(new LinkExpression(patterns).testCoverage(coverage, field));
        }
        if (rule instanceof LinkedIssueRule linked) {
            return Optional.of(new LinkExpression(patterns).linkedIssue(linked));
        }
        if (rule instanceof FieldPresentRule present) {
            return Optional.of(new IssueExpression(patterns).fieldPresent(present, property(present.field())));
        }
        if (rule instanceof SubtasksPresentRule subtasks) {
            return Optional.of(new IssueExpression(patterns).subtasksPresent(subtasks));
        }
        if (rule instanceof AcceptanceCriteriaRule criteria) {
            return criteria(criteria, context);
        }
        context.problem(Severity.NOT_EXPRESSIBLE, MessageKey.CLOUD_RULE_NOT_CHECKED);
        return Optional.empty();
    }

    private Optional<String> criteria(AcceptanceCriteriaRule rule, RuleContext context) {
        if (rule.source() instanceof CriteriaSource.DescriptionSection) {
            context.problem(Severity.NOT_EXPRESSIBLE, MessageKey.CLOUD_SECTION_NOT_EXPRESSIBLE);
            return Optional.empty();
        }
        if (rule.requireGivenWhenThen()) {
            context.problem(Severity.NOT_EXPRESSIBLE, MessageKey.CLOUD_GIVEN_WHEN_THEN_NOT_EXPRESSIBLE);
            return Optional.empty();
        }
        context.problem(Severity.APPROXIMATED, MessageKey.CLOUD_CRITERIA_APPROXIMATED);
        return Optional.of(new IssueExpression(patterns)
                .criteriaField(rule, property(rule.source().field()), context.policy()));
    }

    /** A rule that cannot be expressed blocks with a notice: leaving it out would weaken the gate. */
    private String notChecked(GateRule rule) {
        return MessageTemplate.render(
                patterns.pattern(MessageKey.CLOUD_RULE_NOT_CHECKED),
                List.of(MessageTemplate.constant(rule.toString())));
    }

    private static String property(FieldRef field) {
        return FieldAccess.property(field).orElseThrow();
    }

    /** The non-empty Strings of the clauses, one per line. */
    static String joined(List<String> clauses) {
        return clauses.size() == 1
                ? clauses.get(0)
                : "[" + String.join(", ", clauses) + "].filter(m => m != '').join('\\n')";
    }

    /** Where problems of one rule are reported. */
    private record RuleContext(
            String path, GateRule rule, MisconfigurationPolicy policy, List<CompileProblem> problems) {
        void problem(Severity severity, MessageKey key, Object... more) {
            Object[] args = new Object[more.length + 1];
            args[0] = rule.toString();
            System.arraycopy(more, 0, args, 1, more.length);
            problems.add(new CompileProblem(severity, path, Message.of(key, args)));
        }
    }

    /** Compares each validator's size with Jira's limits. */
    private record LimitCheck(ExpressionLimits limits, List<CompileProblem> problems) {
        void check(CompiledValidator validator, List<Clause> clauses, PhaseGate gate) {
            ExpressionSize size = validator.size();
            String path = validator.rules().size() == clauses.size() ? "$" : validator.rulePaths();
            over(path, size.characters(), limits.maxCharacters(), MessageKey.CLOUD_TOO_LONG);
            over(path, size.leaves(), limits.maxLeaves(), MessageKey.CLOUD_TOO_MANY_LEAVES);
            over(
                    path,
                    size.expensiveOperations(),
                    limits.maxExpensiveOperations(),
                    MessageKey.CLOUD_TOO_MANY_EXPENSIVE);
            int spare = limits.maxExpensiveOperations() - size.expensiveOperations();
            Set<FieldRef> perSubtask = new LinkedHashSet<>();
            validator.rules().forEach(i -> perSubtask.addAll(clauses.get(i).perSubtask()));
            for (FieldRef field : perSubtask) {
                problems.add(new CompileProblem(
                        Severity.APPROXIMATED,
                        path,
                        Message.of(
                                MessageKey.CLOUD_PER_SUBTASK_COST,
                                gate.name(),
                                field.id(),
                                size.expensiveOperations(),
                                Math.max(0, spare / Math.max(1, perSubtask.size())),
                                limits.maxExpensiveOperations())));
            }
        }

        private void over(String path, int value, int limit, MessageKey key) {
            if (value > limit) {
                problems.add(new CompileProblem(Severity.OVER_LIMIT, path, Message.of(key, value, limit)));
            }
        }
    }
}
