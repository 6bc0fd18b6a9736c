package io.phasegate.jira.board;

import java.util.Objects;

/**
 * A Jira Software board as the REST resources need it to decide who may see it.
 *
 * @param name the board's name in Jira Software; empty when it has none (each caller then reads "Board 7")
 * @param projectKey the key of the board's project (its location); null when the board has none
 */
public record JiraBoard(long id, String name, String projectKey) {
    public JiraBoard {
        Objects.requireNonNull(name, "name");
    }
}
