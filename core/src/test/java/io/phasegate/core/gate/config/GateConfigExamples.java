package io.phasegate.core.gate.config;

/** Gate configurations shared by the parser and writer tests. */
final class GateConfigExamples {

    /** The documented example with one rule of each kind. */
    static final String READY_FOR_SPRINT =
            """
            {"gate": "ready-for-sprint", "onMisconfiguration": "block", "rules": [
              {"rule": "story-points", "field": "customfield_10016", "policy": "issue",
               "forbidParentWhenSubtasksEstimated": false},
              {"rule": "acceptance-criteria", "field": "customfield_10100", "minItems": 2, "givenWhenThen": false},
              {"rule": "test-coverage", "linkTypes": ["is tested by"], "testIssueTypes": ["Test"],
               "ignoreStatuses": ["Obsolete"], "field": "customfield_10200", "min": 1},
              {"rule": "field-present", "field": "customfield_10300", "label": "Architectural design"},
              {"rule": "linked-issue", "linkTypes": ["relates to"], "issueTypes": ["RFC"], "min": 1},
              {"rule": "subtasks-present", "min": 1, "ignoreStatuses": ["Won't do"]}
            ]}
            """;

    /** The same gate as {@link GateConfigWriter} spells it out: every setting, defaults included. */
    static final String READY_FOR_SPRINT_WRITTEN =
            """
            {"gate": "ready-for-sprint", "onMisconfiguration": "block", "rules": [
              {"rule": "story-points", "field": "customfield_10016", "policy": "issue",
               "forbidParentWhenSubtasksEstimated": false},
              {"rule": "acceptance-criteria", "source": "field", "field": "customfield_10100", "minItems": 2,
               "givenWhenThen": false},
              {"rule": "test-coverage", "linkTypes": ["is tested by"], "testIssueTypes": ["Test"],
               "ignoreStatuses": ["Obsolete"], "field": "customfield_10200", "min": 1},
              {"rule": "field-present", "field": "customfield_10300", "label": "Architectural design"},
              {"rule": "linked-issue", "linkTypes": ["relates to"], "issueTypes": ["RFC"], "min": 1},
              {"rule": "subtasks-present", "min": 1, "ignoreStatuses": ["Won't do"]}
            ]}
            """;

    private GateConfigExamples() {}
}
