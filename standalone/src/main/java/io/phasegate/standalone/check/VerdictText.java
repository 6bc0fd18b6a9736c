package io.phasegate.standalone.check;

/**
 * Writes a {@link CheckReport} for people, as {@code phasegate check --format text} prints it:
 *
 * <pre>
 * PG-42 "Pay by invoice": blocked by gate ready-for-sprint (2 violations, 1 rule not checked)
 * ✗ Story Points: PG-42 has no story points. Enter a number greater than 0 in field customfield_10016.
 * ✗ subtasks-present: Found 0 sub-tasks, 1 required. Create sub-tasks for the planned work.
 * ? test-coverage not checked: The field customfield_10300 does not exist in this Jira. ...
 * </pre>
 *
 * Text from Jira is made terminal-safe ({@link TerminalText}). Warnings are not part of it: the
 * command prints them on standard error.
 */
final class VerdictText {
    private VerdictText() {}

    static String write(CheckReport report) {
        StringBuilder out = new StringBuilder();
        line(out, headline(report));
        for (CheckReport.Finding finding : report.violations()) {
            line(out, "✗ " + finding.fieldName().orElse(finding.rule()) + ": " + finding.message());
        }
        for (CheckReport.NotChecked problem : report.misconfigurations()) {
            line(out, "? " + problem.rule() + " not checked: " + problem.message());
        }
        return out.toString();
    }

    private static String headline(CheckReport report) {
        String issue = report.issueKey() + (report.summary().isBlank() ? "" : " \"" + report.summary() + "\"");
        String verdict = report.passed() ? "passes gate " : "blocked by gate ";
        String counts = counts(report);
        return (report.passed() ? "✓ " : "") + issue + ": " + verdict + report.gate()
                + (counts.isEmpty() ? "" : " (" + counts + ")");
    }

    private static String counts(CheckReport report) {
        int violations = report.violations().size();
        int notChecked = report.misconfigurations().size();
        String found = violations == 0 ? "" : violations + (violations == 1 ? " violation" : " violations");
        String skipped = notChecked == 0 ? "" : notChecked + (notChecked == 1 ? " rule" : " rules") + " not checked";
        return found.isEmpty() || skipped.isEmpty() ? found + skipped : found + ", " + skipped;
    }

    private static void line(StringBuilder out, String text) {
        out.append(TerminalText.safe(text)).append('\n');
    }
}
