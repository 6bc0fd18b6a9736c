package io.phasegate.core.gate.config;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One setting of a rule in the gate configuration format: its key, its JSON shape, whether it is
 * required, its default and its limits. {@link RuleParser} reads every rule through these
 * descriptions, and the Cloud configuration page reads the same descriptions (exported as JSON), so
 * both check a setting the same way.
 *
 * @param fallback the value when the key is absent: a String, Boolean or Integer, or {@code null}
 * @param choices the allowed values of a {@link SettingType#CHOICE}, in the order messages list them
 * @param max the largest allowed {@link SettingType#COUNT}; the smallest is always 1
 * @param needsLetterOrDigit whether a {@link SettingType#TEXT} must contain a letter or digit
 * @param onlyWhen read only when another (earlier) choice took a given value
 * @param inferred how a {@link SettingType#CHOICE} left out is inferred from other keys
 */
public record RuleSetting(
        String key,
        SettingType type,
        boolean required,
        Object fallback,
        List<String> choices,
        int max,
        boolean needsLetterOrDigit,
        Optional<Condition> onlyWhen,
        Optional<Inference> inferred) {

    public RuleSetting {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        choices = List.copyOf(choices);
        Objects.requireNonNull(onlyWhen, "onlyWhen");
        Objects.requireNonNull(inferred, "inferred");
    }

    /**
     * The setting is read only when the choice {@code setting} is {@code value}; with another value,
     * giving this key is a conflict reported as "cannot be combined with {@code conflictWith}". When
     * the choice itself is wrong the setting is not read at all.
     */
    public record Condition(String setting, String value, String conflictWith) {}

    /** A choice left out is {@code value} when {@code whenPresent} is given and {@code whenAbsent} is not. */
    public record Inference(String value, String whenPresent, String whenAbsent) {}

    /** An optional setting without default. */
    public static RuleSetting setting(String key, SettingType type) {
        return new RuleSetting(key, type, false, null, List.of(), 0, false, Optional.empty(), Optional.empty());
    }

    /** A whole number from 1 to {@code max}, 1 when absent. */
    public static RuleSetting count(String key, int max) {
        return new RuleSetting(
                key, SettingType.COUNT, false, 1, List.of(), max, false, Optional.empty(), Optional.empty());
    }

    /** One of {@code choices}, {@code fallback} when absent. */
    public static RuleSetting choice(String key, List<String> choices, String fallback) {
        return new RuleSetting(
                key, SettingType.CHOICE, false, fallback, choices, 0, false, Optional.empty(), Optional.empty());
    }

    RuleSetting asRequired() {
        return new RuleSetting(key, type, true, fallback, choices, max, needsLetterOrDigit, onlyWhen, inferred);
    }

    RuleSetting withDefault(Object value) {
        return new RuleSetting(key, type, required, value, choices, max, needsLetterOrDigit, onlyWhen, inferred);
    }

    RuleSetting needingLetterOrDigit() {
        return new RuleSetting(key, type, required, fallback, choices, max, true, onlyWhen, inferred);
    }

    RuleSetting onlyWhen(String setting, String value, String conflictWith) {
        return new RuleSetting(
                key,
                type,
                required,
                fallback,
                choices,
                max,
                needsLetterOrDigit,
                Optional.of(new Condition(setting, value, conflictWith)),
                inferred);
    }

    RuleSetting inferredAs(String value, String whenPresent, String whenAbsent) {
        return new RuleSetting(
                key,
                type,
                required,
                fallback,
                choices,
                max,
                needsLetterOrDigit,
                onlyWhen,
                Optional.of(new Inference(value, whenPresent, whenAbsent)));
    }
}
