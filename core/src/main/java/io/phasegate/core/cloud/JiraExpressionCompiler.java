package io.phasegate.core.cloud;

import io.phasegate.core.cloud.CompileProblem.Severity;
import io.phasegate.core.gate.DefaultGateNames;
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
            List<ExpressionPart> parts =
                    compileRule(rule, context, i).orElseGet(() -> List.of(ExpressionPart.of(pass -> notChecked(rule))));
            Set<FieldRef> expensive = new LinkedHashSet<>();
            rule.fieldsRead().stream().filter(FieldAccess::expensive).forEach(expensive::add);
            for (ExpressionPart part : parts) {
                ExpressionPart chosen = shortenedWhereNeeded(part, expensive, context);
                Set<FieldRef> perSubtask =
                        rule instanceof StoryPointsRule points && StoryPointsExpression.readsSubtasks(chosen, i)
                                ? Set.of(points.field())
                                : Set.of();
                clauses.add(new Clause(i, chosen, expensive, perSubtask));
            }
        }
        CompiledValidator whole = validator(clauses);
        List<List<Clause>> groups = fits(whole.size()) ? List.of(clauses) : split(clauses);
        List<CompiledValidator> validators =
                groups.stream().map(JiraExpressionCompiler::validator).toList();
        LimitCheck check = new LimitCheck(
                limits, problems, DefaultGateNames.shown(gate.name(), name -> patterns.pattern(name.key())));
        for (List<Clause> group : groups) {
            check.check(validator(group), group, validators.size() == 1, gate);
        }
        return new CompiledGate(whole.expression(), problems, whole.size(), validators);
    }

    /** The part, or its brief form when the part alone exceeds the limits and the brief one does not. */
    private ExpressionPart shortenedWhereNeeded(ExpressionPart part, Set<FieldRef> expensive, RuleContext context) {
        if (part.brief().isEmpty()
                || fits(validator(List.of(new Clause(0, part, expensive, Set.of())))
                        .size())) {
            return part;
        }
        ExpressionPart.Brief brief = part.brief().get();
        context.problem(
                Severity.APPROXIMATED,
                MessageKey.CLOUD_BRIEF_MESSAGE,
                brief.replaces().key());
        return brief.part();
    }

    /** Greedy: each part joins the current validator while it still fits, else starts the next. */
    private List<List<Clause>> split(List<Clause> clauses) {
        List<List<Clause>> groups = new ArrayList<>();
        List<Clause> current = new ArrayList<>();
        for (Clause clause : clauses) {
            current.add(clause);
            if (current.size() > 1 && !fits(validator(current).size())) {
                current.remove(current.size() - 1);
                groups.add(current);
                current = new ArrayList<>(List.of(clause));
            }
        }
        groups.add(current);
        return groups;
    }

    private boolean fits(ExpressionSize size) {
        return size.characters() <= limits.maxCharacters()
                && size.leaves() <= limits.maxLeaves()
                && size.expensiveOperations() <= limits.maxExpensiveOperations();
    }

    private static CompiledValidator validator(List<Clause> clauses) {
        String expression =
                ExpressionPart.validator(clauses.stream().map(Clause::part).toList());
        Set<FieldRef> expensive = new LinkedHashSet<>();
        Set<FieldRef> perSubtask = new LinkedHashSet<>();
        clauses.forEach(clause -> {
            expensive.addAll(clause.expensive());
            perSubtask.addAll(clause.perSubtask());
        });
        ExpressionSize size = new ExpressionSize(
                expression.length(), ExpressionText.leaves(expression), expensive.size(), perSubtask.size());
        return new CompiledValidator(
                expression, clauses.stream().map(Clause::index).distinct().toList(), size);
    }

    /** One check of rule {@code index} ('' when it passes), and the custom fields it loads. */
    private record Clause(int index, ExpressionPart part, Set<FieldRef> expensive, Set<FieldRef> perSubtask) {}

    private Optional<List<ExpressionPart>> compileRule(GateRule rule, RuleContext context, int index) {
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
            return Optional.of(new StoryPointsExpression(points, property(points.field()), patterns, index).compile());
        }
        if (rule instanceof TestCoverageRule coverage) {
            String field = coverage.testCasesField()
                    .map(JiraExpressionCompiler::property)
                    .orElse(null);
            return Optional.of(List.of(new LinkExpression(patterns, index).testCoverage(coverage, field)));
        }
        if (rule instanceof LinkedIssueRule linked) {
            return Optional.of(List.of(new LinkExpression(patterns, index).linkedIssue(linked)));
        }
        if (rule instanceof FieldPresentRule present) {
            return Optional.of(
                    List.of(new IssueExpression(patterns, index).fieldPresent(present, property(present.field()))));
        }
        if (rule instanceof SubtasksPresentRule subtasks) {
            return Optional.of(List.of(new IssueExpression(patterns, index).subtasksPresent(subtasks)));
        }
        if (rule instanceof AcceptanceCriteriaRule criteria) {
            return criteria(criteria, context, index);
        }
        context.problem(Severity.NOT_EXPRESSIBLE, MessageKey.CLOUD_RULE_NOT_CHECKED);
        return Optional.empty();
    }

    private Optional<List<ExpressionPart>> criteria(AcceptanceCriteriaRule rule, RuleContext context, int index) {
        if (rule.source() instanceof CriteriaSource.DescriptionSection) {
            context.problem(Severity.NOT_EXPRESSIBLE, MessageKey.CLOUD_SECTION_NOT_EXPRESSIBLE);
            return Optional.empty();
        }
        if (rule.requireGivenWhenThen()) {
            context.problem(Severity.NOT_EXPRESSIBLE, MessageKey.CLOUD_GIVEN_WHEN_THEN_NOT_EXPRESSIBLE);
            return Optional.empty();
        }
        context.problem(Severity.APPROXIMATED, MessageKey.CLOUD_CRITERIA_APPROXIMATED);
        return Optional.of(new IssueExpression(patterns, index)
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
    private record LimitCheck(ExpressionLimits limits, List<CompileProblem> problems, String gateName) {
        void check(CompiledValidator validator, List<Clause> clauses, boolean whole, PhaseGate gate) {
            ExpressionSize size = validator.size();
            String path = whole ? "$" : validator.rulePaths();
            over(path, size.characters(), limits.maxCharacters(), MessageKey.CLOUD_TOO_LONG);
            over(path, size.leaves(), limits.maxLeaves(), MessageKey.CLOUD_TOO_MANY_LEAVES);
            over(
                    path,
                    size.expensiveOperations(),
                    limits.maxExpensiveOperations(),
                    MessageKey.CLOUD_TOO_MANY_EXPENSIVE);
            int spare = limits.maxExpensiveOperations() - size.expensiveOperations();
            Set<FieldRef> perSubtask = new LinkedHashSet<>();
            clauses.forEach(clause -> perSubtask.addAll(clause.perSubtask()));
            for (FieldRef field : perSubtask) {
                add(new CompileProblem(
                        Severity.APPROXIMATED,
                        path,
                        Message.of(
                                MessageKey.CLOUD_PER_SUBTASK_COST,
                                gateName,
                                field.id(),
                                size.expensiveOperations(),
                                Math.max(0, spare / Math.max(1, perSubtask.size())),
                                limits.maxExpensiveOperations())));
            }
        }

        private void over(String path, int value, int limit, MessageKey key) {
            if (value > limit) {
                add(new CompileProblem(Severity.OVER_LIMIT, path, Message.of(key, value, limit)));
            }
        }

        /** Parts of one rule in several validators would report the same problem once each. */
        private void add(CompileProblem problem) {
            if (!problems.contains(problem)) {
                problems.add(problem);
            }
        }
    }
}
