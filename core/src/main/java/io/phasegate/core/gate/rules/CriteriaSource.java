package io.phasegate.core.gate.rules;

import io.phasegate.core.gate.criteria.CriteriaAnalyzer;
import io.phasegate.core.issue.FieldRef;
import io.phasegate.core.issue.IssueSnapshot;
import java.util.Objects;

/** Where an acceptance-criteria rule reads the criteria: a whole field, or a section of the description. */
public sealed interface CriteriaSource {

    /** The heading of the description section unless a gate configures another. */
    String DEFAULT_HEADING = CriteriaAnalyzer.DEFAULT_HEADING;

    /** The field the criteria are read from; violations are reported on it. */
    FieldRef field();

    /** The "Acceptance Criteria" section of the description. */
    static DescriptionSection description() {
        return new DescriptionSection(DEFAULT_HEADING);
    }

    /** The section of the description under another heading, such as {@code Definition of Done}. */
    static DescriptionSection description(String heading) {
        return new DescriptionSection(heading);
    }

    /** The criteria are the whole value of a field, typically a custom "Acceptance Criteria" field. */
    record Field(FieldRef field) implements CriteriaSource {
        public Field {
            Objects.requireNonNull(field, "field");
        }

        @Override
        public String toString() {
            return field.id();
        }
    }

    /**
     * The criteria are the part of the description under a heading or label, such as {@code h2.
     * Acceptance Criteria} or {@code *AC:*}, up to the next heading of the same or a higher level.
     *
     * @param heading the heading text, matched ignoring case, markup and a trailing colon
     */
    record DescriptionSection(String heading) implements CriteriaSource {
        public DescriptionSection {
            Objects.requireNonNull(heading, "heading");
            heading = heading.strip();
            if (heading.codePoints().noneMatch(Character::isLetterOrDigit)) {
                throw new IllegalArgumentException("a section heading needs letters or digits: '" + heading + "'");
            }
        }

        @Override
        public FieldRef field() {
            return IssueSnapshot.DESCRIPTION;
        }

        @Override
        public String toString() {
            return field() + "[\"" + heading + "\"]";
        }
    }
}
