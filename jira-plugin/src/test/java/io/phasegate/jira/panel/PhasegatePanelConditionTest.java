package io.phasegate.jira.panel;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasegate.jira.testing.JiraDoubles;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PhasegatePanelConditionTest {
    private static Map<String, Object> viewing(String issueType) {
        Map<String, Object> context = new HashMap<>();
        context.put("issue", JiraDoubles.issue(1L, "PG-1", issueType, "Open", "new"));
        return context;
    }

    @Test
    void byDefaultThePanelShowsOnRfcsDeepDivesAndStoriesOnly() {
        PhasegatePanelCondition condition = new PhasegatePanelCondition();
        condition.init(Map.of());

        assertThat(condition.shouldDisplay(viewing("RFC"))).isTrue();
        assertThat(condition.shouldDisplay(viewing("Technical Deep-dive"))).isTrue();
        assertThat(condition.shouldDisplay(viewing("Story"))).isTrue();
        assertThat(condition.shouldDisplay(viewing("Bug"))).isFalse();
        assertThat(condition.shouldDisplay(new HashMap<>())).isFalse();
    }

    @Test
    void theDescriptorParamChoosesTheIssueTypes() {
        PhasegatePanelCondition condition = new PhasegatePanelCondition();
        condition.init(Map.of(PhasegatePanelCondition.ISSUE_TYPES_PARAM, "Epic, bug"));

        assertThat(condition.shouldDisplay(viewing("Bug"))).isTrue();
        assertThat(condition.shouldDisplay(viewing("Story"))).isFalse();
    }
}
