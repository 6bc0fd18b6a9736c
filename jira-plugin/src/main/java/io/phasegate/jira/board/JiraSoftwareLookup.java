package io.phasegate.jira.board;

import java.util.Optional;

/** Finds Jira Software's board data in the running Jira; Jira Software is an optional app. */
public interface JiraSoftwareLookup {
    /** The board data, or empty when Jira Software (or one of its services) is not there. */
    Optional<BoardDataSource> find();
}
