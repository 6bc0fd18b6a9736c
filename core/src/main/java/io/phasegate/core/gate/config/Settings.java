package io.phasegate.core.gate.config;

import io.phasegate.core.issue.FieldRef;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The values {@link SettingReader} read from one rule object, by key. Only used to build a rule once
 * reading found no problem, so every required value is there.
 */
final class Settings {

    private final Map<String, Object> values;

    Settings(Map<String, Object> values) {
        this.values = Map.copyOf(values);
    }

    String choice(String key) {
        return (String) ((Optional<?>) values.get(key)).orElseThrow();
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    Optional<String> text(String key) {
        return ((Optional<?>) values.get(key)).map(String.class::cast);
    }

    Optional<FieldRef> field(String key) {
        return ((Optional<?>) values.get(key)).map(FieldRef.class::cast);
    }

    boolean flag(String key) {
        return (Boolean) values.get(key);
    }

    int count(String key) {
        return (Integer) values.get(key);
    }

    @SuppressWarnings("unchecked")
    Set<String> names(String key) {
        return (Set<String>) values.get(key);
    }
}
