package com.atlassian.jira.issue.changehistory;

import com.atlassian.jira.issue.history.ChangeItemBean;
import io.phasegate.stubs.ApiSource;
import java.sql.Timestamp;
import java.util.List;

/** Compile-only stub of one changelog entry: who changed what at one moment. */
@ApiSource(
        value =
                "https://github.com/mailru/jira-plugins-mrimsender/blob/12bdf7fae42eb7a6f4cfaba47ff905d3705f9889/src/main/java/ru/mail/jira/plugins/myteam/component/UserMentionService.java",
        note = "Jira 9.4.1: List<ChangeItemBean> getChangeItemBeans(); getTimePerformed() called by "
                + "cures-condec-jira@fbadb34 KnowledgeElement.java (Jira 8.20.22), Timestamp per Jira 7.x javadoc")
public class ChangeHistory {
    private ChangeHistory() {}

    /** The items changed in this entry. */
    public List<ChangeItemBean> getChangeItemBeans() {
        throw new IllegalStateException("stub");
    }

    /** When the change was made. */
    @ApiSource(
            value =
                    "https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/src/main/java/de/uhd/ifi/se/decision/management/jira/model/KnowledgeElement.java",
            note = "Jira 8.20.22: changeItem.getTimePerformed() for each ChangeHistory of getChangeHistories(issue)")
    public Timestamp getTimePerformed() {
        throw new IllegalStateException("stub");
    }
}
