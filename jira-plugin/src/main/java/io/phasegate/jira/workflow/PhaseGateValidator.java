package io.phasegate.jira.workflow;

import com.atlassian.jira.issue.Issue;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.Validator;
import io.phasegate.core.gate.GateVerdict;
import io.phasegate.core.gate.MisconfigurationPolicy;
import io.phasegate.core.gate.PhaseGate;
import io.phasegate.core.gate.config.GateConfigException;
import io.phasegate.jira.i18n.JiraMessages;
import io.phasegate.jira.issue.JiraIssueSnapshots;
import io.phasegate.jira.issue.ViewerVisibility;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Phasegate gate on a workflow transition: reads the issue, asks the engine, and blocks the
 * transition with every missing item listed. Stateless: everything per call is local.
 */
public final class PhaseGateValidator implements Validator {
    private static final Logger LOG = LoggerFactory.getLogger(PhaseGateValidator.class);

    private final GateConfigCodec codec;
    private final JiraIssueSnapshots snapshots;
    private final JiraMessages messages;
    private final ViewerVisibility visibility;

    public PhaseGateValidator(
            GateConfigCodec codec, JiraIssueSnapshots snapshots, JiraMessages messages, ViewerVisibility visibility) {
        this.codec = codec;
        this.snapshots = snapshots;
        this.messages = messages;
        this.visibility = visibility;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void validate(Map transientVars, Map args, PropertySet ps) throws InvalidInputException {
        PhaseGateValidatorArgs config = PhaseGateValidatorArgs.from(args);
        PhaseGate gate;
        try {
            gate = codec.read(config.gateJson());
        } catch (GateConfigException e) {
            LOG.error("Phasegate gate on this transition is misconfigured: {}", e.problems());
            if (config.blocksOnMisconfiguration()) {
                throw messages.misconfiguredGate(e.problems());
            }
            return;
        }
        Object issue = transientVars.get("issue");
        if (!(issue instanceof Issue jiraIssue)) {
            LOG.error("Phasegate gate '{}' got no issue in transientVars (got {})", gate.name(), issue);
            if (gate.onMisconfiguration() == MisconfigurationPolicy.BLOCK) {
                throw messages.noIssue(gate.name());
            }
            return;
        }
        evaluate(gate, jiraIssue);
    }

    private void evaluate(PhaseGate gate, Issue issue) throws InvalidInputException {
        GateVerdict verdict;
        try {
            // The transitioning user reads the message: linked issues they may not browse count as
            // always (the verdict is the same for everyone) but are not named.
            verdict = gate.evaluate(snapshots.of(issue, gate.fieldsRead(), visibility.ofLoggedInUser()));
        } catch (RuntimeException e) {
            // Never a stack trace for the user: log the detail, apply the admin's policy.
            LOG.error("Phasegate gate '{}' failed on {}", gate.name(), issue.getKey(), e);
            if (gate.onMisconfiguration() == MisconfigurationPolicy.BLOCK) {
                throw messages.unexpectedFailure(gate.name());
            }
            return;
        }
        if (!verdict.misconfigurations().isEmpty()) {
            LOG.warn(
                    "Phasegate gate '{}' on {} is misconfigured: {}",
                    gate.name(),
                    issue.getKey(),
                    verdict.misconfigurations());
        }
        if (verdict.blocked()) {
            throw messages.blocked(verdict);
        }
    }
}
