package io.phasegate.jira.setup;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.config.ConstantsManager;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.icon.IconType;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.context.GlobalIssueContext;
import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.customfields.manager.OptionsManager;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.customfields.option.Options;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.workflow.ConfigurableJiraWorkflow;
import com.atlassian.jira.workflow.JiraWorkflow;
import com.atlassian.jira.workflow.WorkflowManager;
import com.opensymphony.workflow.FactoryException;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mockito.MockedStatic;

/**
 * A Jira for set-up made of Mockito doubles of its managers that remember what was created: issue
 * types, custom fields with their contexts and select options, statuses and workflows. Only Jira's
 * own types are mocked; the set-up engine and the Jira adapters under test are the real ones. Close
 * it after the test: it holds the static double of {@link GlobalIssueContext}.
 */
public final class SetupDoubles implements AutoCloseable {
    /** The id Jira gives its default issue type avatar here. */
    public static final long DEFAULT_ISSUE_TYPE_AVATAR = 10_300L;

    public final List<IssueType> issueTypes = new ArrayList<>();
    public final List<CustomField> fields = new ArrayList<>();
    /** Option values of each field configuration, in Jira's order. */
    public final Map<FieldConfig, List<String>> options = new LinkedHashMap<>();

    public final List<Status> statuses = new ArrayList<>();
    public final List<JiraWorkflow> workflows = new ArrayList<>();
    public final List<WorkflowDescriptor> parsedWorkflows = new ArrayList<>();
    public final IssueTypeManager issueTypeManager = mock(IssueTypeManager.class);
    public final CustomFieldManager customFieldManager = mock(CustomFieldManager.class);
    public final OptionsManager optionsManager = mock(OptionsManager.class);
    public final AvatarManager avatarManager = mock(AvatarManager.class);
    public final ConstantsManager constantsManager = mock(ConstantsManager.class);
    public final StatusManager statusManager = mock(StatusManager.class);
    public final WorkflowManager workflowManager = mock(WorkflowManager.class);
    public final JiraContextNode globalContext = mock(JiraContextNode.class);
    private final Map<String, CustomFieldSearcher> searchers = new LinkedHashMap<>();
    private final MockedStatic<GlobalIssueContext> global = mockStatic(GlobalIssueContext.class);

    public SetupDoubles() {
        global.when(GlobalIssueContext::getInstance).thenReturn(globalContext);
        lenient().when(issueTypeManager.getIssueTypes()).thenAnswer(inv -> List.copyOf(issueTypes));
        lenient()
                .when(avatarManager.getDefaultAvatarId(IconType.ISSUE_TYPE_ICON_TYPE))
                .thenReturn(DEFAULT_ISSUE_TYPE_AVATAR);
        lenient()
                .when(issueTypeManager.createIssueType(anyString(), anyString(), any()))
                .thenAnswer(inv -> issueType(Integer.toString(10_000 + issueTypes.size()), inv.getArgument(0)));
        lenient().when(customFieldManager.getCustomFieldObjects()).thenAnswer(inv -> List.copyOf(fields));
        lenient().when(customFieldManager.getCustomFieldObject(anyString())).thenAnswer(inv -> fields.stream()
                .filter(f -> f.getId().equals(inv.getArgument(0)))
                .findFirst()
                .orElse(null));
        lenient().when(customFieldManager.getCustomFieldType(anyString())).thenAnswer(inv -> type(inv.getArgument(0)));
        lenient()
                .when(customFieldManager.getCustomFieldSearcher(anyString()))
                .thenAnswer(inv -> searcher(inv.getArgument(0)));
        lenient()
                .when(customFieldManager.createCustomField(
                        anyString(), anyString(), any(), any(), anyList(), anyList()))
                .thenAnswer(inv -> field(
                        "customfield_" + (10_100 + fields.size()),
                        inv.getArgument(0),
                        ((CustomFieldType) inv.getArgument(2)).getKey()));
        lenient().when(optionsManager.getOptions(any())).thenAnswer(inv -> options(inv.getArgument(0)));
        lenient()
                .when(optionsManager.createOption(any(), isNull(), anyLong(), anyString()))
                .thenAnswer(inv -> {
                    List<String> values = options.get((FieldConfig) inv.getArgument(0));
                    values.add(inv.getArgument(3));
                    return option(inv.getArgument(3));
                });
        lenient().when(constantsManager.getStatuses()).thenAnswer(inv -> List.copyOf(statuses));
        lenient()
                .when(statusManager.createStatus(anyString(), anyString(), anyString()))
                .thenAnswer(inv -> status(Integer.toString(10_000 + statuses.size()), inv.getArgument(0)));
        lenient().when(workflowManager.getWorkflows()).thenAnswer(inv -> List.copyOf(workflows));
        lenient()
                .doAnswer(inv -> workflows.add(workflow("Phasegate Delivery Workflow")))
                .when(workflowManager)
                .createWorkflow(any(), any(ConfigurableJiraWorkflow.class));
    }

