package io.phasegate.core.snapshot;

import io.phasegate.core.issue.IssueKey;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the stored form of {@link SnapshotDocument} back, checking the format name, the version
 * (newer versions are refused, never guessed at) and the kind; unknown fields are ignored.
 */
public final class SnapshotReader {
    private SnapshotReader() {}

    /** A start snapshot from its tree; {@code source} names the record in messages. */
    public static StartSnapshot start(Object tree, String source) throws SnapshotFormatException {
        try {
            return start(tree);
        } catch (SnapshotFormatException e) {
            throw new SnapshotFormatException(source + ": " + e.getMessage());
        }
    }

    /** A close snapshot from its tree; {@code source} names the record in messages. */
    public static CloseSnapshot close(Object tree, String source) throws SnapshotFormatException {
        try {
            return close(tree);
        } catch (SnapshotFormatException e) {
            throw new SnapshotFormatException(source + ": " + e.getMessage());
        }
    }

    private static StartSnapshot start(Object tree) throws SnapshotFormatException {
        TreeFields fields = header(tree, "start");
        List<CommittedIssue> issues = new ArrayList<>();
        List<?> list = fields.list("issues");
        for (int i = 0; i < list.size(); i++) {
            TreeFields issue = TreeFields.of(list.get(i), "issues[" + i + "]");
            issues.add(new CommittedIssue(key(issue), issue.decimalOrNull("estimate"), issue.flag("unmapped")));
        }
        return valid(() -> new StartSnapshot(
                fields.whole("sprintId"),
                fields.whole("boardId"),
                fields.instant("t0"),
                basis(fields),
                fields.instant("takenAt"),
                issues));
    }

    private static CloseSnapshot close(Object tree) throws SnapshotFormatException {
        TreeFields fields = header(tree, "close");
        List<ClosedIssue> issues = new ArrayList<>();
        List<?> list = fields.list("issues");
        for (int i = 0; i < list.size(); i++) {
            issues.add(closed(TreeFields.of(list.get(i), "issues[" + i + "]")));
        }
        return valid(() -> new CloseSnapshot(
                fields.whole("sprintId"),
                fields.whole("boardId"),
                fields.instant("t0"),
                fields.instant("closedAt"),
                basis(fields),
                fields.instant("takenAt"),
                issues,
                keys(fields, "completedOutside"),
                keys(fields, "subtasks")));
    }

    private static TreeFields header(Object tree, String kind) throws SnapshotFormatException {
        TreeFields fields = TreeFields.of(tree, "");
        if (!fields.has("format") || !SnapshotDocument.FORMAT.equals(fields.text("format"))) {
            throw new SnapshotFormatException(
                    "not a Phasegate sprint snapshot (\"format\" is not \"" + SnapshotDocument.FORMAT + "\")");
        }
        long version = fields.whole("version");
        if (version > SnapshotDocument.VERSION || version < 1) {
            throw new SnapshotFormatException("snapshot format version " + version
                    + ", this Phasegate reads version " + SnapshotDocument.VERSION
                    + "; upgrade Phasegate to use it (the record is kept as it is)");
        }
        if (!kind.equals(fields.text("kind"))) {
            throw new SnapshotFormatException(
                    "a \"" + fields.text("kind") + "\" snapshot where a \"" + kind + "\" one belongs");
        }
        return fields;
    }

    private static ClosedIssue closed(TreeFields issue) throws SnapshotFormatException {
        IssueOutcome outcome;
        try {
            outcome = IssueOutcome.ofCode(issue.text("outcome"));
        } catch (IllegalArgumentException e) {
            throw new SnapshotFormatException(issue.at("outcome") + ": " + e.getMessage());
        }
        IssueKey key = key(issue);
        return valid(() -> new ClosedIssue(
                key,
                issue.flag("committed"),
                issue.instant("entry"),
                issue.instantOrNull("exit"),
                issue.decimal("entryPoints"),
                issue.decimal("finalPoints"),
                outcome,
                issue.flag("unestimatedAtEntry"),
                issue.flag("unmappedAtEntry"),
                issue.flag("interrupt"),
                issue.decimalOrNull("churnAdded"),
                issue.decimalOrNull("churnRemoved")));
    }

    private static SnapshotBasis basis(TreeFields fields) throws SnapshotFormatException {
        TreeFields basis = fields.object("basis");
        try {
            return new SnapshotBasis(SnapshotCodes.done(basis.text("done")), basis.duration("grace"));
        } catch (IllegalArgumentException e) {
            throw new SnapshotFormatException(basis.at("done") + ": " + e.getMessage());
        }
    }

    private static IssueKey key(TreeFields issue) throws SnapshotFormatException {
        try {
            return IssueKey.of(issue.text("key"));
        } catch (IllegalArgumentException e) {
            throw new SnapshotFormatException(issue.at("key") + ": " + e.getMessage());
        }
    }

    private static List<IssueKey> keys(TreeFields fields, String name) throws SnapshotFormatException {
        List<IssueKey> keys = new ArrayList<>();
        List<?> list = fields.list(name);
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof String text)) {
                throw new SnapshotFormatException(name + "[" + i + "]: expected an issue key");
            }
            try {
                keys.add(IssueKey.of(text));
            } catch (IllegalArgumentException e) {
                throw new SnapshotFormatException(name + "[" + i + "]: " + e.getMessage());
            }
        }
        return keys;
    }

    /** A value the model's own checks may still reject (an issue listed twice, an exit without removal). */
    @FunctionalInterface
    private interface Build<T> {
        T get() throws SnapshotFormatException;
    }

    private static <T> T valid(Build<T> build) throws SnapshotFormatException {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw new SnapshotFormatException(e.getMessage());
        }
    }
}
