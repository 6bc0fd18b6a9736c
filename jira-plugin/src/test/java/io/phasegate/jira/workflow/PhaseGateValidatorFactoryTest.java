package io.phasegate.jira.workflow;

import static io.phasegate.jira.testing.JiraDoubles.customField;
import static io.phasegate.jira.testing.JiraDoubles.linkType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.util.I18nHelper;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import io.phasegate.jira.i18n.JiraMessages;
import io.phasegate.jira.testing.JiraDoubles;
import io.phasegate.jira.testing.Templates;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The validator's configuration screens: the factory's parameters rendered through the real
 * templates with Velocity in strict mode, and the submitted form turned into saved arguments.
 */
class PhaseGateValidatorFactoryTest {
    private static final String EDIT = "templates/workflow/phase-gate-validator-edit.vm";
    private static final String VIEW = "templates/workflow/phase-gate-validator-view.vm";

    private final CustomFieldManager customFields = mock(CustomFieldManager.class);
    private final IssueLinkTypeManager linkTypes = mock(IssueLinkTypeManager.class);
    private PhaseGateValidatorFactory factory;

    @BeforeEach
    void setUp() {
        CustomField points = customField("customfield_10016", "Story Points");
        CustomField hostile = customField("customfield_666", "<script>alert('f')</script>");
        List<CustomField> fields = List.of(points, hostile);
        when(customFields.getCustomFieldObjects()).thenReturn(fields);
        IssueLinkType tests = linkType("Tests", "tests", "is tested by");
        IssueLinkType odd = linkType("Odd", "<img src=x onerror=alert(1)>", "\"quoted\"");
        List<IssueLinkType> types = List.of(tests, odd);
        when(linkTypes.getIssueLinkTypes()).thenReturn(types);
        factory = new PhaseGateValidatorFactory(
                new GateConfigCodec(),
                customFields,
                linkTypes,
                new JiraMessages(JiraDoubles.authenticationContext(), customFields));
    }

    @Test
    void aSubmittedFormIsSavedAsNormalisedGateJson() {
        Map<String, Object> form = new HashMap<>();
        form.put("gateName", new String[] {"Ready for sprint"});
        form.put("storyPoints.enabled", new String[] {"true"});
        form.put("storyPoints.field", new String[] {"customfield_10016"});
        form.put("storyPoints.policy", new String[] {"every-subtask"});
        form.put("testCoverage.enabled", new String[] {"true"});
        form.put("testCoverage.linkTypes", new String[] {"is tested by"});
        form.put("testCoverage.testIssueTypes", new String[] {"Test, Xray Test"});
        form.put("testCoverage.min", new String[] {"2"});
        form.put("onMisconfiguration", new String[] {"allow"});

        Map<String, ?> params = factory.getDescriptorParams(form);

        assertThat(params.get(PhaseGateValidatorArgs.ON_MISCONFIGURATION)).isEqualTo("allow");
        String json = (String) params.get(PhaseGateValidatorArgs.GATE);
        PhaseGateValidatorArgs saved = PhaseGateValidatorArgs.from(params);
        assertThat(new GateConfigCodec().read(saved.gateJson()).rules()).hasSize(2);
        assertThat(json)
                .contains("\"policy\" : \"every-subtask\"")
                .contains("\"Xray Test\"")
                .contains("\"min\" : 2");
    }

    @Test
    void anInvalidSubmissionIsKeptExactlyAndItsProblemsShownOnEdit() {
        Map<String, Object> form = new HashMap<>();
        form.put("useAdvanced", new String[] {"true"});
        form.put("gateJson", new String[] {"{\"gate\":\"G\",\"rules\":[{\"rule\":\"story-pointz\"}]}"});

        Map<String, ?> params = factory.getDescriptorParams(form);
        assertThat(params.get(PhaseGateValidatorArgs.GATE))
                .isEqualTo("{\"gate\":\"G\",\"rules\":[{\"rule\":\"story-pointz\"}]}");

        Document edit = Jsoup.parseBodyFragment(renderEdit(params));
        assertThat(edit.select(".phasegate-problems li").text())
                .contains("$.rules[0].rule")
                .contains("story-pointz");
        assertThat(edit.select("#phasegate-advanced").text()).contains("story-pointz");
    }

