package io.phasegate.core.gate.rules;

import io.phasegate.core.gate.RuleId;
import io.phasegate.core.gate.Violation;
import io.phasegate.core.gate.criteria.CriteriaAnalysis;
import io.phasegate.core.gate.criteria.Criterion;
import io.phasegate.core.message.Message;
import io.phasegate.core.message.MessageKey;
import java.util.ArrayList;
import java.util.List;

/** Turns the analysis of an issue's acceptance criteria into every violation of one rule's settings. */
final class CriteriaViolations {
    /** Messages name at most this many criteria or placeholders; a count says how many more. */
    static final int MAX_LISTED = 10;

    private final CriteriaSource source;
    private final int minItems;
    private final int gwt;

    CriteriaViolations(CriteriaSource source, int minItems, boolean requireGivenWhenThen) {
        this.source = source;
        this.minItems = minItems;
        this.gwt = requireGivenWhenThen ? 1 : 0; // a MessageFormat choice adds the Given/When/Then hint
    }

    List<Violation> of(CriteriaAnalysis analysis) {
        return switch (analysis.status()) {
            case MISSING_SECTION -> List.of(violation(MessageKey.AC_SECTION_MISSING, where(), minItems, gwt));
            case EMPTY -> List.of(violation(emptyKey(), where(), minItems, gwt));
            case PLACEHOLDER_ONLY -> List.of(
                    violation(placeholderKey(), where(), listed(analysis.placeholdersFound(), ", "), minItems, gwt));
            case FOUND -> found(analysis);
        };
    }

    private List<Violation> found(CriteriaAnalysis analysis) {
        List<Violation> violations = new ArrayList<>();
        int count = analysis.criteria().size();
        if (count < minItems) {
            violations.add(violation(MessageKey.AC_TOO_FEW, count, minItems, minItems - count));
        }
        List<Criterion> notGwt = analysis.notGivenWhenThen();
        if (gwt == 1 && !notGwt.isEmpty()) {
            violations.add(violation(
                    MessageKey.AC_NOT_GIVEN_WHEN_THEN,
                    notGwt.size(),
                    count,
                    numberedNotGivenWhenThen(analysis.criteria())));
        }
        return violations;
    }

    /** {@code #2 "Users can export…"; #5 "…"}: criteria by their number in the issue, with an excerpt. */
    private static String numberedNotGivenWhenThen(List<Criterion> criteria) {
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            if (!criteria.get(i).givenWhenThen()) {
                entries.add("#" + (i + 1) + " \"" + criteria.get(i).excerpt() + "\"");
            }
        }
        return listed(entries, "; ");
    }

    private static String listed(List<String> entries, String separator) {
        List<String> distinct = entries.stream().distinct().toList();
        String shown = String.join(separator, distinct.subList(0, Math.min(MAX_LISTED, distinct.size())));
        return distinct.size() > MAX_LISTED ? shown + separator + "… (+" + (distinct.size() - MAX_LISTED) + ")" : shown;
    }

    private String where() {
        return source instanceof CriteriaSource.DescriptionSection section
                ? section.heading()
                : source.field().id();
    }

    private MessageKey emptyKey() {
        return source instanceof CriteriaSource.Field ? MessageKey.AC_FIELD_EMPTY : MessageKey.AC_SECTION_EMPTY;
    }

    private MessageKey placeholderKey() {
        return source instanceof CriteriaSource.Field
                ? MessageKey.AC_FIELD_PLACEHOLDER
                : MessageKey.AC_SECTION_PLACEHOLDER;
    }

    private Violation violation(MessageKey key, Object... args) {
        return Violation.onField(RuleId.ACCEPTANCE_CRITERIA, source.field(), Message.of(key, args));
    }
}
