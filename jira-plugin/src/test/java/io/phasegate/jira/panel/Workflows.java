package io.phasegate.jira.panel;

import com.opensymphony.workflow.loader.WorkflowDescriptor;
import com.opensymphony.workflow.loader.WorkflowLoader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * Real OSWorkflow descriptors, loaded from workflow XML as Jira stores it, for tests. The Central
 * OSWorkflow 2.7.0 jar validates against its 2.7 DTD, which lacks the {@code name} attribute Jira's 2.8
 * DTD allows on {@code <validator>}; it is left out here and plays no part in finding gates.
 */
final class Workflows {
    static final String GATE_CLASS = "io.phasegate.jira.workflow.PhaseGateValidator";

    private Workflows() {}

    /** A step with the given actions (XML of {@code <action>} elements). */
    static String step(int id, String name, String... actions) {
        return "<step id=\"" + id + "\" name=\"" + xml(name) + "\"><actions>" + String.join("", actions)
                + "</actions></step>";
    }

    static String emptyStep(int id, String name) {
        return "<step id=\"" + id + "\" name=\"" + xml(name) + "\"/>";
    }

    /** A transition to step {@code target} with the given validators. */
    static String action(int id, String name, int target, String... validators) {
        String checks = validators.length == 0 ? "" : "<validators>" + String.join("", validators) + "</validators>";
        return "<action id=\"" + id + "\" name=\"" + xml(name) + "\">" + checks
                + "<results><unconditional-result old-status=\"null\" status=\"open\" step=\"" + target
                + "\"/></results></action>";
    }

    /** The Phasegate gate validator with this JSON, as the plugin's factory saves it. */
    static String gate(String json, String onMisconfiguration) {
        return "<validator type=\"class\"><arg name=\"class.name\">" + GATE_CLASS + "</arg>"
                + "<arg name=\"phasegate.gate\">" + xml(json) + "</arg>"
                + "<arg name=\"phasegate.onMisconfiguration\">" + onMisconfiguration + "</arg></validator>";
    }

    /** A validator of another plugin. */
    static String otherValidator() {
        return "<validator type=\"class\"><arg name=\"class.name\">com.example.OtherValidator</arg></validator>";
    }

    static WorkflowDescriptor workflow(String... steps) {
        String xml =
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE workflow PUBLIC \"-//OpenSymphony Group//DTD OSWorkflow 2.7//EN\" \"http://www.opensymphony.com/osworkflow/workflow_2_7.dtd\">\n<workflow><initial-actions>"
                        + "<action id=\"1\" name=\"Create\"><results><unconditional-result old-status=\"null\" status=\"open\""
                        + " step=\"1\"/></results></action></initial-actions><steps>" + String.join("", steps)
                        + "</steps></workflow>";
        try {
            return WorkflowLoader.load(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException("test workflow XML does not load: " + e.getMessage(), e);
        }
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
