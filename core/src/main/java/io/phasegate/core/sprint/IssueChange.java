package io.phasegate.core.sprint;

import java.time.Instant;

/** One entry of an issue's changelog that the sprint engine replays: a field went from one value to another. */
public sealed interface IssueChange
        permits SprintChange, StatusChange, EstimateChange, AssigneeChange, FlagChange, ResolutionChange {
    /** When the change happened. */
    Instant at();
}