    /** Screens, screen schemes, issue type screen schemes and projects. */
    public final ScreenDoubles screens = new ScreenDoubles();

    /** The set-up apply lock; free unless a test makes {@code tryLock()} answer false (held elsewhere). */
    public final ClusterLock applyLock = mock(ClusterLock.class);

    /** Beehive's lock service, handing out {@link #applyLock} for set-up's lock name. */
    public final ClusterLockService locks = mock(ClusterLockService.class);

    {
        lenient().when(applyLock.tryLock()).thenReturn(true);
        lenient().when(locks.getLockForName(JiraProjectSetup.LOCK)).thenReturn(applyLock);
    }

    /** The inventory reader over these doubles. */
    public JiraSetupInventory inventory() {
        return new JiraSetupInventory(
                issueTypeManager,
                customFieldManager,
                constantsManager,
                workflowManager,
                customFields(),
                screens.screens(customFieldManager),
                screens.projectScreens());
    }

    /** The port over these doubles; workflow XML is parsed with OSWorkflow's own loader. */
    public JiraSetupPort port(JiraAuthenticationContext authentication) {
        return port(authentication, new SchemeDoubles("PAY", "Payments").changes());
    }

    /** The port over these doubles, changing project schemes through {@code schemeChanges}. */
    public JiraSetupPort port(JiraAuthenticationContext authentication, JiraSchemeChanges schemeChanges) {
        return new JiraSetupPort(
                statusManager,
                workflowManager,
                authentication,
                xml -> {
                    try {
                        WorkflowDescriptor descriptor = PhaseWorkflowXmlTest.load(xml);
                        parsedWorkflows.add(descriptor);
                        return descriptor;
                    } catch (Exception e) {
                        throw new FactoryException(e.getMessage(), e);
                    }
                },
                new JiraIssueTypes(issueTypeManager, avatarManager),
                customFields(),
                screens.screens(customFieldManager),
                screens.projectScreens(),
                schemeChanges);
    }

    private JiraCustomFields customFields() {
        return new JiraCustomFields(customFieldManager, optionsManager);
    }

    /** An existing issue type. */
    public IssueType issueType(String id, String name) {
        IssueType type = mock(IssueType.class);
        lenient().when(type.getId()).thenReturn(id);
        lenient().when(type.getName()).thenReturn(name);
        issueTypes.add(type);
        return type;
    }

    /** An existing custom field of Jira's type {@code typeKey} with one (global) context. */
    public CustomField field(String id, String name, String typeKey) {
        return field(id, name, typeKey, 1);
    }

    /** An existing custom field with {@code contexts} contexts, each with its own options. */
    public CustomField field(String id, String name, String typeKey, int contexts) {
        CustomField field = mock(CustomField.class);
        lenient().when(field.getId()).thenReturn(id);
        lenient().when(field.getName()).thenReturn(name);
        CustomFieldType type = type(typeKey);
        lenient().when(field.getCustomFieldType()).thenReturn(type);
        List<FieldConfigScheme> schemes = new ArrayList<>();
        for (int i = 0; i < contexts; i++) {
            FieldConfig config = mock(FieldConfig.class);
            options.put(config, new ArrayList<>());
            FieldConfigScheme scheme = mock(FieldConfigScheme.class);
            lenient().when(scheme.getOneAndOnlyConfig()).thenReturn(config);
            schemes.add(scheme);
        }
        lenient().when(field.getConfigurationSchemes()).thenReturn(List.copyOf(schemes));
        fields.add(field);
        return field;
    }

    /** The option values of {@code field}'s first context. */
    public List<String> optionsOf(CustomField field) {
        return options.get(field.getConfigurationSchemes().get(0).getOneAndOnlyConfig());
    }

    /** The searcher double Jira returns for {@code key}. */
    public CustomFieldSearcher searcher(String key) {
        return searchers.computeIfAbsent(key, k -> mock(CustomFieldSearcher.class));
    }

    private static CustomFieldType type(String key) {
        CustomFieldType type = mock(CustomFieldType.class);
        lenient().when(type.getKey()).thenReturn(key);
        lenient().when(type.getName()).thenReturn("Type " + key.substring(key.indexOf(':') + 1));
        return type;
    }

    private Options options(FieldConfig config) {
        List<String> values = options.getOrDefault(config, List.of());
        Options result = mock(Options.class);
        lenient().when(result.stream()).thenAnswer(inv -> values.stream().map(SetupDoubles::option));
        return result;
    }

    private static Option option(String value) {
        Option option = mock(Option.class);
        lenient().when(option.getValue()).thenReturn(value);
        return option;
    }

    private Status status(String id, String name) {
        Status status = mock(Status.class);
        lenient().when(status.getId()).thenReturn(id);
        lenient().when(status.getName()).thenReturn(name);
        statuses.add(status);
        return status;
    }

    private static JiraWorkflow workflow(String name) {
        JiraWorkflow workflow = mock(JiraWorkflow.class);
        lenient().when(workflow.getName()).thenReturn(name);
        return workflow;
    }

    @Override
    public void close() {
        global.close();
    }
}
