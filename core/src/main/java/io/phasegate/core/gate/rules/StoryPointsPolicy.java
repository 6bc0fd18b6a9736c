package io.phasegate.core.gate.rules;

import java.util.Arrays;
import java.util.Optional;

/** Where a story-points rule looks for the estimate of an issue that has sub-tasks. */
public enum StoryPointsPolicy {
    /** The issue's own value. */
    ISSUE("issue"),
    /** Every sub-task must be estimated; an issue without sub-tasks is judged on its own value. */
    EVERY_SUBTASK("every-subtask"),
    /** The sub-tasks' points must add up to more than 0; without sub-tasks, the issue's own value. */
    SUM_OF_SUBTASKS("sum-of-subtasks");

    private final String configName;

    StoryPointsPolicy(String configName) {
        this.configName = configName;
    }

    /** The name used in gate configuration, such as {@code every-subtask}. */
    public String configName() {
        return configName;
    }

    public static Optional<StoryPointsPolicy> fromConfigName(String name) {
        return Arrays.stream(values())
                .filter(policy -> policy.configName.equals(name))
                .findFirst();
    }

    @Override
    public String toString() {
        return configName;
    }
}
