package io.phasegate.jira.admin;

import static org.mockito.Mockito.lenient;

import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.config.ConstantsManager;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.workflow.WorkflowManager;
import io.phasegate.jira.setup.JiraProjectSetup;
import io.phasegate.jira.setup.SchemeDoubles;
import io.phasegate.jira.setup.SetupDoubles;

/**
 * A Jira for set-up made of Mockito doubles of its managers that remember what was created (see
 * {@link SetupDoubles}); it starts with no issue types, fields, statuses or workflows. Only Jira
 * interfaces are mocked; the set-up engine and the Jira adapters are the real ones. Close it after
 * the test.
 */
final class SetupJira implements AutoCloseable {
    private final SetupDoubles doubles = new SetupDoubles();
    final IssueTypeManager issueTypeManager = doubles.issueTypeManager;
    final CustomFieldManager customFieldManager = doubles.customFieldManager;
    final ConstantsManager constantsManager = doubles.constantsManager;
    final StatusManager statusManager = doubles.statusManager;
    final WorkflowManager workflowManager = doubles.workflowManager;
    final AvatarManager avatarManager = doubles.avatarManager;
    final io.phasegate.jira.setup.ScreenDoubles screens = doubles.screens;
    /** The set-up apply lock (free unless a test says another apply holds it). */
    final com.atlassian.beehive.ClusterLock applyLock = doubles.applyLock;
    /** Project PAY's schemes: its own issue type scheme, Jira's default workflow scheme. */
    final SchemeDoubles schemes = new SchemeDoubles("PAY", "Payments");

    private final JiraAuthenticationContext authentication;

    SetupJira(JiraAuthenticationContext authentication) {
        this.authentication = authentication;
    }

    JiraProjectSetup setup() {
        return new JiraProjectSetup(
                doubles.inventory(),
                doubles.port(authentication, schemes.changes()),
                schemes.reader(authentication),
                doubles.locks);
    }

    /** A custom field of another app's type, whose type name Jira shows as given. */
    void field(String id, String name, String typeKey, String typeName) {
        CustomField field = doubles.field(id, name, typeKey);
        lenient().when(field.getCustomFieldType().getName()).thenReturn(typeName);
    }

    /** An existing issue type. */
    void issueType(String id, String name) {
        doubles.issueType(id, name);
    }

    @Override
    public void close() {
        doubles.close();
    }
}
