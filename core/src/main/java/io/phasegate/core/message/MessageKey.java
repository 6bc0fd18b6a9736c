package io.phasegate.core.message;

/**
 * Every message the engine can produce. Each key has a text in {@code i18n/phasegate-core.properties}
 * (a test checks that none is missing).
 */
public enum MessageKey {
    // Keys are appended per rule family; keep them grouped and sorted within a group.
    GATE_MISCONFIGURED_FIELD_MISSING("phasegate.gate.misconfigured.field-missing"),
    GATE_RULE_FAILED_UNEXPECTEDLY("phasegate.gate.misconfigured.rule-error"),
    // Names of gates whose admin chose none (io.phasegate.core.gate.DefaultGateNames).
    GATE_NAME_DEFAULT("phasegate.gate.name.default"),
    GATE_NAME_READY_FOR_SPRINT("phasegate.gate.name.ready-for-sprint"),

    // Gate configuration: argument {0} is always the JSONPath of the offending setting.
    CONFIG_BAD_FIELD_ID("phasegate.config.bad-field-id"),
    CONFIG_NOT_JSON("phasegate.config.not-json"),
    CONFIG_BLANK("phasegate.config.blank"),
    CONFIG_CONFLICT("phasegate.config.conflict"),
    CONFIG_EXPECTED_BOOLEAN("phasegate.config.expected-boolean"),
    CONFIG_EXPECTED_LIST("phasegate.config.expected-list"),
    CONFIG_EXPECTED_OBJECT("phasegate.config.expected-object"),
    CONFIG_EXPECTED_STRING("phasegate.config.expected-string"),
    CONFIG_EXPECTED_WHOLE_NUMBER("phasegate.config.expected-whole-number"),
    CONFIG_MISSING("phasegate.config.missing"),
    CONFIG_NEEDS_LETTERS("phasegate.config.needs-letters"),
    CONFIG_NEEDS_ONE_OF("phasegate.config.needs-one-of"),
    CONFIG_NO_RULES("phasegate.config.no-rules"),
    CONFIG_NOT_WHOLE_NUMBER("phasegate.config.not-whole-number"),
    CONFIG_TOO_LARGE("phasegate.config.too-large"),
    CONFIG_TOO_SMALL("phasegate.config.too-small"),
    CONFIG_UNKNOWN_KEY("phasegate.config.unknown-key"),
    CONFIG_UNKNOWN_RULE("phasegate.config.unknown-rule"),
    CONFIG_UNKNOWN_VALUE("phasegate.config.unknown-value"),

    FIELD_PRESENT_EMPTY("phasegate.rule.field-present.empty"),
    FIELD_PRESENT_EMPTY_LABELLED("phasegate.rule.field-present.empty-labelled"),

    LINKED_ISSUE_TOO_FEW("phasegate.rule.linked-issue.too-few"),

    STORY_POINTS_DOUBLE_COUNTED("phasegate.rule.story-points.double-counted"),
    STORY_POINTS_MISSING("phasegate.rule.story-points.missing"),
    STORY_POINTS_NOT_A_NUMBER("phasegate.rule.story-points.not-a-number"),
    STORY_POINTS_NOT_POSITIVE("phasegate.rule.story-points.not-positive"),
    STORY_POINTS_SUBTASK_SUM_NOT_POSITIVE("phasegate.rule.story-points.subtask-sum-not-positive"),
    STORY_POINTS_SUBTASKS_MISSING("phasegate.rule.story-points.subtasks-missing"),
    STORY_POINTS_SUBTASKS_NOT_A_NUMBER("phasegate.rule.story-points.subtasks-not-a-number"),
    STORY_POINTS_SUBTASKS_NOT_POSITIVE("phasegate.rule.story-points.subtasks-not-positive"),

    SUBTASKS_TOO_FEW("phasegate.rule.subtasks-present.too-few"),

    TEST_COVERAGE_TOO_FEW("phasegate.rule.test-coverage.too-few"),

    // Acceptance criteria (AcceptanceCriteriaRule)
    AC_FIELD_EMPTY("phasegate.rule.acceptance-criteria.field-empty"),
    AC_FIELD_NOT_TEXT("phasegate.rule.acceptance-criteria.field-not-text"),
    AC_FIELD_PLACEHOLDER("phasegate.rule.acceptance-criteria.field-placeholder"),
    AC_NOT_GIVEN_WHEN_THEN("phasegate.rule.acceptance-criteria.not-given-when-then"),
    AC_SECTION_EMPTY("phasegate.rule.acceptance-criteria.section-empty"),
    AC_SECTION_MISSING("phasegate.rule.acceptance-criteria.section-missing"),
    AC_SECTION_PLACEHOLDER("phasegate.rule.acceptance-criteria.section-placeholder"),
    AC_TOO_FEW("phasegate.rule.acceptance-criteria.too-few"),

