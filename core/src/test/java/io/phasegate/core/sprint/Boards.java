package io.phasegate.core.sprint;

import io.phasegate.core.issue.FieldRef;
import io.phasegate.core.issue.StatusCategory;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** Board fixtures: a four-column Scrum board; "Parked" is a status mapped to no column. */
final class Boards {
    static final WorkCalendar CALENDAR = WorkCalendar.mondayToFriday(ZoneOffset.UTC);

    private Boards() {}

    static BoardConfig scrum() {
        return scrum(DoneDefinition.RIGHT_MOST_COLUMN);
    }

    static BoardConfig scrum(DoneDefinition done) {
        return new BoardConfig(
                List.of(
                        BoardColumn.of("To Do", "To Do"),
                        BoardColumn.of("In Progress", "In Progress", "Blocked"),
                        BoardColumn.of("Review", "In Review", "Resolved"),
                        BoardColumn.of("Done", "Done")),
                done,
                Map.of(
                        "To Do", StatusCategory.TO_DO,
                        "In Progress", StatusCategory.IN_PROGRESS,
                        "Blocked", StatusCategory.IN_PROGRESS,
                        "In Review", StatusCategory.IN_PROGRESS,
                        "Resolved", StatusCategory.DONE,
                        "Done", StatusCategory.DONE),
                FieldRef.of("customfield_10016"));
    }
}
