package io.phasegate.standalone.check;

import io.phasegate.contract.Verdict;
import io.phasegate.core.gate.DefaultGateNames;
import io.phasegate.core.gate.GateVerdict;
import io.phasegate.core.gate.Misconfiguration;
import io.phasegate.core.gate.PhaseGate;
import io.phasegate.core.gate.Violation;
import io.phasegate.core.issue.FieldRef;
import io.phasegate.core.issue.IssueSnapshot;
import io.phasegate.standalone.jira.FieldCatalogue;
import io.phasegate.standalone.jira.RestIssue;
import io.phasegate.standalone.text.BundleMessages;
import io.phasegate.standalone.text.FieldNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code phasegate check} reports: a gate's verdict on one issue with every message rendered as
 * text and every field given with its display name, ready for {@link VerdictJson} or {@link
 * VerdictText}.
 *
 * @param warnings odd but readable input data, and what the check could not see
 */
record CheckReport(
        String gate,
        String issueKey,
        String summary,
        boolean passed,
        List<Finding> violations,
        List<NotChecked> misconfigurations,
        List<String> warnings) {

    CheckReport {
        Objects.requireNonNull(gate, "gate");
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(summary, "summary");
        violations = List.copyOf(violations);
        misconfigurations = List.copyOf(misconfigurations);
        warnings = List.copyOf(warnings);
    }

    /**
     * One violation.
     *
     * @param field the field id, empty when the violation concerns the issue as a whole
     * @param fieldName the field's display name, or its id when no name is known; empty with field
     */
    record Finding(String rule, Optional<String> field, Optional<String> fieldName, String message) {}

    /** A rule that could not be evaluated, and why. */
    record NotChecked(String rule, String message) {}

    /** The report as the REST contract's verdict (the same JSON as {@code --format json}). */
    Verdict toVerdict() {
        return new Verdict(
                gate,
                issueKey,
                summary,
                passed,
                violations.stream()
                        .map(finding -> new Verdict.Finding(
                                finding.rule(),
                                finding.field().orElse(null),
                                finding.fieldName().orElse(null),
                                finding.message()))
                        .toList(),
                misconfigurations.stream()
                        .map(problem -> new Verdict.NotChecked(problem.rule(), problem.message()))
                        .toList(),
                warnings);
    }

    /** Evaluates the gate on the issue, with the reader's warnings and the sub-task hint. */
    static CheckReport evaluate(PhaseGate gate, RestIssue read, boolean subtaskDocuments, BundleMessages messages) {
        GateVerdict verdict = gate.evaluate(read.snapshot());
        List<String> warnings = new ArrayList<>(read.warnings());
        SubtaskDocumentsHint.warning(gate, read.snapshot(), subtaskDocuments).ifPresent(warnings::add);
        return CheckReport.of(verdict, read.snapshot(), read.catalogue(), warnings, messages);
    }

    static CheckReport of(
            GateVerdict verdict,
            IssueSnapshot issue,
            FieldCatalogue catalogue,
            List<String> warnings,
            BundleMessages messages) {
        List<Finding> violations = verdict.violations().stream()
                .map(violation -> finding(violation, catalogue, messages))
                .toList();
        List<NotChecked> notChecked = verdict.misconfigurations().stream()
                .map(problem -> notChecked(problem, messages))
                .toList();
        return new CheckReport(
                DefaultGateNames.shown(verdict.gate(), messages::render),
                issue.key().value(),
                issue.summary(),
                verdict.passed(),
                violations,
                notChecked,
                warnings);
    }

    private static Finding finding(Violation violation, FieldCatalogue catalogue, BundleMessages messages) {
        return new Finding(
                violation.rule().configName(),
                violation.field().map(FieldRef::id),
                violation.field().map(catalogue::displayName),
                messages.render(FieldNames.named(violation.message(), catalogue)));
    }

    private static NotChecked notChecked(Misconfiguration problem, BundleMessages messages) {
        return new NotChecked(problem.rule().configName(), messages.render(problem.message()));
    }
}
