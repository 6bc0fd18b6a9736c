package io.phasegate.jira.setup;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.context.GlobalIssueContext;
import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.customfields.manager.OptionsManager;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.issuetype.IssueType;
import io.phasegate.core.setup.FieldSpec;
import io.phasegate.core.setup.SetupFailure;
import io.phasegate.core.setup.SetupMessage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Custom fields and their select options in Jira: creates a field in the global context for all
 * issue types, reads the options a select field has, and adds missing ones.
 */
public final class JiraCustomFields {
    /** Jira's way of saying "every issue type": a list holding only {@code null}. */
    private static final List<IssueType> ALL_ISSUE_TYPES = Collections.singletonList(null);

    private final CustomFieldManager customFieldManager;
    private final OptionsManager optionsManager;

    public JiraCustomFields(CustomFieldManager customFieldManager, OptionsManager optionsManager) {
        this.customFieldManager = customFieldManager;
        this.optionsManager = optionsManager;
    }

    /** Creates the field with Jira's built-in type and searcher for its kind; returns its id. */
    public String create(FieldSpec spec) {
        String typeKey = JiraFieldKinds.typeKey(spec.kind());
        CustomFieldType type = customFieldManager.getCustomFieldType(typeKey);
        if (type == null) {
            throw new SetupFailure(SetupMessage.of("failure.field-type", spec.name(), typeKey), null);
        }
        CustomFieldSearcher searcher =
                customFieldManager.getCustomFieldSearcher(JiraFieldKinds.searcherKey(spec.kind()));
        List<JiraContextNode> global = List.of(GlobalIssueContext.getInstance());
        CustomField field;
        try {
            field = customFieldManager.createCustomField(
                    spec.name(), spec.description(), type, searcher, global, ALL_ISSUE_TYPES);
        } catch (Exception e) { // Jira declares the checked GenericEntityException (see the stub)
            throw new SetupFailure(SetupMessage.of("failure.field", spec.name(), reason(e)), e);
        }
        if (field == null) {
            throw new SetupFailure(SetupMessage.of("failure.field", spec.name(), "-"), null);
        }
        return field.getId();
    }

    /**
     * Adds those of {@code options}, in order, that the field does not have yet (compared ignoring
     * case and surrounding blanks), after its existing ones. Only a field with a single context is
     * changed: with several, which one Phasegate's options belong in is the administrator's call.
     */
    public void addOptions(String fieldId, List<String> options) {
        CustomField field = customFieldManager.getCustomFieldObject(fieldId);
        if (field == null) {
            throw new SetupFailure(SetupMessage.of("failure.field-missing", fieldId), null);
        }
        List<FieldConfigScheme> schemes = field.getConfigurationSchemes();
        int contexts = schemes == null ? 0 : schemes.size();
        FieldConfig config = contexts == 1 ? schemes.get(0).getOneAndOnlyConfig() : null;
        if (config == null) {
            throw new SetupFailure(
                    SetupMessage.of("failure.options-context", field.getName(), fieldId, Integer.toString(contexts)),
                    null);
        }
        List<String> have = values(config);
        long sequence = have.size();
        for (String option : options) {
            if (have.stream().noneMatch(h -> same(option, h))) {
                optionsManager.createOption(config, null, sequence++, option);
                have.add(option);
            }
        }
    }

    /** The option values of every context of {@code field}, in Jira's order, without repeats. */
    public List<String> options(CustomField field) {
        List<String> values = new ArrayList<>();
        List<FieldConfigScheme> schemes = field.getConfigurationSchemes();
        for (FieldConfigScheme scheme : schemes == null ? List.<FieldConfigScheme>of() : schemes) {
            FieldConfig config = scheme.getOneAndOnlyConfig();
            if (config != null) {
                values(config).stream().filter(v -> !values.contains(v)).forEach(values::add);
            }
        }
        return values;
    }

    private List<String> values(FieldConfig config) {
        List<String> values = new ArrayList<>();
        List<Option> options = optionsManager.getOptions(config);
        if (options != null) {
            options.stream().map(Option::getValue).filter(Objects::nonNull).forEach(values::add);
        }
        return values;
    }

    private static boolean same(String a, String b) {
        return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }

    private static String reason(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
