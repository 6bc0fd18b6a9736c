package io.phasegate.core.message;

/**
 * Every message the engine can produce. Each key has a text in {@code i18n/phasegate-core.properties}
 * (a test checks that none is missing).
 */
public enum MessageKey {
    // Keys are appended per rule family; keep them grouped and sorted within a group.
    GATE_MISCONFIGURED_FIELD_MISSING("phasegate.gate.misconfigured.field-missing"),
    GATE_RULE_FAILED_UNEXPECTEDLY("phasegate.gate.misconfigured.rule-error");

    private final String key;

    MessageKey(String key) {
        this.key = key;
    }

    /** The i18n key, such as {@code phasegate.rule.story-points.missing}. */
    public String key() {
        return key;
    }
}