    @Test
    void editShowsTheSavedGateInTheFormWithHostileNamesEscaped() {
        String json =
                "{\"gate\":\"Ready <b>now</b>\",\"rules\":[{\"rule\":\"story-points\",\"field\":\"customfield_10016\","
                        + "\"policy\":\"sum-of-subtasks\"},{\"rule\":\"acceptance-criteria\",\"source\":\"description\",\"minItems\":3,"
                        + "\"givenWhenThen\":true}]}";
        String html = renderEdit(new PhaseGateValidatorArgs(json, true).toDescriptorParams());
        Document edit = Jsoup.parseBodyFragment(html);

        assertThat(edit.select("#phasegate-gate-name").attr("value")).isEqualTo("Ready <b>now</b>");
        assertThat(edit.select("input[name=storyPoints.enabled]").hasAttr("checked"))
                .isTrue();
        assertThat(edit.select("select[name=storyPoints.field] option[selected]")
                        .val())
                .isEqualTo("customfield_10016");
        assertThat(edit.select("select[name=storyPoints.policy] option[selected]")
                        .val())
                .isEqualTo("sum-of-subtasks");
        assertThat(edit.select("input[name=acceptanceCriteria.minItems]").val()).isEqualTo("3");
        assertThat(edit.select("input[name=acceptanceCriteria.gwt]").hasAttr("checked"))
                .isTrue();
        assertThat(edit.select("input[name=testCoverage.enabled]").hasAttr("checked"))
                .isFalse();
        assertThat(edit.select("script, img")).isEmpty();
        assertThat(html)
                .contains("&lt;script&gt;alert(&#39;f&#39;)&lt;/script&gt;")
                .doesNotContain("<b>now</b>");
        assertThat(edit.select(".phasegate-problems")).isEmpty();
    }

    @Test
    void aNewValidatorStartsFromAnEmptyFormWithBlockAsTheSafeDefault() {
        Map<String, Object> params = new HashMap<>();
        factory.getVelocityParamsForInput(params);

        Document form = Jsoup.parseBodyFragment(Templates.render(EDIT, params));

        assertThat(form.select("#phasegate-on-misconfiguration option[selected]")
                        .val())
                .isEqualTo("block");
        assertThat(form.select("select[name=storyPoints.field] option")).hasSize(2);
        assertThat(form.select("select[name=testCoverage.linkTypes] option").eachAttr("value"))
                .contains("is tested by", "tests", "<img src=x onerror=alert(1)>");
    }

    @Test
    void viewSummarisesTheRulesAndFlagsAMisconfiguration() {
        Map<String, Object> params = new HashMap<>();
        factory.getVelocityParamsForView(
                params,
                descriptor(new PhaseGateValidatorArgs(
                                "{\"gate\":\"Ready\",\"rules\":[{\"rule\":\"subtasks-present\",\"min\":2}]}", false)
                        .toDescriptorParams()));
        Document ok = Jsoup.parseBodyFragment(Templates.render(VIEW, params));
        assertThat(ok.select("strong").text()).isEqualTo("Ready");
        assertThat(ok.select("li"))
                .singleElement()
                .satisfies(li -> assertThat(li.text()).startsWith("Sub-tasks").contains("subtasks"));
        assertThat(ok.select(".aui-lozenge").text()).contains("Lets transitions through");

        Map<String, Object> broken = new HashMap<>();
        factory.getVelocityParamsForView(
                broken, descriptor(new PhaseGateValidatorArgs("{oops", true).toDescriptorParams()));
        Document bad = Jsoup.parseBodyFragment(Templates.render(VIEW, broken));
        assertThat(bad.select(".aui-lozenge-error").text()).isEqualTo("Misconfigured");
        assertThat(bad.select(".phasegate-problems li").text()).contains("not valid JSON");
    }

