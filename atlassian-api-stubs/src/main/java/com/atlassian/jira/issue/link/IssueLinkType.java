package com.atlassian.jira.issue.link;

import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of an issue link type ("Blocks", "Relates", the sub-task link, ...).
 *
 * <p>Source: https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockIssueLinkType.java
 * (compiled against Jira 8.20.22: {@code implements IssueLinkType}, so it is an interface in 8.x,
 * not the class it was in Jira 4; overrides {@code getName()}, {@code getOutward()},
 * {@code getInward()}, {@code isSubTaskLinkType()} and {@code compareTo(IssueLinkType)}). The real
 * interface also extends {@code OfBizValueWrapper} and {@code Comparable<IssueLinkType>}; omitted.
 * {@code getName()} is also called by Jira 9.4.1-compiled code (member source).
 */
@ApiSource(
        value = "https://github.com/cures-hub/cures-condec-jira/blob/fbadb34925ef379f4929c9370e31c993825592f6/"
                + "src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockIssueLinkType.java",
        note =
                "cures-hub/cures-condec-jira@fbadb34, Jira 8.20.22 (pom.xml jira.version): implements the interface; "
                        + "supertypes OfBizValueWrapper, Comparable<IssueLinkType> omitted; not verified on 9/10 except getName")
public interface IssueLinkType {

    @ApiSource(
            value = "https://github.com/mailru/jira-plugins-mrimsender/blob/12bdf7fae42eb7a6f4cfaba47ff905d3705f9889/"
                    + "src/main/java/ru/mail/jira/plugins/myteam/bot/listeners/link/"
                    + "AbstractJiraIssueLinkEventHandler.java",
            note = "issueLink.getIssueLinkType().getName(), Jira 9.4.1")
    String getName();

    /** Description of the link seen from the source issue, e.g. "blocks". */
    String getOutward();

    /** Description of the link seen from the destination issue, e.g. "is blocked by". */
    String getInward();

    /** Whether this is Jira's internal parent/sub-task link type. */
    boolean isSubTaskLinkType();
}
