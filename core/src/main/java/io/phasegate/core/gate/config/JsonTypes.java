package io.phasegate.core.gate.config;

import io.phasegate.core.message.MessageKey;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The JSON side of configuration reading: type names for messages, strings and numbers. */
final class JsonTypes {

    private JsonTypes() {}

    /** The JSON type of a tree value, as named in messages: object, array, string, number... */
    static String nameOf(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Map<?, ?>) {
            return "object";
        }
        if (value instanceof List<?>) {
            return "array";
        }
        if (value instanceof String) {
            return "string";
        }
        if (value instanceof Number) {
            return "number";
        }
        return value instanceof Boolean ? "boolean" : value.getClass().getSimpleName();
    }

    /** A non-blank string, stripped; reports wrong types and blank text at {@code path}. */
    static Optional<String> text(Object value, String path, ConfigProblems problems) {
        if (!(value instanceof String text)) {
            problems.add(path, MessageKey.CONFIG_EXPECTED_STRING, nameOf(value));
            return Optional.empty();
        }
        if (text.isBlank()) {
            problems.add(path, MessageKey.CONFIG_BLANK);
            return Optional.empty();
        }
        return Optional.of(text.strip());
    }

    /** Any number a JSON library yields, exactly; empty for non-numbers, NaN and infinities. */
    static Optional<BigDecimal> decimal(Object value) {
        if (value instanceof BigDecimal decimal) {
            return Optional.of(decimal);
        }
        if (value instanceof BigInteger integer) {
            return Optional.of(new BigDecimal(integer));
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            return Double.isFinite(number) ? Optional.of(BigDecimal.valueOf(number)) : Optional.empty();
        }
        if (value instanceof Number number) {
            return Optional.of(BigDecimal.valueOf(number.longValue()));
        }
        return Optional.empty();
    }
}