    // Jira Cloud: compiling a gate into a Jira expression.
    CLOUD_RULE_NOT_CHECKED("phasegate.cloud.rule-not-checked"),
    CLOUD_SECTION_NOT_EXPRESSIBLE("phasegate.cloud.section-not-expressible"),
    CLOUD_GIVEN_WHEN_THEN_NOT_EXPRESSIBLE("phasegate.cloud.given-when-then-not-expressible"),
    CLOUD_FIELD_NOT_EXPRESSIBLE("phasegate.cloud.field-not-expressible"),
    CLOUD_CRITERIA_APPROXIMATED("phasegate.cloud.criteria-approximated"),
    CLOUD_STORY_POINTS_TEXT("phasegate.cloud.story-points-text"),
    CLOUD_FIELD_EXISTENCE("phasegate.cloud.field-existence"),
    CLOUD_PER_SUBTASK_COST("phasegate.cloud.per-subtask-cost"),
    CLOUD_TOO_LONG("phasegate.cloud.too-long"),
    CLOUD_TOO_MANY_LEAVES("phasegate.cloud.too-many-leaves"),
    CLOUD_TOO_MANY_EXPENSIVE("phasegate.cloud.too-many-expensive"),
    CLOUD_BRIEF_MESSAGE("phasegate.cloud.brief-message"),
    // Shorter texts shown on Jira Cloud where the engine's text does not fit Jira's limits; same arguments.
    CLOUD_AC_FIELD_PLACEHOLDER("phasegate.cloud.text.acceptance-criteria.field-placeholder"),

    // Board warnings (io.phasegate.core.history.BoardWarning): odd but readable board data.
    WARNING_PLAIN("phasegate.warning.plain"),
    WARNING_CREATED_MISSING("phasegate.warning.history.created-missing"),
    WARNING_CREATED_UNKNOWN("phasegate.warning.history.created-unknown"),
    WARNING_CHANGES_BEFORE_CREATION("phasegate.warning.history.changes-before-creation"),
    WARNING_STATUS_JUMP("phasegate.warning.history.status-jump"),
    WARNING_STATUS_ENDS_ELSEWHERE("phasegate.warning.history.status-ends-elsewhere"),
    WARNING_STATUS_UNMAPPED("phasegate.warning.history.status-unmapped"),
    WARNING_SPRINT_ENDS_ELSEWHERE("phasegate.warning.history.sprint-ends-elsewhere"),
    WARNING_CHANGELOG_TRUNCATED("phasegate.warning.changelog.truncated"),
    WARNING_CHANGELOG_NO_TIME("phasegate.warning.changelog.entry-without-time"),
    WARNING_CHANGELOG_STATUS_UNNAMED("phasegate.warning.changelog.status-unnamed"),
    WARNING_CHANGELOG_ESTIMATE_NOT_NUMBER("phasegate.warning.changelog.estimate-not-a-number"),
    WARNING_CHANGELOG_SPRINT_UNKNOWN_NAME("phasegate.warning.changelog.sprint-unknown-name"),
    WARNING_CHANGELOG_SPRINT_NO_IDS("phasegate.warning.changelog.sprint-without-ids"),
    WARNING_COLUMN_STATUS_UNKNOWN("phasegate.warning.board.column-status-unknown"),
    WARNING_STATUS_TWO_COLUMNS("phasegate.warning.board.status-on-two-columns"),
    WARNING_ESTIMATION_FIELD_GONE("phasegate.warning.board.estimation-field-gone"),
    WARNING_ESTIMATION_FIELD_MISSING("phasegate.warning.board.estimation-field-missing"),
    WARNING_ESTIMATION_NOT_CUSTOM("phasegate.warning.board.estimation-not-custom"),
    // Snapshot warnings (io.phasegate.core.snapshot.SnapshotWarning): {0} its code, {1} its subject.
    WARNING_SNAPSHOT_COMPARED("phasegate.warning.snapshot.compared"),
    WARNING_SNAPSHOT_NOT_STORED("phasegate.warning.snapshot.not-stored"),
    WARNING_SNAPSHOT_NOT_RECONSTRUCTED("phasegate.warning.snapshot.not-reconstructed"),
    WARNING_SNAPSHOT_NOTE("phasegate.warning.snapshot.note"),

    // Refusals of the REST contract shared by phasegate serve and the Jira plugin (io.phasegate.contract):
    // serve answers them in English, the plugin in the caller's Jira language.
    CONTRACT_NO_BOARD_ID("phasegate.contract.no-board-id"),
    CONTRACT_NO_SUCH_ID("phasegate.contract.no-such-id"),
    CONTRACT_BAD_SPRINT("phasegate.contract.bad-sprint"),
    CONTRACT_BAD_SPRINT_OR_BACKLOG("phasegate.contract.bad-sprint-or-backlog"),
    CONTRACT_NO_SPRINT_ID("phasegate.contract.no-sprint-id"),
    CONTRACT_NO_ACTIVE_SPRINT("phasegate.contract.no-active-sprint"),
    CONTRACT_NO_CLOSED_SPRINT("phasegate.contract.no-closed-sprint"),
    CONTRACT_BACKLOG_NO_HEALTH("phasegate.contract.backlog-no-health"),
    CONTRACT_SPRINT_NOT_STARTED("phasegate.contract.sprint-not-started"),
    CONTRACT_CAPACITY_DECIMALS("phasegate.contract.capacity-decimals"),
    CONTRACT_BAD_CAPACITY("phasegate.contract.bad-capacity"),
    CONTRACT_METHOD_NOT_ALLOWED("phasegate.contract.method-not-allowed"),
    CONTRACT_UNSUPPORTED_MEDIA_TYPE("phasegate.contract.unsupported-media-type"),
    CONTRACT_NO_SUCH_RESOURCE("phasegate.contract.no-such-resource"),
    CONTRACT_REFUSED("phasegate.contract.refused");

    private final String key;

    MessageKey(String key) {
        this.key = key;
    }

    /** The i18n key, such as {@code phasegate.rule.story-points.missing}. */
    public String key() {
        return key;
    }
}
