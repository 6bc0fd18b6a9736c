package io.phasegate.jira.workflow;

import static io.phasegate.jira.testing.JiraDoubles.customField;
import static io.phasegate.jira.testing.JiraDoubles.issue;
import static io.phasegate.jira.testing.JiraDoubles.link;
import static io.phasegate.jira.testing.JiraDoubles.linkType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.util.I18nHelper;
import com.opensymphony.workflow.InvalidInputException;
import io.phasegate.jira.i18n.JiraMessages;
import io.phasegate.jira.issue.JiraIssueSnapshots;
import io.phasegate.jira.issue.ViewerVisibility;
import io.phasegate.jira.testing.JiraDoubles;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The gate on a transition, with Jira's interfaces mocked and the real engine behind it. */
class PhaseGateValidatorTest {
    private static final String READY_FOR_SPRINT =
            """
            {"gate":"Ready for sprint","rules":[
              {"rule":"story-points","field":"customfield_10016"},
              {"rule":"acceptance-criteria","source":"description","minItems":2},
              {"rule":"test-coverage","linkTypes":["is tested by"],"testIssueTypes":["Test"],"min":1}]}
            """;

    private final CustomFieldManager customFields = mock(CustomFieldManager.class);
    private final IssueLinkManager issueLinks = mock(IssueLinkManager.class);
    private final CustomField storyPoints = customField("customfield_10016", "Story Points");
    private final IssueLinkType tests = linkType("Tests", "tests", "is tested by");
    private final Issue story = issue(10L, "PG-7", "Story", "Technical Deep-dive", "indeterminate");

    private final PermissionManager permissions = mock(PermissionManager.class);
    /** Issues the transitioning user may not browse. */
    private final Set<Issue> notBrowsable = new HashSet<>();

    private PhaseGateValidator validator;

    private final JiraAuthenticationContext authentication = JiraDoubles.authenticationContext();

