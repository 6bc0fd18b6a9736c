package io.phasegate.core.gate.config;

import io.phasegate.core.gate.GateRule;
import io.phasegate.core.gate.MisconfigurationPolicy;
import io.phasegate.core.gate.PhaseGate;
import io.phasegate.core.message.MessageKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a gate configuration from a JSON tree into a {@link PhaseGate}. The same format is used in
 * Jira workflow validator arguments and by the standalone tool. The tree is what any JSON library
 * yields: {@code Map<String, Object>}, {@code List<Object>}, {@code String}, a {@code Number}
 * (Integer, Long, Double, BigDecimal...), {@code Boolean} or {@code null}; a {@code null} value
 * counts as an absent key.
 *
 * <pre>{@code
 * {
 *   "gate": "ready-for-sprint",                   required, non-blank
 *   "onMisconfiguration": "block",                "block" (default) or "allow"
 *   "rules": [                                    required, at least one rule
 *     {"rule": "story-points", "field": "customfield_10016",
 *      "policy": "issue",                          "issue" (default), "every-subtask", "sum-of-subtasks"
 *      "forbidParentWhenSubtasksEstimated": false},
 *     {"rule": "acceptance-criteria", "field": "customfield_10100",
 *      "minItems": 2, "givenWhenThen": false},
 *     {"rule": "acceptance-criteria", "source": "description",
 *      "heading": "Acceptance Criteria"},        heading optional, this is its default
 *     {"rule": "test-coverage", "linkTypes": ["is tested by"], "testIssueTypes": ["Test"],
 *      "ignoreStatuses": ["Obsolete"], "field": "customfield_10200", "min": 1},
 *     {"rule": "field-present", "field": "customfield_10300", "label": "Architectural design"},
 *     {"rule": "linked-issue", "linkTypes": ["relates to"], "issueTypes": ["RFC"], "min": 1},
 *     {"rule": "subtasks-present", "min": 1, "ignoreStatuses": ["Won't do"]}
 *   ]
 * }
 * }</pre>
 *
 * <p>{@code min} and {@code minItems} are whole numbers from 1 to 1000 and default to 1; lists of
 * names default to empty (accept anything) and are compared ignoring case at evaluation; booleans
 * default to false. A {@code test-coverage} rule needs at least one of {@code linkTypes},
 * {@code testIssueTypes} and {@code field}. Field ids are system ids such as {@code description}
 * or custom ids such as {@code customfield_10016}; whether the field exists is checked when the
 * gate runs. An {@code acceptance-criteria} rule reads a field unless {@code "source":
 * "description"} (or only a {@code heading}) is given.
 *
 * <p>The settings of every rule kind are described as data in {@link GateConfigSchema}, which the
 * Cloud configuration page reads too.
 *
 * <p>Unknown rules or keys, wrong types, missing or out-of-range values all make {@link #parse}
 * throw one {@link GateConfigException} listing every problem with its JSONPath.
 */
public final class GateConfigParser {

    private static final Map<String, MisconfigurationPolicy> POLICIES = new LinkedHashMap<>();

    static {
        for (MisconfigurationPolicy policy : MisconfigurationPolicy.values()) {
            POLICIES.put(policy.configName(), policy);
        }
    }

    private final RuleParser ruleParser = new RuleParser();

    /**
     * Reads a gate from a JSON tree.
     *
     * @throws GateConfigException listing every problem found, if the configuration is invalid
     */
    public PhaseGate parse(Object jsonTree) {
        ConfigProblems problems = new ConfigProblems();
        Optional<ConfigObject> root = ConfigObject.of(jsonTree, "$", problems);
        if (root.isEmpty()) {
            problems.throwIfAny();
        }
        ConfigObject gate = root.orElseThrow();
        gate.allowOnly(GateConfigSchema.GATE_KEYS);
        Optional<String> name = gate.requiredString("gate");
        Optional<MisconfigurationPolicy> onMisconfiguration =
                gate.oneOf("onMisconfiguration", POLICIES, MisconfigurationPolicy.BLOCK);
        List<GateRule> rules = rules(gate, problems);
        problems.throwIfAny();
        return new PhaseGate(name.orElseThrow(), rules, onMisconfiguration.orElseThrow());
    }

    private List<GateRule> rules(ConfigObject gate, ConfigProblems problems) {
        if (!gate.has("rules")) {
            gate.problem("rules", MessageKey.CONFIG_MISSING);
        }
        Optional<List<?>> list = gate.list("rules");
        if (list.filter(List::isEmpty).isPresent()) {
            gate.problem("rules", MessageKey.CONFIG_NO_RULES);
        }
        List<?> entries = list.orElse(List.of());
        List<GateRule> rules = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            ConfigObject.of(entries.get(i), gate.pathOf("rules") + "[" + i + "]", problems)
                    .flatMap(ruleParser::parse)
                    .ifPresent(rules::add);
        }
        return rules;
    }
}
