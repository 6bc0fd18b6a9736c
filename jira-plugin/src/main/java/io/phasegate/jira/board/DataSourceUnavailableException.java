package io.phasegate.jira.board;

/** The board data cannot be read; the message says why and what would help. */
public final class DataSourceUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DataSourceUnavailableException(String message) {
        super(message);
    }
}
