package io.phasegate.core.snapshot;

import io.phasegate.core.issue.IssueKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stored form of a snapshot as a JSON tree (maps, lists, strings, numbers, booleans, null); the
 * adapters turn it into JSON text. Format {@value #FORMAT}, version {@value #VERSION}:
 *
 * <pre>
 * {"format":"phasegate-sprint-snapshot","version":1,"kind":"start"|"close","sprintId":10,"boardId":1,
 *  "t0":"…Z","basis":{"done":"right-most-column","grace":"PT0S"},"takenAt":"…Z",
 *  start: "issues":[{"key":"PG-1","estimate":5,"unmapped":false}]
 *  close: "closedAt":"…Z","issues":[{"key","committed","entry","exit","entryPoints","finalPoints","outcome",
 *         "unestimatedAtEntry","unmappedAtEntry","interrupt","churnAdded","churnRemoved"}],
 *         "completedOutside":["PG-6"],"subtasks":["PG-7"]}
 * </pre>
 *
 * <p>Forward compatible: readers ignore fields they do not know, so a later release may add fields
 * without a new version. The version goes up only for a change that older readers would misread;
 * they then refuse the record with a clear message instead of guessing.
 */
public final class SnapshotDocument {
    public static final String FORMAT = "phasegate-sprint-snapshot";
    public static final int VERSION = 1;

    private SnapshotDocument() {}

    public static Map<String, Object> tree(StartSnapshot snapshot) {
        Map<String, Object> tree = header("start", snapshot.sprintId(), snapshot.boardId(), snapshot.t0());
        tree.put("basis", basis(snapshot.basis()));
        tree.put("takenAt", snapshot.takenAt().toString());
        List<Object> issues = new ArrayList<>();
        for (CommittedIssue issue : snapshot.issues()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("key", issue.key().value());
            entry.put("estimate", issue.estimate());
            entry.put("unmapped", issue.unmapped());
            issues.add(entry);
        }
        tree.put("issues", issues);
        return tree;
    }

    public static Map<String, Object> tree(CloseSnapshot snapshot) {
        Map<String, Object> tree = header("close", snapshot.sprintId(), snapshot.boardId(), snapshot.t0());
        tree.put("basis", basis(snapshot.basis()));
        tree.put("takenAt", snapshot.takenAt().toString());
        tree.put("closedAt", snapshot.closedAt().toString());
        List<Object> issues = new ArrayList<>();
        for (ClosedIssue issue : snapshot.issues()) {
            issues.add(issue(issue));
        }
        tree.put("issues", issues);
        tree.put("completedOutside", keys(snapshot.completedOutside()));
        tree.put("subtasks", keys(snapshot.subtasks()));
        return tree;
    }

    private static Map<String, Object> header(String kind, long sprintId, long boardId, Instant t0) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("format", FORMAT);
        tree.put("version", VERSION);
        tree.put("kind", kind);
        tree.put("sprintId", sprintId);
        tree.put("boardId", boardId);
        tree.put("t0", t0.toString());
        return tree;
    }

    private static Map<String, Object> basis(SnapshotBasis basis) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("done", SnapshotCodes.done(basis.done()));
        tree.put("grace", basis.grace().toString());
        return tree;
    }

    private static Map<String, Object> issue(ClosedIssue issue) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("key", issue.key().value());
        entry.put("committed", issue.committed());
        entry.put("entry", issue.entry().toString());
        entry.put("exit", issue.exit() == null ? null : issue.exit().toString());
        entry.put("entryPoints", issue.entryPoints());
        entry.put("finalPoints", issue.finalPoints());
        entry.put("outcome", issue.outcome().code());
        entry.put("unestimatedAtEntry", issue.unestimatedAtEntry());
        entry.put("unmappedAtEntry", issue.unmappedAtEntry());
        entry.put("interrupt", issue.interrupt());
        entry.put("churnAdded", issue.churnAdded());
        entry.put("churnRemoved", issue.churnRemoved());
        return entry;
    }

    private static List<Object> keys(List<IssueKey> keys) {
        return new ArrayList<>(keys.stream().map(IssueKey::value).toList());
    }
}
