package io.phasegate.standalone.migrate;

import java.util.Map;
import java.util.Objects;

/**
 * One {@code <validator>} of a transition in a Jira workflow XML export.
 *
 * @param type the validator's {@code type} attribute ({@code class} for plugin validators)
 * @param args its {@code <arg>} elements by name, in document order; {@code class.name} names the Java class
 */
public record WorkflowValidator(String type, Map<String, String> args) {
    /** The class of the Phasegate gate validator in the Data Center plugin. */
    public static final String PHASEGATE_CLASS = "io.phasegate.jira.workflow.PhaseGateValidator";
    /** The arg holding the gate JSON (as {@code PhaseGateValidatorArgs.GATE}). */
    public static final String GATE_ARG = "phasegate.gate";
    /** The arg holding block or allow for a broken gate JSON (as {@code PhaseGateValidatorArgs.ON_MISCONFIGURATION}). */
    public static final String ON_MISCONFIGURATION_ARG = "phasegate.onMisconfiguration";

    public WorkflowValidator {
        Objects.requireNonNull(type, "type");
        args = Map.copyOf(args);
    }

    /** The Java class, or the type when the validator has none (a script validator, for example). */
    public String className() {
        return args.getOrDefault("class.name", "").strip();
    }

    /** Whether this is a Phasegate gate. */
    public boolean isPhasegate() {
        return "class".equals(type) && PHASEGATE_CLASS.equals(className());
    }

    /** The gate JSON exactly as the Data Center plugin stored it; empty when the arg is missing. */
    public String gateJson() {
        return args.getOrDefault(GATE_ARG, "");
    }

    /** Whether the Data Center plugin blocks the transition while the gate JSON cannot be read (as the plugin: all but "allow"). */
    public boolean dataCenterBlocksWhenBroken() {
        return !"allow".equals(args.get(ON_MISCONFIGURATION_ARG));
    }

    /** What to call it in a report: its class, or its type for a validator without one. */
    public String describe() {
        return className().isEmpty() ? "type " + type : className();
    }
}
