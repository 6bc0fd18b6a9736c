package io.phasegate.core.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IssueTypeIconsTest {
    /** Jira 8's system issue type icons (a subset of its avatar table). */
    private static final List<SystemIcon> JIRA = List.of(
            new SystemIcon(10300, "genericissue.svg"),
            new SystemIcon(10309, "design_task.svg"),
            new SystemIcon(10311, "newfeature.svg"),
            new SystemIcon(10313, "requirement.svg"),
            new SystemIcon(10321, "development_task.svg"));

    @Test
    void rfcsAndDeepDivesGetDistinctSystemIcons() {
        IconChoice rfc = IssueTypeIcons.choose("rfc", JIRA);
        IconChoice deepDive = IssueTypeIcons.choose("deep-dive", JIRA);

        assertThat(rfc.icon()).contains(new SystemIcon(10313, "requirement.svg"));
        assertThat(deepDive.icon()).contains(new SystemIcon(10309, "design_task.svg"));
        assertThat(rfc.isDefault()).isFalse();
    }

    @Test
    void theNextPreferredIconIsUsedWhenTheFirstIsMissingMatchingNamesLoosely() {
        List<SystemIcon> older =
                List.of(new SystemIcon(7, "NewFeature.png"), new SystemIcon(8, "Development_Task.PNG"));

        assertThat(IssueTypeIcons.choose("rfc", older).icon()).contains(new SystemIcon(7, "NewFeature.png"));
        assertThat(IssueTypeIcons.choose("deep-dive", older).icon())
                .contains(new SystemIcon(8, "Development_Task.PNG"));
    }

    @Test
    void withoutAnyPreferredIconJirasDefaultIsChosen() {
        List<SystemIcon> bare = List.of(new SystemIcon(10300, "genericissue.svg"), new SystemIcon(1, "requirements"));

        assertThat(IssueTypeIcons.choose("rfc", bare).isDefault()).isTrue();
        assertThat(IssueTypeIcons.choose("rfc", List.of()).isDefault()).isTrue();
        assertThat(IssueTypeIcons.choose("story", JIRA).isDefault()).isTrue();
        assertThat(IssueTypeIcons.preferred("story")).isEmpty();
    }
}
