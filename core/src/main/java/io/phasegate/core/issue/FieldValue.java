package io.phasegate.core.issue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** The value of one field on an issue, reduced to what the engine reasons about. */
public sealed interface FieldValue {

    /** The field exists for the issue but holds no value (Jira's {@code null}). */
    record Empty() implements FieldValue {}

    /** A number, such as story points. */
    record Number(BigDecimal value) implements FieldValue {
        public Number {
            Objects.requireNonNull(value, "value");
        }
    }

    /** Text in one of Jira's formats. */
    record Text(RichText text) implements FieldValue {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Several entries: a multi-select, labels, a list of test-case names, an option's value. */
    record Items(List<String> values) implements FieldValue {
        public Items {
            values = List.copyOf(values);
        }
    }

    static FieldValue empty() {
        return new Empty();
    }

    static FieldValue number(BigDecimal value) {
        return new Number(value);
    }

    static FieldValue number(double value) {
        return new Number(BigDecimal.valueOf(value));
    }

    static FieldValue plain(String text) {
        return new Text(new RichText.Plain(text));
    }

    static FieldValue wiki(String markup) {
        return new Text(new RichText.WikiMarkup(markup));
    }

    static FieldValue items(List<String> values) {
        return new Items(values);
    }
}
