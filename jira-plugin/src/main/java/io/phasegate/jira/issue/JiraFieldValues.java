package io.phasegate.jira.issue;

import com.atlassian.jira.issue.customfields.option.Option;
import io.phasegate.core.issue.FieldValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Converts the values Jira's Java API returns for a field into the engine's {@link FieldValue}. */
final class JiraFieldValues {
    private JiraFieldValues() {}

    /**
     * Number fields give {@code Double}, text fields {@code String} (wiki markup), select lists an
     * {@link Option}, multi-value fields a {@code Collection}; anything else is read by its text.
     */
    static FieldValue of(Object value) {
        if (value == null) {
            return FieldValue.empty();
        }
        if (value instanceof Number number) {
            return number(number);
        }
        if (value instanceof String text) {
            return text.isBlank() ? FieldValue.empty() : FieldValue.wiki(text);
        }
        if (value instanceof Collection<?> values) {
            return values.isEmpty() ? FieldValue.empty() : FieldValue.items(texts(values));
        }
        if (value instanceof Map<?, ?> map) {
            // Cascading selects come as a map of level to Option.
            return map.isEmpty() ? FieldValue.empty() : FieldValue.items(texts(map.values()));
        }
        return FieldValue.items(List.of(text(value)));
    }

    private static FieldValue number(Number number) {
        if (number instanceof Double d && (d.isNaN() || d.isInfinite())) {
            return FieldValue.empty();
        }
        return FieldValue.number(new BigDecimal(number.toString()));
    }

    private static List<String> texts(Collection<?> values) {
        List<String> texts = new ArrayList<>();
        for (Object v : values) {
            if (v != null) {
                texts.add(text(v));
            }
        }
        return texts;
    }

    private static String text(Object value) {
        return value instanceof Option option ? option.getValue() : String.valueOf(value);
    }
}
