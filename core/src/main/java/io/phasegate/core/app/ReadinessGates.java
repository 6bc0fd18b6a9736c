package io.phasegate.core.app;

import io.phasegate.core.gate.PhaseGate;
import io.phasegate.core.gate.config.GateConfigParser;
import io.phasegate.core.issue.FieldRef;
import java.util.List;
import java.util.Map;

/** The readiness gate a board is measured against when its team has configured none. */
public final class ReadinessGates {
    /** The default gate's name. */
    public static final String READY_FOR_SPRINT = "ready-for-sprint";

    private ReadinessGates() {}

    /**
     * Story points on the board's estimation field, acceptance criteria in the description's
     * "Acceptance Criteria" section, and at least one test linked by "is tested by" or "tests";
     * a rule that cannot judge an issue lets it pass (it is reported, not counted against the team).
     *
     * @throws io.phasegate.core.gate.config.GateConfigException when the field is not a field id
     */
    public static PhaseGate standard(FieldRef estimationField) {
        Map<String, Object> tree = Map.of(
                "gate",
                READY_FOR_SPRINT,
                "onMisconfiguration",
                "allow",
                "rules",
                List.of(
                        Map.of("rule", "story-points", "field", estimationField.id()),
                        Map.of("rule", "acceptance-criteria", "source", "description"),
                        Map.of("rule", "test-coverage", "linkTypes", List.of("is tested by", "tests"))));
        return new GateConfigParser().parse(tree);
    }
}
