package io.phasegate.core.gate.config;

import io.phasegate.core.issue.FieldRef;
import io.phasegate.core.message.MessageKey;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * One JSON object of a gate configuration, read with type checks. Every problem goes to the shared
 * {@link ConfigProblems} and reading goes on with a fallback, so that one parse reports everything.
 */
final class ConfigObject {

    private static final Pattern FIELD_ID = Pattern.compile(GateConfigSchema.FIELD_ID_PATTERN);
    private static final Pattern PLAIN_KEY = Pattern.compile(GateConfigSchema.PLAIN_KEY_PATTERN);

    private static final int PLAIN_DIGITS = 40;

    private final Map<?, ?> values;
    private final String path;
    private final ConfigProblems problems;
    private final int problemsBefore;

    private ConfigObject(Map<?, ?> values, String path, ConfigProblems problems) {
        this.values = values;
        this.path = path;
        this.problems = problems;
        this.problemsBefore = problems.count();
    }

    static Optional<ConfigObject> of(Object value, String path, ConfigProblems problems) {
        if (value instanceof Map<?, ?> map) {
            return Optional.of(new ConfigObject(map, path, problems));
        }
        problems.add(path, MessageKey.CONFIG_EXPECTED_OBJECT, JsonTypes.nameOf(value));
        return Optional.empty();
    }

    String path() {
        return path;
    }

    String pathOf(String key) {
        return PLAIN_KEY.matcher(key).matches() ? path + "." + key : path + "['" + key.replace("'", "\\'") + "']";
    }

    /** Reports a problem on this object's {@code key}. */
    void problem(String key, MessageKey message, Object... args) {
        problems.add(pathOf(key), message, args);
    }

    /** Reports a problem on this object as a whole. */
    void problemHere(MessageKey message, Object... args) {
        problems.add(path, message, args);
    }

    void allowOnly(List<String> keys) {
        for (Object key : values.keySet()) {
            if (!keys.contains(key)) {
                problem(String.valueOf(key), MessageKey.CONFIG_UNKNOWN_KEY, key, String.join(", ", keys));
            }
        }
    }

    /** Whether the key is present; JSON {@code null} counts as absent. */
    boolean has(String key) {
        return values.get(key) != null;
    }

    Optional<String> string(String key) {
        return has(key) ? JsonTypes.text(values.get(key), pathOf(key), problems) : Optional.empty();
    }

    Optional<String> requiredString(String key) {
        return required(key) ? string(key) : Optional.empty();
    }

    Optional<FieldRef> field(String key) {
        return string(key).flatMap(id -> {
            if (FIELD_ID.matcher(id).matches()) {
                return Optional.of(FieldRef.of(id));
            }
            problem(key, MessageKey.CONFIG_BAD_FIELD_ID, id);
            return Optional.empty();
        });
    }

    Optional<FieldRef> requiredField(String key) {
        return required(key) ? field(key) : Optional.empty();
    }

    boolean flag(String key, boolean fallback) {
        Object value = values.get(key);
        if (value == null || value instanceof Boolean) {
            return value == null ? fallback : (Boolean) value;
        }
        problem(key, MessageKey.CONFIG_EXPECTED_BOOLEAN, JsonTypes.nameOf(value));
        return fallback;
    }

    /** A whole number from 1 to {@code max}, or {@code fallback} when absent or wrong. */
    int count(String key, int fallback, int max) {
        Object value = values.get(key);
        if (value == null) {
            return fallback;
        }
        Optional<BigDecimal> number = JsonTypes.decimal(value);
        if (number.isEmpty()) {
            problem(key, MessageKey.CONFIG_EXPECTED_WHOLE_NUMBER, JsonTypes.nameOf(value));
        } else if (number.get().stripTrailingZeros().scale() > 0) {
            problem(key, MessageKey.CONFIG_NOT_WHOLE_NUMBER, shown(number.get()));
        } else if (number.get().compareTo(BigDecimal.ONE) < 0) {
            problem(key, MessageKey.CONFIG_TOO_SMALL, shown(number.get()), 1);
        } else if (number.get().compareTo(BigDecimal.valueOf(max)) > 0) {
            problem(key, MessageKey.CONFIG_TOO_LARGE, shown(number.get()), max);
        } else {
            return number.get().intValueExact();
        }
        return fallback;
    }

    /**
     * The number as written out in a message: plainly ({@code 5000.0}) unless that would take more than
     * {@value #PLAIN_DIGITS} digits around the point, as for {@code 1e999999999}, whose plain form
     * (a billion digits) would exhaust the memory; those are shown as {@code 1E+999999999}.
     */
    static String shown(BigDecimal number) {
        return Math.abs((long) number.scale()) <= PLAIN_DIGITS ? number.toPlainString() : number.toString();
    }

    /** A list of non-blank strings, in order and without duplicates; empty when absent. */
    Set<String> names(String key) {
        Optional<List<?>> list = list(key);
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < list.map(List::size).orElse(0); i++) {
            JsonTypes.text(list.get().get(i), pathOf(key) + "[" + i + "]", problems)
                    .ifPresent(names::add);
        }
        return names;
    }

    Optional<List<?>> list(String key) {
        Object value = values.get(key);
        if (value == null || value instanceof List<?>) {
            return Optional.ofNullable((List<?>) value);
        }
        problem(key, MessageKey.CONFIG_EXPECTED_LIST, JsonTypes.nameOf(value));
        return Optional.empty();
    }

    /** One of the allowed names, mapped to its value; {@code fallback} when absent, empty when wrong. */
    <T> Optional<T> oneOf(String key, Map<String, T> allowed, T fallback) {
        if (!has(key)) {
            return Optional.of(fallback);
        }
        Optional<String> name = string(key);
        if (name.isPresent() && !allowed.containsKey(name.get())) {
            problem(key, MessageKey.CONFIG_UNKNOWN_VALUE, name.get(), String.join(", ", allowed.keySet()));
        }
        return name.map(allowed::get);
    }

    /** The built value, unless reading this object reported a problem (then it must not be built). */
    <T> Optional<T> build(Supplier<T> factory) {
        return problems.count() == problemsBefore ? Optional.of(factory.get()) : Optional.empty();
    }

    private boolean required(String key) {
        if (!has(key)) {
            problem(key, MessageKey.CONFIG_MISSING);
        }
        return has(key);
    }
}
