package com.atlassian.jira.issue;

import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import io.phasegate.stubs.ApiSource;
import java.util.Collection;
import java.util.List;

/**
 * Compile-only stub of the custom field lookup service.
 *
 * <p>Source: https://docs.atlassian.com/jira/7.2.0/com/atlassian/jira/issue/CustomFieldManager.html
 * ({@code @PublicApi public interface}; both methods listed). {@code getCustomFieldObject(String)}
 * is also called by a Jira 9.4.1-compiled plugin (see its member source).
 */
@ApiSource(
        value = "https://docs.atlassian.com/jira/7.2.0/com/atlassian/jira/issue/CustomFieldManager.html",
        note = "Jira 7.2.0 javadoc (no Jira 9/10 javadoc reachable)")
public interface CustomFieldManager {

    /** The custom field with the text key {@code id}, e.g. {@code "customfield_10000"}, or null. */
    @ApiSource(
            value = "https://github.com/mailru/jira-plugins-mrimsender/blob/12bdf7fae42eb7a6f4cfaba47ff905d3705f9889/"
                    + "src/main/java/ru/mail/jira/plugins/myteam/accessrequest/service/AccessRequestService.java",
            note = "mailru/jira-plugins-mrimsender@12bdf7f AccessRequestService.java: "
                    + "customFieldManager.getCustomFieldObject(String), Jira 9.4.1 "
                    + "(parent io.github.atlascommunity:parent:3.4.6 jira.version); also Jira 7.2.0 javadoc")
    CustomField getCustomFieldObject(String id);

    /** All custom fields. */
    @ApiSource(
            value = "https://docs.atlassian.com/jira/7.2.0/com/atlassian/jira/issue/CustomFieldManager.html",
            note = "Jira 7.2.0 javadoc 'Returns all custom fields.'; no Jira 9/10-compiled call of the no-arg "
                    + "overload was found (Jira 10.0.0 Slack code calls getCustomFieldObjects(Issue))")
    List<CustomField> getCustomFieldObjects();

    /**
     * Creates a custom field. Jira declares {@code throws org.ofbiz.core.entity.GenericEntityException}
     * (checked); the stub leaves it out because stubs stay inside {@code com.atlassian}, so callers
     * must catch {@link Exception} to honour the real contract.
     *
     * @param contexts where it applies, for example {@code GlobalIssueContext.getInstance()}
     * @param issueTypes the issue types it applies to; a list holding only {@code null} means all
     */
    @ApiSource(
            value =
                    "https://github.com/atlascommunity/jira-plugins-groovy/blob/ef39c5118d1b36aac531c9d03ba06aeaa03ead2e/src/main/java/ru/mail/jira/plugins/groovy/impl/jql/JqlInitializer.java",
            note = "atlascommunity/jira-plugins-groovy@ef39c51 JqlInitializer.java, Jira 8.13.1 (pom jira.version): "
                    + "CustomField customField = customFieldManager.createCustomField(String, String, "
                    + "getCustomFieldType(..), getCustomFieldSearcher(..), ImmutableList.of(GlobalIssueContext"
                    + ".getInstance()), FieldConfigSchemeManager.ALL_ISSUE_TYPES) inside catch "
                    + "(GenericEntityException); parameter types List<JiraContextNode>, List<IssueType> per Jira 7.2.0 "
                    + "javadoc; the checked GenericEntityException is omitted from the stub")
    CustomField createCustomField(
            String fieldName,
            String description,
            CustomFieldType fieldType,
            CustomFieldSearcher customFieldSearcher,
            List<JiraContextNode> contexts,
            List<IssueType> issueTypes);

    /** The field type with the plugin module key {@code key}, or null. */
    @ApiSource(
            value =
                    "https://github.com/atlascommunity/jira-plugins-groovy/blob/ef39c5118d1b36aac531c9d03ba06aeaa03ead2e/src/main/java/ru/mail/jira/plugins/groovy/impl/jql/JqlInitializer.java",
            note = "customFieldManager.getCustomFieldType(String) passed as createCustomField's CustomFieldType, "
                    + "Jira 8.13.1; also Jira 7.2.0 javadoc")
    CustomFieldType getCustomFieldType(String key);

    /** The searcher with the plugin module key {@code key}, or null. */
    @ApiSource(
            value =
                    "https://github.com/atlascommunity/jira-plugins-groovy/blob/ef39c5118d1b36aac531c9d03ba06aeaa03ead2e/src/main/java/ru/mail/jira/plugins/groovy/impl/jql/JqlInitializer.java",
            note = "customFieldManager.getCustomFieldSearcher(String) passed as createCustomField's "
                    + "CustomFieldSearcher, Jira 8.13.1; also Jira 7.2.0 javadoc")
    CustomFieldSearcher getCustomFieldSearcher(String key);

    /** The custom fields with this name (names are not unique). */
    @ApiSource(
            value =
                    "https://github.com/atlascommunity/jira-plugins-groovy/blob/ef39c5118d1b36aac531c9d03ba06aeaa03ead2e/"
                            + "src/main/java/ru/mail/jira/plugins/groovy/impl/jql/function/builtin/DateCompareFunction.java",
            note = "Collection<CustomField> fieldsByName = customFieldManager.getCustomFieldObjectsByName(fieldName), "
                    + "jira-plugins-groovy (Jira 8.x); the 7.2.0 javadoc deprecates getCustomFieldObjectByName in its "
                    + "favour. No Jira 9/10-compiled call found")
    Collection<CustomField> getCustomFieldObjectsByName(String customFieldName);
}
