package io.phasegate.core.gate.config;

import io.phasegate.core.message.MessageKey;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a rule object's settings as its {@link RuleSchema} describes them, in the schema's order,
 * reporting every problem. The Cloud configuration page (cloud/static/config/src/gate-check.mjs)
 * follows the same steps over the exported schema; keep the two in step.
 */
final class SettingReader {

    private SettingReader() {}

    static Settings read(ConfigObject rule, RuleSchema schema) {
        rule.allowOnly(schema.allowedKeys());
        Map<String, Object> values = new HashMap<>();
        for (RuleSetting setting : schema.settings()) {
            if (applies(rule, setting, values)) {
                values.put(setting.key(), readOne(rule, setting));
            }
        }
        if (!schema.needsOneOf().isEmpty()
                && schema.needsOneOf().stream().noneMatch(key -> configured(rule, key, values))) {
            rule.problemHere(MessageKey.CONFIG_NEEDS_ONE_OF, String.join(", ", schema.needsOneOf()));
        }
        return new Settings(values);
    }

    /** Whether a conditional setting is read; a setting given against its condition is a conflict. */
    private static boolean applies(ConfigObject rule, RuleSetting setting, Map<String, Object> values) {
        if (setting.onlyWhen().isEmpty()) {
            return true;
        }
        RuleSetting.Condition condition = setting.onlyWhen().get();
        Optional<?> chosen = (Optional<?>) values.get(condition.setting());
        if (chosen.isEmpty() || chosen.get().equals(condition.value())) {
            return chosen.isPresent();
        }
        if (rule.has(setting.key())) {
            rule.problem(setting.key(), MessageKey.CONFIG_CONFLICT, condition.conflictWith());
        }
        return false;
    }

    private static Object readOne(ConfigObject rule, RuleSetting setting) {
        String key = setting.key();
        return switch (setting.type()) {
            case TEXT -> text(rule, setting);
            case FIELD -> setting.required() ? rule.requiredField(key) : rule.field(key);
            case FLAG -> rule.flag(key, (Boolean) setting.fallback());
            case COUNT -> rule.count(key, (Integer) setting.fallback(), setting.max());
            case NAMES -> rule.names(key);
            case CHOICE -> choice(rule, setting);
        };
    }

    private static Optional<String> text(ConfigObject rule, RuleSetting setting) {
        Optional<String> text = setting.required() ? rule.requiredString(setting.key()) : rule.string(setting.key());
        Optional<String> value = text.or(() -> Optional.ofNullable((String) setting.fallback()));
        if (setting.needsLetterOrDigit()
                && value.filter(v -> v.codePoints().noneMatch(Character::isLetterOrDigit))
                        .isPresent()) {
            rule.problem(setting.key(), MessageKey.CONFIG_NEEDS_LETTERS, value.get());
            return Optional.empty();
        }
        return value;
    }

    private static Optional<String> choice(ConfigObject rule, RuleSetting setting) {
        String fallback = setting.inferred()
                .filter(inference -> rule.has(inference.whenPresent()) && !rule.has(inference.whenAbsent()))
                .map(RuleSetting.Inference::value)
                .orElse((String) setting.fallback());
        Map<String, String> allowed = new LinkedHashMap<>();
        setting.choices().forEach(choice -> allowed.put(choice, choice));
        return rule.oneOf(setting.key(), allowed, fallback);
    }

    /** For "at least one of": a list counts when it has a usable entry, anything else when given. */
    private static boolean configured(ConfigObject rule, String key, Map<String, Object> values) {
        Object value = values.get(key);
        return value instanceof Set<?> names ? !names.isEmpty() : rule.has(key);
    }
}
