package io.phasegate.jira.workflow;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.plugin.workflow.AbstractWorkflowPluginFactory;
import com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory;
import com.opensymphony.workflow.loader.AbstractDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import io.phasegate.core.gate.DefaultGateNames;
import io.phasegate.core.gate.PhaseGate;
import io.phasegate.core.gate.config.GateConfigException;
import io.phasegate.jira.i18n.JiraMessages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Owns the Phasegate gate's configuration screens: what the form, edit and view templates show, and
 * how the submitted form becomes the validator's saved arguments. A configuration with problems is
 * still saved exactly as entered (nothing is lost) and the screens show what to fix.
 */
public final class PhaseGateValidatorFactory extends AbstractWorkflowPluginFactory
        implements WorkflowPluginValidatorFactory {
    /** A new validator: no rules yet, and no name chosen (the default name, in each reader's language). */
    static final String DEFAULT_GATE = "{\"gate\":\"" + DefaultGateNames.MARKER + "\",\"rules\":[]}";

    private final GateConfigCodec codec;
    private final CustomFieldManager customFields;
    private final IssueLinkTypeManager linkTypes;
    private final JiraMessages messages;

    public PhaseGateValidatorFactory(
            GateConfigCodec codec,
            CustomFieldManager customFields,
            IssueLinkTypeManager linkTypes,
            JiraMessages messages) {
        this.codec = codec;
        this.customFields = customFields;
        this.linkTypes = linkTypes;
        this.messages = messages;
    }

    @Override
    protected void getVelocityParamsForInput(Map<String, Object> velocityParams) {
        putForm(velocityParams, new PhaseGateValidatorArgs(DEFAULT_GATE, true));
    }

    @Override
    protected void getVelocityParamsForEdit(Map<String, Object> velocityParams, AbstractDescriptor descriptor) {
        putForm(velocityParams, args(descriptor));
    }

    @Override
    protected void getVelocityParamsForView(Map<String, Object> velocityParams, AbstractDescriptor descriptor) {
        PhaseGateValidatorArgs args = args(descriptor);
        List<Map<String, String>> summaries = new ArrayList<>();
        String name = "?";
        try {
            PhaseGate gate = codec.read(args.gateJson());
            name = messages.gateName(gate.name());
            gate.rules()
                    .forEach(rule -> summaries.add(Map.of(
                            "name", messages.text("phasegate.rule." + rule.id().configName() + ".name"),
                            "detail", rule.toString())));
        } catch (GateConfigException e) {
            // shown as problems below
        }
        velocityParams.put("gateName", name);
        velocityParams.put("ruleSummaries", summaries);
        velocityParams.put("problems", problems(args.gateJson()));
        velocityParams.put("onMisconfiguration", args.blocksOnMisconfiguration() ? "block" : "allow");
    }

    @Override
    public Map<String, ?> getDescriptorParams(Map<String, Object> formParams) {
        GateForm form = new GateForm(formParams);
        String json = form.usesAdvancedJson() ? form.advancedJson() : codec.json(form.toTree());
        try {
            json = codec.write(codec.read(json)); // normalised when valid
        } catch (GateConfigException e) {
            // keep exactly what the admin entered; the view and edit screens list the problems
        }
        return new PhaseGateValidatorArgs(json, !"allow".equals(form.onMisconfiguration())).toDescriptorParams();
    }

    private void putForm(Map<String, Object> velocityParams, PhaseGateValidatorArgs args) {
        Object tree;
        try {
            tree = codec.tree(args.gateJson());
        } catch (GateConfigException e) {
            tree = Map.of();
        }
        Map<String, Object> form = GateFormView.of(tree);
        form.put("gateNamePlaceholder", messages.gateName((String) form.get("gateNameDefault")));
        form.put("onMisconfiguration", args.blocksOnMisconfiguration() ? "block" : "allow");
        velocityParams.put("form", form);
        velocityParams.put("gateJson", args.gateJson());
        velocityParams.put("problems", problems(args.gateJson()));
        velocityParams.put("customFields", customFieldOptions());
        velocityParams.put("linkTypes", linkTypeOptions());
    }

    private List<String> problems(String json) {
        try {
            codec.read(json);
            return List.of();
        } catch (GateConfigException e) {
            return e.problems().stream()
                    .map(p -> p.path() + ": " + messages.text(p.message()))
                    .toList();
        }
    }

    private List<Map<String, String>> customFieldOptions() {
        List<Map<String, String>> options = new ArrayList<>();
        for (CustomField field : customFields.getCustomFieldObjects()) {
            options.add(option("id", field.getId(), "name", field.getName() + " (" + field.getId() + ")"));
        }
        options.sort(Comparator.comparing(o -> o.get("name"), String.CASE_INSENSITIVE_ORDER));
        return options;
    }

    private List<Map<String, String>> linkTypeOptions() {
        List<Map<String, String>> options = new ArrayList<>();
        for (IssueLinkType type : linkTypes.getIssueLinkTypes()) {
            if (!type.isSubTaskLinkType()) {
                Map<String, String> option = option("name", type.getName(), "inward", type.getInward());
                option.put("outward", type.getOutward());
                options.add(option);
            }
        }
        return options;
    }

    private static Map<String, String> option(String k1, String v1, String k2, String v2) {
        Map<String, String> option = new LinkedHashMap<>();
        option.put(k1, v1);
        option.put(k2, v2);
        return option;
    }

    @SuppressWarnings("rawtypes")
    private static PhaseGateValidatorArgs args(AbstractDescriptor descriptor) {
        Map args = descriptor instanceof ValidatorDescriptor v ? v.getArgs() : Map.of();
        return PhaseGateValidatorArgs.from(args);
    }
}
