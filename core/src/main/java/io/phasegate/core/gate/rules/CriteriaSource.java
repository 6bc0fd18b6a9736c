package io.phasegate.core.gate.rules;

import io.phasegate.core.issue.FieldRef;

/** Where an acceptance-criteria rule finds the criteria of an issue. */
public sealed interface CriteriaSource {

    /** The criteria are the entries or lines of a dedicated field. */
    record Field(FieldRef field) implements CriteriaSource {}

    /** The criteria are a section of the description, under a heading such as "Acceptance Criteria". */
    record DescriptionSection(String heading) implements CriteriaSource {}
}
