package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.label.Label;
import com.atlassian.jira.issue.resolution.Resolution;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import io.phasegate.stubs.ApiSource;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.Set;

/**
 * Compile-only stub of Jira's main issue interface.
 *
 * <p>Source: https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/5e676f6b03681a7de8ddfbd5118e6657b4fb7872/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/SlackMessageResource.java
 * ({@code getDummyIssue}: a complete anonymous {@code Issue} compiled against Jira 10.0.0, which
 * fixes every return type below, e.g. {@code Long getId()}, {@code Collection<Issue> getSubTaskObjects()}).
 *
 * <p>Hierarchy: the real interface is
 * {@code Issue extends OfBizValueWrapper, IssueContext, WithId, WithKey}
 * (https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/Issue.html). Those supertypes
 * are omitted: {@code getId()} and {@code getKey()} are declared in {@code Issue} itself (the
 * Jira 4.4.4 javadoc lists {@code getId()} in Issue's own method summary; the public Jira 6.x
 * jira-api source copy declares {@code getKey()} and redeclares {@code getId()} with
 * {@code @Override} after WithId/WithKey were added), and
 * {@code getIssueType()}, which {@code IssueContext} also declares, carries Issue's own doc text
 * ("Gets the IssueType for this Issue.") in the DAC javadoc of {@code AbstractIssue}. A call on an
 * {@code Issue} reference compiles to {@code Issue.getIssueType} whichever interface declares it.
 */
@ApiSource(
        value = "https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/"
                + "5e676f6b03681a7de8ddfbd5118e6657b4fb7872/jira-slack-server-integration/"
                + "jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/"
                + "web/rest/SlackMessageResource.java",
        note = "atlassian-labs/atlassian-slack-integration-server@5e676f6 SlackMessageResource.java getDummyIssue(), "
                + "Jira 10.0.0: anonymous Issue overriding all members used here. Supertypes OfBizValueWrapper, "
                + "IssueContext, WithId, WithKey (jira/latest javadoc) omitted")
public interface Issue {

    /** The issue's database id. */
    Long getId();

    /** The issue key, e.g. {@code "PG-12"}. */
    String getKey();

    String getSummary();

    String getDescription();

    IssueType getIssueType();

    Status getStatus();

    boolean isSubTask();

    /** The issue's sub-tasks. */
    Collection<Issue> getSubTaskObjects();

    /** The value of {@code customField} on this issue; its Java type depends on the field type. */
    Object getCustomFieldValue(CustomField customField);

    /** The issue's labels (the system Labels field). */
    Set<Label> getLabels();

    /** When the issue was created. */
    Timestamp getCreated();

    /** The issue's resolution; null while unresolved. */
    Resolution getResolution();

    /** The assignee; null when unassigned. */
    ApplicationUser getAssignee();

    /** The issue's project. */
    Project getProjectObject();
}
