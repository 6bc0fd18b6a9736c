package io.phasegate.jira.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anySet;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.label.Label;
import com.atlassian.jira.issue.label.LabelManager;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.user.ApplicationUser;
import io.phasegate.jira.issue.JiraIssueSnapshots;
import io.phasegate.jira.testing.JiraDoubles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CpoLabelListenerTest {
    private static final String LABEL = "phasegate-cpo-coordinated";

    private final EventPublisher events = mock(EventPublisher.class);
    private final LabelManager labels = mock(LabelManager.class);
    private final CustomFieldManager customFields = mock(CustomFieldManager.class);
    private final ApplicationUser pm = mock(ApplicationUser.class);
    private final List<CustomField> allFields = new ArrayList<>();
    private CpoLabelListener listener;
    private Issue rfc;

    @BeforeEach
    void setUp() {
        listener = new CpoLabelListener(
                events,
                new CpoLabels(
                        labels,
                        new JiraIssueSnapshots(customFields, mock(IssueLinkManager.class)),
                        new BusinessLinesField(customFields)));
        when(customFields.getCustomFieldObjects()).thenReturn(allFields);
        rfc = JiraDoubles.issue(42L, "PG-42", "RFC", "RFC", "new");
    }

    private void businessLines(String... values) {
        CustomField field = JiraDoubles.customField("customfield_10200", "Business Lines");
        allFields.add(field);
        when(customFields.getCustomFieldObject("customfield_10200")).thenReturn(field);
        List<Option> options =
                Arrays.stream(values).map(CpoLabelListenerTest::option).toList();
        when(rfc.getCustomFieldValue(field)).thenReturn(options.isEmpty() ? null : options);
    }

    private void labelled(String... names) {
        when(rfc.getLabels())
                .thenReturn(Arrays.stream(names).map(n -> new Label(1L, 42L, n)).collect(Collectors.toSet()));
    }

    private void fire(Issue issue) {
        IssueEvent event = mock(IssueEvent.class);
        when(event.getIssue()).thenReturn(issue);
        when(event.getUser()).thenReturn(pm);
        listener.onIssueEvent(event);
    }

    @Test
    void anRfcSpanningTwoBusinessLinesGetsTheLabelKeepingItsOthers() {
        businessLines("Retail", "Wholesale");
        labelled("growth");

        fire(rfc);

        verify(labels).setLabels(pm, 42L, Set.of("growth", LABEL), false, true);
    }

    @Test
    void anRfcBackToOneBusinessLineLosesTheLabel() {
        businessLines("Retail");
        labelled("growth", LABEL);

        fire(rfc);

        verify(labels).setLabels(pm, 42L, Set.of("growth"), false, true);
    }

    @Test
    void anRfcWithNoBusinessLineLosesTheLabel() {
        businessLines();
        labelled(LABEL);

        fire(rfc);

        verify(labels).setLabels(pm, 42L, Set.of(), false, true);
    }

    @Test
    void labelsThatAreRightAlreadyAreNotWritten() {
        businessLines("Retail", "Wholesale");
        labelled(LABEL);

        fire(rfc);

        verify(labels, never()).setLabels(any(), anyLong(), anySet(), anyBoolean(), anyBoolean());
    }

    @Test
    void aDeletedBusinessLinesFieldLeavesTheLabelsAlone() {
        labelled(LABEL);

        fire(rfc);

        verify(labels, never()).setLabels(any(), anyLong(), anySet(), anyBoolean(), anyBoolean());
    }

    @Test
    void otherIssueTypesAreNotTouched() {
        Issue story = JiraDoubles.issue(43L, "PG-43", "Story", "Coding", "indeterminate");

        fire(story);

        verify(labels, never()).setLabels(any(), anyLong(), anySet(), anyBoolean(), anyBoolean());
    }

    @Test
    void aFailingLabelUpdateDoesNotReachTheUser() {
        businessLines("Retail", "Wholesale");
        labelled();
        when(labels.setLabels(eq(pm), eq(42L), anySet(), anyBoolean(), anyBoolean()))
                .thenThrow(new IllegalStateException("index locked"));

        fire(rfc); // no exception

        verify(labels).setLabels(pm, 42L, Set.of(LABEL), false, true);
    }

    @Test
    void registersWithTheEventPublisherAndReceivesIssueEvents() throws Exception {
        listener.register();
        listener.unregister();

        verify(events).register(listener);
        verify(events).unregister(listener);
        assertThat(CpoLabelListener.class
                        .getMethod("onIssueEvent", IssueEvent.class)
                        .isAnnotationPresent(EventListener.class))
                .isTrue();
    }

    private static Option option(String value) {
        Option option = mock(Option.class);
        when(option.getValue()).thenReturn(value);
        return option;
    }
}
