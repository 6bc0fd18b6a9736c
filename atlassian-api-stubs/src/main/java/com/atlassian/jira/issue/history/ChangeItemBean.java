package com.atlassian.jira.issue.history;

import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of one changelog item: a field's value before and after (raw value and display
 * text). For custom fields {@code getField()} is the field's name, as in REST changelogs.
 */
@ApiSource(
        value =
                "https://github.com/mailru/jira-plugins-mrimsender/blob/12bdf7fae42eb7a6f4cfaba47ff905d3705f9889/src/main/java/ru/mail/jira/plugins/myteam/component/UserMentionService.java",
        note = "Jira 9.4.1: ChangeHistory.getChangeItemBeans() -> List<ChangeItemBean>, getField(), getFromString(); "
                + "Jira 10.0.0 Slack: new ChangeItemBean(fieldType, field, from, to) and ChangeItemBean::getField; "
                + "getFrom()/getTo()/getToString() per Jira 7.x javadoc and public scripts")
public class ChangeItemBean {
    private final String field;
    private final String from;
    private final String to;

    @ApiSource(
            value =
                    "https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/5e676f6b03681a7de8ddfbd5118e6657b4fb7872/jira-slack-server-integration/jira-slack-server-integration-plugin/src/test/java/com/"
                            + "atlassian/jira/plugins/slack/service/listener/impl/"
                            + "DefaultIssueEventToEventMatcherTypeConverterTest.java",
            note = "Jira 10.0.0: new ChangeItemBean(\"fieldType\", STATUS_FIELD_NAME, null, null)")
    public ChangeItemBean(String fieldType, String field, String from, String to) {
        this.field = field;
        this.from = from;
        this.to = to;
    }

    public String getField() {
        return field;
    }

    public String getFrom() {
        return from;
    }

    public String getFromString() {
        return null;
    }

    public String getTo() {
        return to;
    }

    public String getToString() {
        return null;
    }
}
