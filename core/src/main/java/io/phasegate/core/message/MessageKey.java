package io.phasegate.core.message;

/**
 * Every message the engine can produce. Each key has a text in {@code i18n/phasegate-core.properties}
 * (a test checks that none is missing).
 */
public enum MessageKey {
    // Keys are appended per rule family; keep them grouped and sorted within a group.
    GATE_MISCONFIGURED_FIELD_MISSING("phasegate.gate.misconfigured.field-missing"),
    GATE_RULE_FAILED_UNEXPECTEDLY("phasegate.gate.misconfigured.rule-error"),

    // Acceptance criteria (AcceptanceCriteriaRule)
    AC_FIELD_EMPTY("phasegate.rule.acceptance-criteria.field-empty"),
    AC_FIELD_NOT_TEXT("phasegate.rule.acceptance-criteria.field-not-text"),
    AC_FIELD_PLACEHOLDER("phasegate.rule.acceptance-criteria.field-placeholder"),
    AC_NOT_GIVEN_WHEN_THEN("phasegate.rule.acceptance-criteria.not-given-when-then"),
    AC_SECTION_EMPTY("phasegate.rule.acceptance-criteria.section-empty"),
    AC_SECTION_MISSING("phasegate.rule.acceptance-criteria.section-missing"),
    AC_SECTION_PLACEHOLDER("phasegate.rule.acceptance-criteria.section-placeholder"),
    AC_TOO_FEW("phasegate.rule.acceptance-criteria.too-few");

    private final String key;

    MessageKey(String key) {
        this.key = key;
    }

    /** The i18n key, such as {@code phasegate.rule.story-points.missing}. */
    public String key() {
        return key;
    }
}
