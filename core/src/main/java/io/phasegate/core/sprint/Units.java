package io.phasegate.core.sprint;

/** The units and note names that metric results use; notes are flags for machines, not prose. */
final class Units {
    static final String POINTS = "points";
    static final String ISSUES = "issues";
    static final String RATIO = "ratio";
    static final String WORKING_DAYS = "working-days";
    static final String POINTS_PER_WORKING_DAY = "points-per-working-day";
    static final String PEOPLE = "people";

    static final String NO_COMMITMENT = "no-commitment";
    static final String NO_FINAL_SCOPE = "no-final-scope";
    static final String COUNTS_FALLBACK = "counts-fallback";

    private Units() {}

    static String count(String name, long value) {
        return name + ":" + value;
    }
}
