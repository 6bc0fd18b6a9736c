package io.phasegate.jira.panel;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.workflow.IssueWorkflowManager;
import com.atlassian.jira.workflow.JiraWorkflow;
import com.atlassian.jira.workflow.TransitionOptions;
import com.atlassian.jira.workflow.WorkflowManager;
import com.opensymphony.workflow.loader.ActionDescriptor;
import com.opensymphony.workflow.loader.ResultDescriptor;
import com.opensymphony.workflow.loader.StepDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import io.phasegate.core.gate.config.GateConfigException;
import io.phasegate.core.readiness.NextGate;
import io.phasegate.core.readiness.OutgoingTransition;
import io.phasegate.jira.workflow.GateConfigCodec;
import io.phasegate.jira.workflow.PhaseGateValidator;
import io.phasegate.jira.workflow.PhaseGateValidatorArgs;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the Phasegate gates on the transitions leaving an issue's current status from its workflow
 * descriptor: the step's own and common actions plus the workflow's global actions, and on each the
 * validators of type {@code class} whose {@code class.name} is the Phasegate gate validator. Which
 * of those transitions the logged-in user can take now is asked of Jira's {@link
 * IssueWorkflowManager}, which evaluates the workflow's conditions and the Transition Issues
 * permission for that user, exactly as the issue view's transition buttons do.
 */
public final class JiraNextGates {
    static final String CLASS_NAME_ARG = "class.name";

    private final WorkflowManager workflows;
    private final IssueWorkflowManager issueWorkflows;
    private final JiraAuthenticationContext authentication;
    private final GateConfigCodec codec;

    public JiraNextGates(
            WorkflowManager workflows,
            IssueWorkflowManager issueWorkflows,
            JiraAuthenticationContext authentication,
            GateConfigCodec codec) {
        this.workflows = workflows;
        this.issueWorkflows = issueWorkflows;
        this.authentication = authentication;
        this.codec = codec;
    }

    /**
     * The transitions leaving the issue's current status, in workflow order, each with its gates and
     * whether the logged-in user can take it; empty when the workflow or the step cannot be read.
     */
    public Optional<List<OutgoingTransition>> of(Issue issue) {
        JiraWorkflow workflow = workflows.getWorkflow(issue);
        StepDescriptor step = workflow == null ? null : workflow.getLinkedStep(issue.getStatus());
        if (step == null || workflow.getDescriptor() == null) {
            return Optional.empty();
        }
        WorkflowDescriptor descriptor = workflow.getDescriptor();
        List<ActionDescriptor> actions = new ArrayList<>(typed(step.getActions()));
        actions.addAll(typed(descriptor.getGlobalActions()));
        Set<Integer> available = availableToUser(issue);
        List<OutgoingTransition> transitions = new ArrayList<>();
        for (ActionDescriptor action : actions) {
            List<NextGate> gates = new ArrayList<>();
            for (Object validator : nullSafe(action.getValidators())) {
                if (validator instanceof ValidatorDescriptor v && isPhasegate(v)) {
                    gates.add(gate(action, target(descriptor, step, action), v));
                }
            }
            String name = action.getName() == null ? "" : action.getName();
            transitions.add(new OutgoingTransition(name, available.contains(action.getId()), gates));
        }
        return Optional.of(transitions);
    }

    /** The ids of the transitions the logged-in user (null: anonymous) can take on the issue now. */
    private Set<Integer> availableToUser(Issue issue) {
        List<ActionDescriptor> actions = issueWorkflows.getSortedAvailableActions(
                issue, TransitionOptions.defaults(), authentication.getLoggedInUser());
        Set<Integer> ids = new HashSet<>();
        for (ActionDescriptor action : actions == null ? List.<ActionDescriptor>of() : actions) {
            ids.add(action.getId());
        }
        return ids;
    }

    private NextGate gate(ActionDescriptor action, String target, ValidatorDescriptor validator) {
        PhaseGateValidatorArgs args = PhaseGateValidatorArgs.from(validator.getArgs());
        String name = action.getName() == null ? "" : action.getName();
        try {
            return NextGate.readable(name, target, codec.read(args.gateJson()));
        } catch (GateConfigException e) {
            return NextGate.unreadable(name, target, e.problems(), args.blocksOnMisconfiguration());
        }
    }

    @SuppressWarnings("rawtypes")
    static boolean isPhasegate(ValidatorDescriptor validator) {
        Map args = validator.getArgs();
        Object className = args == null ? null : args.get(CLASS_NAME_ARG);
        return "class".equals(validator.getType())
                && className != null
                && PhaseGateValidator.class
                        .getName()
                        .equals(className.toString().strip());
    }

    /** The name of the step the transition leads to; a result of -1 stays on the current step. */
    private static String target(WorkflowDescriptor descriptor, StepDescriptor current, ActionDescriptor action) {
        ResultDescriptor result = action.getUnconditionalResult();
        if (result == null) {
            return "";
        }
        StepDescriptor step = result.getStep() == -1 ? current : descriptor.getStep(result.getStep());
        return step == null || step.getName() == null ? "" : step.getName();
    }

    @SuppressWarnings("rawtypes")
    private static List nullSafe(List list) {
        return list == null ? List.of() : list;
    }

    private static List<ActionDescriptor> typed(List<?> list) {
        List<ActionDescriptor> actions = new ArrayList<>();
        for (Object o : list == null ? List.of() : list) {
            if (o instanceof ActionDescriptor a) {
                actions.add(a);
            }
        }
        return actions;
    }
}