    @BeforeEach
    void setUp() {
        validator = new PhaseGateValidator(
                new GateConfigCodec(),
                new JiraIssueSnapshots(customFields, issueLinks),
                new JiraMessages(authentication, customFields),
                new ViewerVisibility(permissions, authentication));
        lenient()
                .when(permissions.hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), any(Issue.class), any()))
                .thenAnswer(call -> !notBrowsable.contains(call.getArgument(1)));
        lenient().when(customFields.getCustomFieldObject("customfield_10016")).thenReturn(storyPoints);
    }

    @Test
    void letsAReadyIssueThrough() {
        when(story.getCustomFieldValue(storyPoints)).thenReturn(5.0);
        when(story.getDescription()).thenReturn("h3. Acceptance Criteria\n* User can log in\n* User can log out");
        linkTestCase();

        assertThatCode(() -> validate(READY_FOR_SPRINT, "block")).doesNotThrowAnyException();
    }

    @Test
    void blocksWithEveryMissingItemInTheUsersLanguage() {
        when(story.getCustomFieldValue(storyPoints)).thenReturn(null);
        when(story.getDescription()).thenReturn("h3. Acceptance Criteria\nTBD");

        InvalidInputException e =
                catchThrowableOfType(InvalidInputException.class, () -> validate(READY_FOR_SPRINT, "block"));

        assertThat(e.getGenericErrors())
                .first()
                .isEqualTo("The gate \"Ready for sprint\" stops this transition. Missing:");
        assertThat(e.getErrors()).containsOnlyKeys("customfield_10016", "description");
        assertThat((String) e.getErrors().get("customfield_10016"))
                .isEqualTo("PG-7 has no story points. Enter a number greater than 0 in field Story Points.");
        assertThat((String) e.getErrors().get("description")).contains("Acceptance Criteria");
        assertThat(e.getGenericErrors())
                .anySatisfy(text -> assertThat((String) text).contains("Found 0 test cases, 1 required"));
    }

    /**
     * A gate saved without a name stores a marker; one saved before markers holds the English default
     * of that time. Either way the user reads the default name in their own language.
     */
    @Test
    void aGateWithoutAChosenNameIsNamedInTheUsersLanguage() {
        I18nHelper german = JiraDoubles.i18nHelper(Map.of(
                "phasegate.validator.blocked", "Die Schranke \u201e{0}\u201c h\u00e4lt diesen \u00dcbergang auf:",
                "phasegate.gate.name.default", "Phasegate-Schranke",
                "phasegate.gate.name.ready-for-sprint", "Bereit f\u00fcr den Sprint"));
        when(authentication.getI18nHelper()).thenReturn(german);
        String rule = ",\"rules\":[{\"rule\":\"story-points\",\"field\":\"customfield_10016\"}]}";
        Map<String, String> headlines = new java.util.LinkedHashMap<>();
        for (String name : List.of("Ready for sprint", "Phasegate gate", "phasegate.gate.name.default", "Mein Tor")) {
            InvalidInputException e = catchThrowableOfType(
                    InvalidInputException.class, () -> validate("{\"gate\":\"" + name + "\"" + rule, "block"));
            headlines.put(name, (String) e.getGenericErrors().iterator().next());
        }

        assertThat(headlines)
                .containsEntry(
                        "Ready for sprint",
                        "Die Schranke \u201eBereit f\u00fcr den Sprint\u201c h\u00e4lt diesen \u00dcbergang auf:")
                .containsEntry(
                        "Phasegate gate",
                        "Die Schranke \u201ePhasegate-Schranke\u201c h\u00e4lt diesen \u00dcbergang auf:")
                .containsEntry(
                        "phasegate.gate.name.default",
                        "Die Schranke \u201ePhasegate-Schranke\u201c h\u00e4lt diesen \u00dcbergang auf:")
                .containsEntry("Mein Tor", "Die Schranke \u201eMein Tor\u201c h\u00e4lt diesen \u00dcbergang auf:");
    }

    @Test
    void aDeletedFieldBlocksWithAClearMessageWhenTheAdminChoseBlock() {
        when(customFields.getCustomFieldObject("customfield_10016")).thenReturn(null);
        when(story.getDescription()).thenReturn("h3. Acceptance Criteria\n* one\n* two");
        linkTestCase();

        InvalidInputException e =
                catchThrowableOfType(InvalidInputException.class, () -> validate(READY_FOR_SPRINT, "block"));

        assertThat(e.getGenericErrors())
                .anySatisfy(text -> assertThat((String) text).contains("customfield_10016 does not exist"));
    }

    @Test
    void aDeletedFieldLetsTheIssueThroughWhenTheAdminChoseAllow() {
        when(customFields.getCustomFieldObject("customfield_10016")).thenReturn(null);
        when(story.getDescription()).thenReturn("h3. Acceptance Criteria\n* one\n* two");
        linkTestCase();
        String allow = READY_FOR_SPRINT.replace("{\"gate\":", "{\"onMisconfiguration\":\"allow\",\"gate\":");

        assertThatCode(() -> validate(allow, "allow")).doesNotThrowAnyException();
    }

    @Test
    void brokenConfigurationJsonNeverShowsAStackTrace() {
        InvalidInputException e =
                catchThrowableOfType(InvalidInputException.class, () -> validate("{\"gate\":", "block"));

        assertThat(e.getGenericErrors()).singleElement().satisfies(text -> assertThat((String) text)
                .startsWith("The gate on this transition is misconfigured")
                .contains("not valid JSON")
                .doesNotContain("Exception"));
        assertThatCode(() -> validate("{\"gate\":", "allow")).doesNotThrowAnyException();
    }

    @Test
    void anUnexpectedJiraFailureBlocksWithAMessageAndNoDetail() {
        when(customFields.getCustomFieldObject("customfield_10016")).thenThrow(new IllegalStateException("db down"));

        InvalidInputException e =
                catchThrowableOfType(InvalidInputException.class, () -> validate(READY_FOR_SPRINT, "block"));

        assertThat(e.getGenericErrors()).singleElement().satisfies(text -> assertThat((String) text)
                .contains("unexpected error")
                .doesNotContain("db down"));
    }

    @Test
    void hostileTextFromJiraIsPassedOnAsPlainTextForJiraToEscape() {
        Issue rfc = issue(12L, "PG-9", "<script>alert(1)</script>", "Done", "done");
        IssueLinkType relates = linkType("Relates", "relates to", "relates to");
        var relatesToRfc = List.of(link(relates, story, rfc));
        when(issueLinks.getOutwardLinks(10L)).thenReturn(relatesToRfc);
        String gate = "{\"gate\":\"<b>RFC</b> gate\",\"rules\":[{\"rule\":\"linked-issue\",\"issueTypes\":[\"RFC\"]}]}";

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> validate(gate, "block"));

        assertThat(e.getGenericErrors())
                .first()
                .isEqualTo("The gate \"<b>RFC</b> gate\" stops this transition. Missing:");
    }

    @Test
    void aTransitionWithoutAnIssueIsBlockedNotCrashed() {
        Map<String, Object> args = new PhaseGateValidatorArgs(READY_FOR_SPRINT, true)
                .toDescriptorParams().entrySet().stream()
                        .collect(HashMap::new, (m, en) -> m.put(en.getKey(), en.getValue()), HashMap::putAll);

        InvalidInputException e = catchThrowableOfType(
                InvalidInputException.class, () -> validator.validate(new HashMap<>(), args, null));

        assertThat(e.getGenericErrors()).singleElement().satisfies(text -> assertThat((String) text)
                .contains("could not read the issue"));
    }

    @Test
    void aLinkedTestTheUserMayNotBrowseCountsTheSameButIsNotNamed() {
        String gate = "{\"gate\":\"Tested\",\"rules\":[{\"rule\":\"test-coverage\",\"testIssueTypes\":[\"Test\"],"
                + "\"ignoreStatuses\":[\"Obsolete\"],\"min\":2}]}";
        Issue counted = issue(11L, "SEC-8", "Test", "Ready", "new");
        Issue obsolete = issue(12L, "SEC-60", "Test", "Obsolete", "done");
        notBrowsable.addAll(List.of(counted, obsolete));
        var links = List.of(link(tests, counted, story), link(tests, obsolete, story));
        when(issueLinks.getInwardLinks(10L)).thenReturn(links);

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> validate(gate, "block"));

        assertThat(e.getGenericErrors())
                .anySatisfy(text -> assertThat((String) text)
                        .contains("Found 1 test cases, 2 required.")
                        .endsWith("One linked test you may not browse is not counted because of its status."))
                .noneSatisfy(text -> assertThat((String) text).contains("SEC-"));
    }

    private void linkTestCase() {
        var testedBy = List.of(link(tests, issue(11L, "PG-8", "Test", "Ready", "new"), story));
        when(issueLinks.getInwardLinks(10L)).thenReturn(testedBy);
    }

    private void validate(String gateJson, String onMisconfiguration) throws InvalidInputException {
        Map<String, Object> transientVars = new HashMap<>();
        transientVars.put("issue", story);
        Map<String, Object> args = new HashMap<>();
        args.put(PhaseGateValidatorArgs.GATE, gateJson);
        args.put(PhaseGateValidatorArgs.ON_MISCONFIGURATION, onMisconfiguration);
        validator.validate(transientVars, args, null);
    }
}
