package io.phasegate.core.gate.criteria;

import java.util.List;
import java.util.Objects;

/**
 * What the analysis of an issue's acceptance criteria found.
 *
 * @param status whether usable criteria were found, and if not, why
 * @param criteria the real criteria, in document order; empty unless the status is {@code FOUND}
 * @param placeholdersFound short forms of the placeholder texts that were skipped, such as {@code TBD}
 */
public record CriteriaAnalysis(Status status, List<Criterion> criteria, List<String> placeholdersFound) {

    /** The outcome of looking for criteria. */
    public enum Status {
        /** At least one real criterion. */
        FOUND,
        /** The description has no section with the configured heading. */
        MISSING_SECTION,
        /** The field or section holds no text at all. */
        EMPTY,
        /** The field or section holds text, but only placeholders such as {@code TBD}. */
        PLACEHOLDER_ONLY
    }

    public CriteriaAnalysis {
        Objects.requireNonNull(status, "status");
        criteria = List.copyOf(criteria);
        placeholdersFound = List.copyOf(placeholdersFound);
        if ((status == Status.FOUND) == criteria.isEmpty()) {
            throw new IllegalArgumentException(status + " does not fit " + criteria.size() + " criteria");
        }
    }

    /** No section with the configured heading. */
    public static CriteriaAnalysis missingSection() {
        return new CriteriaAnalysis(Status.MISSING_SECTION, List.of(), List.of());
    }

    /** The analysis of what was found; its status follows from the criteria and placeholders. */
    public static CriteriaAnalysis of(List<Criterion> criteria, List<String> placeholdersFound) {
        Status status = !criteria.isEmpty()
                ? Status.FOUND
                : placeholdersFound.isEmpty() ? Status.EMPTY : Status.PLACEHOLDER_ONLY;
        return new CriteriaAnalysis(status, criteria, placeholdersFound);
    }

    /** The criteria not written as Given … When … Then. */
    public List<Criterion> notGivenWhenThen() {
        return criteria.stream().filter(c -> !c.givenWhenThen()).toList();
    }
}
