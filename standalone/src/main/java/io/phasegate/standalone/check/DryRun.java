package io.phasegate.standalone.check;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
     * The verdict JSON of {@code gate} on {@code issue}.
     *
     * @param subtaskDocuments whether the issue's sub-tasks were read from their full documents
     */
    public static ObjectNode verdict(PhaseGate gate, RestIssue issue, boolean subtaskDocuments) {
        return VerdictJson.tree(CheckReport.evaluate(gate, issue, subtaskDocuments, new BundleMessages()));
    }
}
