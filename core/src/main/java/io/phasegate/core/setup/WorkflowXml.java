package io.phasegate.core.setup;

import java.util.List;
import java.util.Map;

/**
 * Writes the phase workflow in Jira's workflow XML (OSWorkflow) format, as Jira exports it: one
 * step per status, each transition with Jira's standard post-functions, and each gate as a
 * {@code PhaseGateValidator} whose arguments are those the validator reads.
 */
public final class WorkflowXml {
    /** The Data Center validator class, as stored in the workflow. */
    public static final String VALIDATOR_CLASS = "io.phasegate.jira.workflow.PhaseGateValidator";
    /** Argument holding the gate JSON (PhaseGateValidatorArgs.GATE). */
    public static final String GATE_ARG = "phasegate.gate";
    /** Argument holding the misconfiguration policy (PhaseGateValidatorArgs.ON_MISCONFIGURATION). */
    public static final String POLICY_ARG = "phasegate.onMisconfiguration";

    private static final String FUNCTIONS = "com.atlassian.jira.workflow.function.";
    private final XmlOut out = new XmlOut();
    private final SetupBlueprint blueprint;

    private WorkflowXml(SetupBlueprint blueprint) {
        this.blueprint = blueprint;
    }

    /**
     * The workflow XML.
     *
     * @param blueprint the blueprint whose workflow and statuses are written
     * @param statusIds Jira status id for each status key of the workflow
     * @param fieldIds Jira field id for each field key its gates read
     */
    public static String write(SetupBlueprint blueprint, Map<String, String> statusIds, Map<String, String> fieldIds) {
        return new WorkflowXml(blueprint).document(blueprint.workflow(), statusIds, fieldIds);
    }

    private String document(WorkflowSpec workflow, Map<String, String> statusIds, Map<String, String> fieldIds) {
        out.line("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        out.line("<!DOCTYPE workflow PUBLIC \"-//OpenSymphony Group//DTD OSWorkflow 2.8//EN\" "
                + "\"http://www.opensymphony.com/osworkflow/workflow_2_8.dtd\">");
        out.open("workflow");
        out.meta("jira.description", workflow.description());
        out.open("initial-actions");
        out.open("action", "id", "1", "name", "Create");
        out.open("results");
        out.open("unconditional-result", "old-status", "null", "status", "open", "step", "1");
        functions(List.of("issue.IssueCreateFunction", "issue.IssueReindexFunction"), "1");
        out.close("unconditional-result").close("results").close("action").close("initial-actions");
        out.open("steps");
        List<String> keys = workflow.statusKeys();
        for (int i = 0; i < keys.size(); i++) {
            step(workflow, i, statusIds, fieldIds);
        }
        out.close("steps").close("workflow");
        return out.text();
    }

    private void step(WorkflowSpec workflow, int index, Map<String, String> statusIds, Map<String, String> fieldIds) {
        String key = workflow.statusKeys().get(index);
        List<TransitionSpec> outgoing = workflow.transitions().stream()
                .filter(t -> t.from().equals(key))
                .toList();
        out.open(
                "step",
                "id",
                stepId(workflow, key),
                "name",
                blueprint.status(key).name());
        out.meta("jira.status.id", require(statusIds, key, "status"));
        if (!outgoing.isEmpty()) {
            out.open("actions");
            outgoing.forEach(t -> transition(workflow, t, fieldIds));
            out.close("actions");
        }
        out.close("step");
    }

    private void transition(WorkflowSpec workflow, TransitionSpec t, Map<String, String> fieldIds) {
        out.open("action", "id", Integer.toString(t.id()), "name", t.name());
        out.meta("jira.description", "");
        t.gate().ifPresent(gate -> {
            out.open("validators").open("validator", "type", "class");
            out.arg("class.name", VALIDATOR_CLASS);
            out.arg(GATE_ARG, GateJson.write(gate, fieldIds));
            out.arg(POLICY_ARG, "block");
            out.close("validator").close("validators");
        });
        out.open("results");
        out.open("unconditional-result", "old-status", "Not Done", "status", "Done", "step", stepId(workflow, t.to()));
        functions(
                List.of(
                        "issue.UpdateIssueStatusFunction",
                        "misc.CreateCommentFunction",
                        "issue.GenerateChangeHistoryFunction",
                        "issue.IssueReindexFunction"),
                "13");
        out.close("unconditional-result").close("results").close("action");
    }

    /** Jira's standard post-functions, then the event ({@code 1} issue created, {@code 13} generic). */
    private void functions(List<String> names, String eventTypeId) {
        out.open("post-functions");
        for (String name : names) {
            out.open("function", "type", "class")
                    .arg("class.name", FUNCTIONS + name)
                    .close("function");
        }
        out.open("function", "type", "class")
                .arg("class.name", FUNCTIONS + "event.FireIssueEventFunction")
                .arg("eventTypeId", eventTypeId)
                .close("function");
        out.close("post-functions");
    }

    private static String stepId(WorkflowSpec workflow, String statusKey) {
        int index = workflow.statusKeys().indexOf(statusKey);
        if (index < 0) {
            throw new IllegalArgumentException("transition to a status outside the workflow: " + statusKey);
        }
        return Integer.toString(index + 1);
    }

    private static String require(Map<String, String> ids, String key, String what) {
        String id = ids.get(key);
        if (id == null) {
            throw new IllegalArgumentException("no Jira id for " + what + " " + key);
        }
        return id;
    }
}
