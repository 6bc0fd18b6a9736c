package io.phasegate.core.gate.rules;

import io.phasegate.core.gate.GateRule;
import io.phasegate.core.gate.Misconfiguration;
import io.phasegate.core.gate.RuleId;
import io.phasegate.core.gate.RuleResult;
import io.phasegate.core.gate.Violation;
import io.phasegate.core.gate.criteria.CriteriaAnalysis;
import io.phasegate.core.gate.criteria.CriteriaAnalyzer;
import io.phasegate.core.issue.FieldRef;
import io.phasegate.core.issue.FieldValue;
import io.phasegate.core.issue.IssueSnapshot;
import io.phasegate.core.issue.RichText;
import io.phasegate.core.message.Message;
import io.phasegate.core.message.MessageKey;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Requires acceptance criteria that are not empty and not a placeholder such as {@code TBD},
 * optionally at least a number of them, and optionally each written as Given … When … Then. Reads
 * like {@code acceptanceCriteria(customfield_10100) items>=2 gwt}.
 */
public final class AcceptanceCriteriaRule implements GateRule {
    private static final CriteriaAnalyzer ANALYZER = CriteriaAnalyzer.withDefaults();

    private final CriteriaSource source;
    private final int minItems;
    private final boolean requireGivenWhenThen;

    /**
     * @param source where the criteria are
     * @param minItems how many criteria are needed at least; 1 means just "not empty"
     * @param requireGivenWhenThen whether every criterion must read Given … When … Then
     */
    public AcceptanceCriteriaRule(CriteriaSource source, int minItems, boolean requireGivenWhenThen) {
        this.source = Objects.requireNonNull(source, "source");
        if (minItems < 1) {
            throw new IllegalArgumentException("minItems must be at least 1, was " + minItems);
        }
        this.minItems = minItems;
        this.requireGivenWhenThen = requireGivenWhenThen;
    }

    public CriteriaSource source() {
        return source;
    }

    public int minItems() {
        return minItems;
    }

    public boolean requireGivenWhenThen() {
        return requireGivenWhenThen;
    }

    @Override
    public Set<FieldRef> fieldsRead() {
        return Set.of(source.field());
    }

    @Override
    public RuleId id() {
        return RuleId.ACCEPTANCE_CRITERIA;
    }

    @Override
    public RuleResult evaluate(IssueSnapshot issue) {
        FieldRef field = source.field();
        if (source instanceof CriteriaSource.Field && !issue.fieldExists(field)) {
            return misconfigured(MessageKey.GATE_MISCONFIGURED_FIELD_MISSING, field);
        }
        Optional<RichText> text = asText(issue.field(field).orElseGet(FieldValue::empty));
        if (text.isEmpty()) {
            return misconfigured(MessageKey.AC_FIELD_NOT_TEXT, field);
        }
        CriteriaAnalysis analysis = source instanceof CriteriaSource.DescriptionSection section
                ? ANALYZER.analyzeSection(text.get(), section.heading())
                : ANALYZER.analyzeWhole(text.get());
        List<Violation> violations = new CriteriaViolations(source, minItems, requireGivenWhenThen).of(analysis);
        return violations.isEmpty() ? RuleResult.satisfied() : RuleResult.violated(violations);
    }

    /** Text as it is; a list of values (such as a multi-line list field) one value per line. */
    private static Optional<RichText> asText(FieldValue value) {
        if (value instanceof FieldValue.Text text) {
            return Optional.of(text.text());
        }
        if (value instanceof FieldValue.Items items) {
            return Optional.of(new RichText.Plain(String.join("\n", items.values())));
        }
        return value instanceof FieldValue.Empty ? Optional.of(new RichText.Plain("")) : Optional.empty();
    }

    private RuleResult misconfigured(MessageKey key, FieldRef field) {
        return RuleResult.misconfigured(new Misconfiguration(id(), Message.of(key, field.id())));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AcceptanceCriteriaRule that
                && source.equals(that.source)
                && minItems == that.minItems
                && requireGivenWhenThen == that.requireGivenWhenThen;
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, minItems, requireGivenWhenThen);
    }

    @Override
    public String toString() {
        return "acceptanceCriteria(" + source + ")" + (minItems > 1 ? " items>=" + minItems : "")
                + (requireGivenWhenThen ? " gwt" : "");
    }
}
