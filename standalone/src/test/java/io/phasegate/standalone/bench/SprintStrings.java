package io.phasegate.standalone.bench;

/** Data Center's Sprint field strings for the synthetic sprints. */
final class SprintStrings {
    private SprintStrings() {}

    static String of(int sprint) {
        String state = sprint == SyntheticExport.SPRINTS ? "ACTIVE" : "CLOSED";
        return "com.atlassian.greenhopper.service.sprint.Sprint@" + Integer.toHexString(sprint * 7919) + "[id=" + sprint
                + ",rapidViewId=7,state=" + state + ",name=Sprint " + sprint + ",startDate="
                + SyntheticExport.sprintStart(sprint) + ",endDate=<null>,completeDate=<null>,sequence=" + sprint
                + ",goal=]";
    }
}
