package io.phasegate.standalone.ingest;

import java.util.Set;

/**
 * Which custom fields hold the sprints, the estimate and the flag, decided once every file has been
 * read. A null id means "not known": sprint lists and flags are then recognised by their shape.
 * {@code estimateNames} are the names (and ids) changelog items use for the estimation field.
 */
record FieldChoice(String sprintField, String estimateField, Set<String> estimateNames, String flagField) {
    FieldChoice {
        estimateNames = Set.copyOf(estimateNames);
    }
}
