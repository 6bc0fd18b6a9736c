package io.phasegate.core.snapshot;

import io.phasegate.core.message.Message;
import io.phasegate.core.message.MessageKey;
import java.util.List;
import java.util.Objects;

/**
 * A difference between a stored snapshot and what the changelogs reconstruct now, or a problem with
 * a stored snapshot. The stored snapshot is what the metrics report; the warning says what changed
 * since it was taken (a changelog rewrite, a reopen, a board-filter change) so that nobody is puzzled.
 *
 * @param code what kind of warning: {@code snapshot-total-differs}, {@code snapshot-issue-differs},
 *     {@code snapshot-issue-missing} (stored, not reconstructed), {@code snapshot-issue-extra}
 *     (reconstructed, not stored), {@code snapshot-more-differences}, {@code snapshot-basis-differs},
 *     {@code snapshot-unreadable}
 * @param subject what differs: a metric id such as {@code M9}, an issue key, or the sprint
 * @param stored the stored value as text, or null
 * @param reconstructed the reconstructed value as text, or null
 */
public record SnapshotWarning(long sprintId, String code, String subject, String stored, String reconstructed) {
    public SnapshotWarning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(subject, "subject");
    }

    /** A problem with the stored snapshot itself, such as an unreadable record. */
    static SnapshotWarning problem(long sprintId, String text) {
        return new SnapshotWarning(sprintId, "snapshot-unreadable", text, null, null);
    }

    /** The warning as a message, e.g. {@code snapshot-total-differs M9: stored 21, reconstructed now 13}. */
    public Message message() {
        MessageKey key;
        if (stored == null && reconstructed == null) {
            key = MessageKey.WARNING_SNAPSHOT_NOTE;
        } else if (stored == null) {
            key = MessageKey.WARNING_SNAPSHOT_NOT_STORED;
        } else if (reconstructed == null) {
            key = MessageKey.WARNING_SNAPSHOT_NOT_RECONSTRUCTED;
        } else {
            key = MessageKey.WARNING_SNAPSHOT_COMPARED;
        }
        return new Message(key, List.of(code, subject, text(stored), text(reconstructed)));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** One line, e.g. {@code snapshot-total-differs M9: stored 21, reconstructed now 13}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(code).append(' ').append(subject);
        if (stored != null || reconstructed != null) {
            text.append(": stored ")
                    .append(stored == null ? "nothing" : stored)
                    .append(", reconstructed now ")
                    .append(reconstructed == null ? "nothing" : reconstructed);
        }
        return text.toString();
    }
}
