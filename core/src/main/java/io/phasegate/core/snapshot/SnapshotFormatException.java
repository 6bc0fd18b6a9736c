package io.phasegate.core.snapshot;

/** A stored snapshot that cannot be read: malformed, of another kind, or written in a newer format. */
public final class SnapshotFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public SnapshotFormatException(String message) {
        super(message);
    }
}
