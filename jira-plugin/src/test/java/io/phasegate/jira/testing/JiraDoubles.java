package io.phasegate.jira.testing;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.util.I18nHelper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Map;
import java.util.Properties;

/** Mockito doubles of Jira's interfaces, set up the way Jira behaves. Only Jira types are mocked. */
public final class JiraDoubles {
    private JiraDoubles() {}

    /** Authentication context whose I18nHelper formats the plugin's real i18n files, as Jira does. */
    public static JiraAuthenticationContext authenticationContext() {
        I18nHelper i18n = i18nHelper(Map.of());
        JiraAuthenticationContext context = mock(JiraAuthenticationContext.class);
        lenient().when(context.getI18nHelper()).thenReturn(i18n);
        return context;
    }

    /**
     * An I18nHelper over the plugin's real i18n files with some texts replaced, as for a user whose
     * language has its own translation of them.
     */
    public static I18nHelper i18nHelper(Map<String, String> translated) {
        Properties texts = new Properties();
        load(texts, "/i18n/phasegate.properties");
        load(texts, "/i18n/phasegate-core.properties");
        texts.putAll(translated);
        I18nHelper i18n = mock(I18nHelper.class);
        lenient().when(i18n.getText(anyString())).thenAnswer(inv -> format(texts, inv.getArgument(0), new Object[0]));
        lenient().when(i18n.getText(anyString(), any())).thenAnswer(inv -> {
            Object params = inv.getArgument(1);
            Object[] args = params instanceof Object[] array ? array : new Object[] {params};
            return format(texts, inv.getArgument(0), args);
        });
        return i18n;
    }

    public static CustomField customField(String id, String name) {
        CustomField field = mock(CustomField.class);
        lenient().when(field.getId()).thenReturn(id);
        lenient().when(field.getName()).thenReturn(name);
        return field;
    }

    public static Issue issue(Long id, String key, String type, String status, String categoryKey) {
        return issue(Issue.class, id, key, type, status, categoryKey);
    }

    /** An issue as {@code IssueManager} returns it. */
    public static MutableIssue mutableIssue(Long id, String key, String type, String status, String categoryKey) {
        return issue(MutableIssue.class, id, key, type, status, categoryKey);
    }

    private static <T extends Issue> T issue(
            Class<T> kind, Long id, String key, String type, String status, String categoryKey) {
        T issue = mock(kind);
        lenient().when(issue.getId()).thenReturn(id);
        lenient().when(issue.getKey()).thenReturn(key);
        IssueType issueType = mock(IssueType.class);
        lenient().when(issueType.getName()).thenReturn(type);
        lenient().when(issue.getIssueType()).thenReturn(issueType);
        Status s = mock(Status.class);
        lenient().when(s.getName()).thenReturn(status);
        StatusCategory category = mock(StatusCategory.class);
        lenient().when(category.getKey()).thenReturn(categoryKey);
        lenient().when(s.getStatusCategory()).thenReturn(category);
        lenient().when(issue.getStatus()).thenReturn(s);
        lenient().when(issue.getSummary()).thenReturn("Summary of " + key);
        return issue;
    }

    public static IssueLinkType linkType(String name, String outward, String inward) {
        IssueLinkType type = mock(IssueLinkType.class);
        lenient().when(type.getName()).thenReturn(name);
        lenient().when(type.getOutward()).thenReturn(outward);
        lenient().when(type.getInward()).thenReturn(inward);
        return type;
    }

    public static IssueLink link(IssueLinkType type, Issue source, Issue destination) {
        IssueLink link = mock(IssueLink.class);
        lenient().when(link.getIssueLinkType()).thenReturn(type);
        lenient().when(link.getSourceObject()).thenReturn(source);
        lenient().when(link.getDestinationObject()).thenReturn(destination);
        return link;
    }

    private static String format(Properties texts, String key, Object[] args) {
        String text = texts.getProperty(key);
        return text == null ? key : new MessageFormat(text).format(args);
    }

    private static void load(Properties texts, String resource) {
        try (InputStream in = JiraDoubles.class.getResourceAsStream(resource)) {
            texts.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
