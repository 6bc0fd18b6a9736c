package io.phasegate.core.gate.rules;

import io.phasegate.core.issue.FieldRef;
import io.phasegate.core.issue.FieldValue;
import io.phasegate.core.issue.IssueSnapshot;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/** What one issue's story-points field holds: nothing, something that is not a number, or points. */
sealed interface Estimate {
    /** What {@link BigDecimal#BigDecimal(String)} accepts. */
    Pattern DECIMAL = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");

    /** No value: Jira's null, blank text or an empty selection. Not the same as 0. */
    record Missing() implements Estimate {}

    /** A value that does not parse as a number, such as "lots". */
    record NotANumber(String text) implements Estimate {}

    /** A number of points, which may still be 0 or negative. */
    record Points(BigDecimal value) implements Estimate {
        boolean positive() {
            return value.signum() > 0;
        }

        /** The number as people write it: {@code 5}, not {@code 5.0}. */
        String display() {
            return value.stripTrailingZeros().toPlainString();
        }
    }

    static Estimate of(IssueSnapshot issue, FieldRef field) {
        FieldValue value = issue.field(field).orElseGet(FieldValue::empty);
        if (value instanceof FieldValue.Number number) {
            return new Points(number.value());
        }
        List<String> entries = FieldText.entries(value);
        if (entries.isEmpty()) {
            return new Missing();
        }
        String text = String.join(" ", entries);
        // Checked first so that text such as "lots" costs no exception on every evaluation.
        return (isShortInteger(text) || DECIMAL.matcher(text).matches())
                ? new Points(new BigDecimal(text))
                : new NotANumber(text);
    }

    /** Up to 18 ASCII digits, the usual form of points written as text; {@link #DECIMAL} accepts it too. */
    private static boolean isShortInteger(String text) {
        if (text.isEmpty() || text.length() > 18) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Whether someone put points on the issue; 0 means "not estimated here" and is not counted. */
    default boolean hasPoints() {
        return this instanceof Points points && points.value().signum() != 0;
    }
}
