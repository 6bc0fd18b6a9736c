package com.atlassian.greenhopper.model.rapid;

import com.atlassian.jira.issue.fields.Field;
import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of a board's estimation configuration: what the board counts (a field, issues,
 * or nothing).
 *
 * <p>Source: JSW 10.3.13 javadoc: constructor {@code EstimationConfig(EstimationConfig.Type,
 * com.atlassian.jira.issue.fields.Field)}, {@code getType()}, {@code @Nullable Field getField()}
 * ("blank if type is NONE, ISSUE_COUNT or ISSUE_COUNT_EXCL_SUBS").
 */
@ApiSource(
        value =
                "https://docs.atlassian.com/jira-software/10.3.13/com/atlassian/greenhopper/model/rapid/EstimationConfig.html",
        note = "JSW 10.3.13 javadoc: public constructor (Type, Field), getType(), @Nullable Field getField()")
public class EstimationConfig {

    /** What a board's statistic counts. */
    @ApiSource(
            value =
                    "https://docs.atlassian.com/jira-software/10.3.13/com/atlassian/greenhopper/model/rapid/EstimationConfig.html",
            note = "JSW 10.3.13: 'There are four of configuration: NONE, ISSUE_COUNT, ISSUE_COUNT_EXCL_SUBS, "
                    + "JIRA_FIELD'")
    public enum Type {
        NONE,
        ISSUE_COUNT,
        ISSUE_COUNT_EXCL_SUBS,
        JIRA_FIELD
    }

    // The stub keeps its arguments so tests can build real configurations; the stub never ships.
    private final Type type;
    private final Field field;

    public EstimationConfig(Type type, Field field) {
        this.type = type;
        this.field = field;
    }

    /** The type of estimation. */
    public Type getType() {
        return type;
    }

    /** The estimation field; null unless the type is {@link Type#JIRA_FIELD}. */
    public Field getField() {
        return field;
    }
}
