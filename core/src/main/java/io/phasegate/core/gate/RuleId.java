package io.phasegate.core.gate;

import java.util.Arrays;
import java.util.Optional;

/** The rule families a gate can contain, named as in the gate configuration JSON. */
public enum RuleId {
    STORY_POINTS("story-points"),
    ACCEPTANCE_CRITERIA("acceptance-criteria"),
    TEST_COVERAGE("test-coverage"),
    FIELD_PRESENT("field-present"),
    LINKED_ISSUE("linked-issue"),
    SUBTASKS_PRESENT("subtasks-present");

    private final String configName;

    RuleId(String configName) {
        this.configName = configName;
    }

    /** The name used in gate configuration, such as {@code story-points}. */
    public String configName() {
        return configName;
    }

    public static Optional<RuleId> fromConfigName(String name) {
        return Arrays.stream(values()).filter(id -> id.configName.equals(name)).findFirst();
    }

    @Override
    public String toString() {
        return configName;
    }
}
