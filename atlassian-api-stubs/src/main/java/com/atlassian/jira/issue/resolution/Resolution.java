package com.atlassian.jira.issue.resolution;

import com.atlassian.jira.issue.IssueConstant;
import io.phasegate.stubs.ApiSource;

/** Compile-only stub of an issue resolution (Done, Won't Do…); its name comes from {@link IssueConstant}. */
@ApiSource(
        value =
                "https://github.com/atlassian-labs/atlassian-slack-integration-server/blob/5e676f6b03681a7de8ddfbd5118e6657b4fb7872/jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/"
                        + "jira/plugins/slack/web/rest/SlackMessageResource.java",
        note = "Jira 10.0.0: return type of Issue.getResolution() in the anonymous Issue; extends IssueConstant per "
                + "Jira 7.x javadoc (jira/latest); Jira 9.4.1 mrimsender: final Resolution resolution = "
                + "issue.getResolution()")
public interface Resolution extends IssueConstant {}