    @Test
    void aBlankNameStoresAMarkerAndTheFormOffersTheDefaultAsAHint() {
        Map<String, Object> form = new HashMap<>();
        form.put("gateName", new String[] {"  "});
        form.put("gateNameDefault", new String[] {"phasegate.gate.name.default"});
        form.put("subtasks.enabled", new String[] {"true"});

        Map<String, ?> params = factory.getDescriptorParams(form);

        assertThat((String) params.get(PhaseGateValidatorArgs.GATE))
                .contains("\"gate\" : \"phasegate.gate.name.default\"")
                .doesNotContain("Phasegate gate");
        Document edit = Jsoup.parseBodyFragment(renderEdit(params));
        assertThat(edit.select("#phasegate-gate-name").attr("value")).isEmpty();
        assertThat(edit.select("#phasegate-gate-name").attr("placeholder")).isEqualTo("Phasegate gate");

        Map<String, Object> input = new HashMap<>();
        factory.getVelocityParamsForInput(input);
        Document fresh = Jsoup.parseBodyFragment(Templates.render(EDIT, input));
        assertThat(fresh.select("#phasegate-gate-name").attr("value")).isEmpty();
        assertThat(fresh.select("#phasegate-gate-name").attr("placeholder")).isEqualTo("Phasegate gate");
    }

    @Test
    void gatesSavedWithTheOldEnglishDefaultsReadInTheAdminsLanguageAndKeepTheirDefault() {
        factory = new PhaseGateValidatorFactory(
                new GateConfigCodec(), customFields, linkTypes, new JiraMessages(german(), customFields));
        String legacy = "{\"gate\":\"Ready for sprint\",\"rules\":[{\"rule\":\"subtasks-present\",\"min\":2}]}";
        Map<String, Object> view = new HashMap<>();
        factory.getVelocityParamsForView(
                view, descriptor(new PhaseGateValidatorArgs(legacy, true).toDescriptorParams()));
        assertThat(Jsoup.parseBodyFragment(Templates.render(VIEW, view))
                        .select("strong")
                        .text())
                .isEqualTo("Bereit f\u00fcr den Sprint");
        Map<String, Object> blank = new HashMap<>();
        factory.getVelocityParamsForView(
                blank,
                descriptor(new PhaseGateValidatorArgs(legacy.replace("Ready for sprint", "Phasegate gate"), true)
                        .toDescriptorParams()));
        assertThat(Jsoup.parseBodyFragment(Templates.render(VIEW, blank))
                        .select("strong")
                        .text())
                .isEqualTo("Phasegate-Schranke");

        Document edit =
                Jsoup.parseBodyFragment(renderEdit(new PhaseGateValidatorArgs(legacy, true).toDescriptorParams()));
        assertThat(edit.select("#phasegate-gate-name").attr("value")).isEmpty();
        assertThat(edit.select("#phasegate-gate-name").attr("placeholder")).isEqualTo("Bereit f\u00fcr den Sprint");

        // Saved again as the form stands: the default it stood for, now as a marker.
        Map<String, Object> submitted = new HashMap<>();
        submitted.put(
                "gateName", new String[] {edit.select("#phasegate-gate-name").val()});
        submitted.put(
                "gateNameDefault",
                new String[] {edit.select("input[name=gateNameDefault]").val()});
        submitted.put("subtasks.enabled", new String[] {"true"});
        submitted.put("subtasks.min", new String[] {"2"});
        assertThat((String) factory.getDescriptorParams(submitted).get(PhaseGateValidatorArgs.GATE))
                .contains("\"gate\" : \"phasegate.gate.name.ready-for-sprint\"");
    }

    private static JiraAuthenticationContext german() {
        I18nHelper texts = JiraDoubles.i18nHelper(Map.of(
                "phasegate.gate.name.default", "Phasegate-Schranke",
                "phasegate.gate.name.ready-for-sprint", "Bereit f\u00fcr den Sprint"));
        JiraAuthenticationContext german = mock(JiraAuthenticationContext.class);
        when(german.getI18nHelper()).thenReturn(texts);
        return german;
    }

    private String renderEdit(Map<String, ?> savedArgs) {
        Map<String, Object> params = new HashMap<>();
        factory.getVelocityParamsForEdit(params, descriptor(savedArgs));
        return Templates.render(EDIT, params);
    }

    @SuppressWarnings("unchecked")
    private static ValidatorDescriptor descriptor(Map<String, ?> args) {
        ValidatorDescriptor descriptor = new ValidatorDescriptor();
        descriptor.getArgs().putAll(args);
        return descriptor;
    }
}
