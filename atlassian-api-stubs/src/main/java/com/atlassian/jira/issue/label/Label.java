package com.atlassian.jira.issue.label;

import io.phasegate.stubs.ApiSource;

/**
 * Compile-only stub of one label on an issue.
 *
 * <p>Source: the public Jira 6.x jira-api source copy (turgaycelik/mysource@ee01e28,
 * {@code jira-api/src/main/java/com/atlassian/jira/issue/label/Label.java}: {@code @PublicApi public
 * final class Label}, {@code public Label(Long id, Long issue, String label)}, {@code public String
 * getLabel()}). Jira 10.0.0 code still names the type as the element of {@code Issue.getLabels()}
 * (atlassian-slack-integration-server@5e676f6, {@code SlackMessageResource.java}), and the Jira 7.x
 * javadoc of {@code LabelManager} returns {@code Set<Label>}. The other members (id, issue,
 * custom field id, the four-argument constructor) are not used and omitted.
 */
@ApiSource(
        value = "https://github.com/turgaycelik/mysource/blob/ee01e28aa6e36adff47ae02913a61f1cc10c4062/"
                + "jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/label/Label.java",
        note = "Jira 6.x jira-api source copy: final class, Label(Long, Long, String), getLabel(); type used by "
                + "Jira 10.0.0 code (Issue.getLabels()); members not verified on 9/10")
public final class Label {
    private final String label;

    public Label(Long id, Long issue, String label) {
        this.label = label;
    }

    /** The label's text. */
    public String getLabel() {
        return label;
    }
}
