package io.phasegate.standalone.check;

import io.phasegate.contract.Verdict;
import io.phasegate.core.gate.PhaseGate;
import io.phasegate.standalone.jira.RestIssue;
import io.phasegate.standalone.text.BundleMessages;

/**
 * A gate checked on one issue without any transition: the verdict as {@code phasegate check
 * --format json} prints it, for {@code POST /gates/dry-run} of {@code phasegate serve}.
 */
public final class DryRun {
    private DryRun() {}

    /**
     * The verdict of {@code gate} on {@code issue}.
     *
     * @param subtaskDocuments whether the issue's sub-tasks were read from their full documents
     */
    public static Verdict verdict(PhaseGate gate, RestIssue issue, boolean subtaskDocuments) {
        return CheckReport.evaluate(gate, issue, subtaskDocuments, new BundleMessages())
                .toVerdict();
    }
}
