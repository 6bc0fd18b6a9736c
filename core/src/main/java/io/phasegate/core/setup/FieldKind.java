package io.phasegate.core.setup;

/** The kind of value a custom field holds, as far as set-up needs to know to create or reuse it. */
public enum FieldKind {
    /** Multi-line text (wiki markup in Data Center). */
    TEXT_AREA,
    /** Single-line text. */
    TEXT_FIELD,
    /** A number. */
    NUMBER,
    /** One value from a list of options. */
    SELECT,
    /** Several values from a list of options. */
    MULTI_SELECT,
    /** Free labels, like Jira's Labels field. */
    LABELS,
    /** Anything else (dates, users, fields of other apps). */
    OTHER
}
