package io.phasegate.jira.workflow;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The validator's saved arguments (the {@code <arg>} elements of the workflow XML), parsed once.
 *
 * @param gateJson the gate configuration JSON, exactly as the admin saved it
 * @param blocksOnMisconfiguration whether an unreadable configuration blocks the transition
 */
public record PhaseGateValidatorArgs(String gateJson, boolean blocksOnMisconfiguration) {
    /** Arg holding the gate configuration JSON. */
    public static final String GATE = "phasegate.gate";
    /** Arg holding "block" or "allow", kept outside the JSON so it survives a broken JSON. */
    public static final String ON_MISCONFIGURATION = "phasegate.onMisconfiguration";

    public PhaseGateValidatorArgs {
        gateJson = gateJson == null ? "" : gateJson;
    }

    @SuppressWarnings("rawtypes")
    public static PhaseGateValidatorArgs from(Map args) {
        Object json = args == null ? null : args.get(GATE);
        Object policy = args == null ? null : args.get(ON_MISCONFIGURATION);
        return new PhaseGateValidatorArgs(json == null ? "" : json.toString(), !"allow".equals(policy));
    }

    /** The args map Jira stores for this configuration. */
    public Map<String, String> toDescriptorParams() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put(GATE, gateJson);
        params.put(ON_MISCONFIGURATION, blocksOnMisconfiguration ? "block" : "allow");
        return params;
    }
}
