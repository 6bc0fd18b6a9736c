package io.phasegate.jira.panel;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.workflow.JiraWorkflow;
import com.atlassian.jira.workflow.WorkflowManager;
import com.opensymphony.workflow.loader.ActionDescriptor;
import com.opensymphony.workflow.loader.ResultDescriptor;
import com.opensymphony.workflow.loader.StepDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import io.phasegate.core.gate.config.GateConfigException;
import io.phasegate.core.readiness.NextGate;
import io.phasegate.jira.workflow.GateConfigCodec;
import io.phasegate.jira.workflow.PhaseGateValidator;
import io.phasegate.jira.workflow.PhaseGateValidatorArgs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Reads the Phasegate gates on the transitions leaving an issue's current status from its workflow
 * descriptor: the step's own and common actions plus the workflow's global actions, and on each the
 * validators of type {@code class} whose {@code class.name} is the Phasegate gate validator.
 * Transition conditions are not evaluated, so a gate on a transition the user cannot take is listed too.
 */
public final class JiraNextGates {
    static final String CLASS_NAME_ARG = "class.name";

    private final WorkflowManager workflows;
    private final GateConfigCodec codec;

    public JiraNextGates(WorkflowManager workflows, GateConfigCodec codec) {
        this.workflows = workflows;
        this.codec = codec;
    }

    /** What the workflow says about the issue's next transitions. */
    public record Outgoing(OptionalInt transitions, List<NextGate> gates) {
        static final Outgoing UNKNOWN = new Outgoing(OptionalInt.empty(), List.of());
    }

    public Outgoing of(Issue issue) {
        JiraWorkflow workflow = workflows.getWorkflow(issue);
        StepDescriptor step = workflow == null ? null : workflow.getLinkedStep(issue.getStatus());
        if (step == null || workflow.getDescriptor() == null) {
            return Outgoing.UNKNOWN;
        }
        WorkflowDescriptor descriptor = workflow.getDescriptor();
        List<ActionDescriptor> actions = new ArrayList<>(typed(step.getActions()));
        actions.addAll(typed(descriptor.getGlobalActions()));
        List<NextGate> gates = new ArrayList<>();
        for (ActionDescriptor action : actions) {
            for (Object validator : nullSafe(action.getValidators())) {
                if (validator instanceof ValidatorDescriptor v && isPhasegate(v)) {
                    gates.add(gate(action, target(descriptor, step, action), v));
                }
            }
        }
        return new Outgoing(OptionalInt.of(actions.size()), gates);
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
