package io.phasegate.core.readiness;

import io.phasegate.core.issue.FieldRef;
import io.phasegate.core.issue.FieldValue;
import io.phasegate.core.issue.IssueSnapshot;
import io.phasegate.core.issue.RichText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether an RFC is CPO-coordinated: the process refers an initiative spanning two or more business
 * lines to the CPO. The business lines are the distinct entries (ignoring case and blanks) of the
 * RFC's "Business Lines" field: the options of a multi-select, or the lines / comma-separated parts
 * of a text field.
 *
 * @param businessLines the distinct business lines, as first written
 */
public record CpoCoordination(Verdict verdict, List<String> businessLines) {
    /** The label that makes CPO-coordinated RFCs searchable: {@code labels = phasegate-cpo-coordinated}. */
    public static final String LABEL = "phasegate-cpo-coordinated";
    /** The name of the custom field holding the business lines an RFC affects. */
    public static final String BUSINESS_LINES_FIELD = "Business Lines";

    private static final Pattern SEPARATORS = Pattern.compile("[\\r\\n,;]+");

    /** The decision, with the reasons an RFC is not coordinated kept apart for the panel. */
    public enum Verdict {
        COORDINATED,
        SINGLE_LINE,
        NO_LINES,
        /** The Business Lines field does not exist (deleted, renamed): nothing can be decided. */
        FIELD_MISSING,
        /** Only RFCs are referred to the CPO. */
        NOT_AN_RFC
    }

    public CpoCoordination {
        Objects.requireNonNull(verdict, "verdict");
        businessLines = List.copyOf(businessLines);
    }

    /** The rule applied to an issue whose Business Lines field is {@code field} (empty: no such field). */
    public static CpoCoordination assess(IssueSnapshot issue, Optional<FieldRef> field) {
        if (!issue.issueType().equalsIgnoreCase(RelatedIssues.RFC_TYPE)) {
            return new CpoCoordination(Verdict.NOT_AN_RFC, List.of());
        }
        if (field.isEmpty() || !issue.fieldExists(field.get())) {
            return new CpoCoordination(Verdict.FIELD_MISSING, List.of());
        }
        List<String> lines = distinct(issue.field(field.get()).orElseGet(FieldValue::empty));
        Verdict verdict =
                switch (lines.size()) {
                    case 0 -> Verdict.NO_LINES;
                    case 1 -> Verdict.SINGLE_LINE;
                    default -> Verdict.COORDINATED;
                };
        return new CpoCoordination(verdict, lines);
    }

    public boolean coordinated() {
        return verdict == Verdict.COORDINATED;
    }

    /**
     * The issue's labels as they should be, or empty when they are right already. Only a decided
     * RFC changes labels: with the field missing, or on another issue type, the label is left as
     * it is, so nothing anybody set is lost.
     */
    public Optional<Set<String>> labelsAfter(Set<String> labels) {
        boolean has = labels.contains(LABEL);
        if (verdict == Verdict.COORDINATED && !has) {
            Set<String> added = new LinkedHashSet<>(labels);
            added.add(LABEL);
            return Optional.of(added);
        }
        if ((verdict == Verdict.SINGLE_LINE || verdict == Verdict.NO_LINES) && has) {
            Set<String> removed = new LinkedHashSet<>(labels);
            removed.remove(LABEL);
            return Optional.of(removed);
        }
        return Optional.empty();
    }

    private static List<String> distinct(FieldValue value) {
        List<String> entries = new ArrayList<>();
        if (value instanceof FieldValue.Items items) {
            entries.addAll(items.values());
        } else if (value instanceof FieldValue.Text text && !(text.text() instanceof RichText.Adf)) {
            String raw =
                    text.text() instanceof RichText.Plain p ? p.text() : ((RichText.WikiMarkup) text.text()).markup();
            entries.addAll(List.of(SEPARATORS.split(raw)));
        }
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String entry : entries) {
            String stripped = entry == null ? "" : entry.strip();
            if (!stripped.isEmpty()) {
                byKey.putIfAbsent(stripped.toLowerCase(Locale.ROOT), stripped);
            }
        }
        return List.copyOf(byKey.values());
    }
}
