package io.phasegate.core.gate.criteria;

import static io.phasegate.core.gate.criteria.Analyses.adf;
import static io.phasegate.core.gate.criteria.Analyses.section;
import static io.phasegate.core.gate.criteria.Analyses.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.phasegate.core.gate.criteria.CriteriaAnalysis.Status;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AdfCriteriaTest {

    static Stream<Arguments> documents() {
        return Stream.of(
                arguments(
                        "heading with a bullet list and a nested list, ends at the next heading of the same level",
                        doc(
                                heading(2, "Summary"),
                                paragraph("Users want CSV exports."),
                                heading(2, "Acceptance criteria"),
                                bullets(
                                        item(
                                                paragraph("Export button on the report"),
                                                bullets(item(paragraph("for admins")))),
                                        item(paragraph("CSV has a header row"))),
                                heading(3, "Performance"),
                                bullets(item(paragraph("10k rows in under 5 s"))),
                                heading(2, "Design"),
                                paragraph("Not a criterion")),
                        List.of(
                                "Export button on the report\nfor admins",
                                "CSV has a header row",
                                "10k rows in under 5 s")),
                arguments(
                        "bold label paragraph with an ordered list",
                        doc(
                                paragraph("Context first."),
                                """
                                {"type":"paragraph","content":[
                                  {"type":"text","text":"Acceptance criteria:","marks":[{"type":"strong"}]}]}""",
                                ordered(
                                        item(paragraph("Rejects files over 10 MB")),
                                        item(paragraph("Accepts PDF and PNG"))),
                                """
                                {"type":"paragraph","content":[
                                  {"type":"text","text":"Risks and dependencies to discuss:","marks":[{"type":"strong"}]}]}""",
                                bullets(item(paragraph("Virus scanner licence")))),
                        List.of("Rejects files over 10 MB", "Accepts PDF and PNG")),
                arguments(
                        "task list with a nested task list, inside a panel",
                        doc(
                                """
                                {"type":"panel","attrs":{"panelType":"info"},"content":[
                                  %s,
                                  {"type":"taskList","attrs":{"localId":"a"},"content":[
                                    {"type":"taskItem","attrs":{"localId":"1","state":"DONE"},
                                     "content":[{"type":"text","text":"Webhook fires on create"}]},
                                    {"type":"taskList","attrs":{"localId":"b"},"content":[
                                      {"type":"taskItem","attrs":{"localId":"2","state":"TODO"},
                                       "content":[{"type":"text","text":"with the issue key"}]}]},
                                    {"type":"taskItem","attrs":{"localId":"3","state":"TODO"},
                                     "content":[{"type":"text","text":"Webhook retries 3 times"}]}]}]}"""
                                        .formatted(heading(4, "AC"))),
                        List.of("Webhook fires on create\nwith the issue key", "Webhook retries 3 times")),
                arguments(
                        "one scenario across hard breaks, with mention, emoji and status",
                        doc(
                                heading(1, "Acceptance Criteria"),
                                """
                                {"type":"paragraph","content":[
                                  {"type":"text","text":"Given "},
                                  {"type":"mention","attrs":{"id":"5b10","text":"@Ana"}},
                                  {"type":"text","text":" is a reviewer"},
                                  {"type":"hardBreak"},
                                  {"type":"text","text":"When she approves "},
                                  {"type":"emoji","attrs":{"shortName":":white_check_mark:","text":"✅"}},
                                  {"type":"hardBreak"},
                                  {"type":"text","text":"Then the status is "},
                                  {"type":"status","attrs":{"text":"APPROVED","color":"green"}}]}"""),
                        List.of("Given @Ana is a reviewer\nWhen she approves ✅\nThen the status is APPROVED")),
                arguments(
                        "table rows without the header row",
                        doc(
                                heading(2, "Acceptance Criteria"),
                                """
                                {"type":"table","content":[
                                  {"type":"tableRow","content":[
                                    {"type":"tableHeader","content":[%s]},
                                    {"type":"tableHeader","content":[%s]}]},
                                  {"type":"tableRow","content":[
                                    {"type":"tableCell","content":[%s]},
                                    {"type":"tableCell","content":[%s]}]}]}"""
                                        .formatted(
                                                paragraph("#"),
                                                paragraph("Criterion"),
                                                paragraph("1"),
                                                paragraph("Price shows VAT"))),
                        List.of("Price shows VAT")),
                arguments(
                        "heading level as text, code blocks and rules are content or skipped",
                        doc(
                                """
                                {"type":"heading","attrs":{"level":"3"},"content":[{"type":"text","text":"Acceptance Criteria"}]}""",
                                """
                                {"type":"codeBlock","attrs":{"language":"gherkin"},"content":[
                                  {"type":"text","text":"Given a user\\nWhen she logs in\\nThen she sees the board"}]}""",
                                "{\"type\":\"rule\"}",
                                heading(3, "Out of scope"),
                                paragraph("SAML")),
                        List.of("Given a user\nWhen she logs in\nThen she sees the board")),
                arguments(
                        "a long bold label ends a label's section, a long plain colon line does not",
                        doc(
                                paragraph("AC:"),
                                paragraph("Before anything else the following has to be agreed with finance:"),
                                bullets(item(paragraph("Totals use banker's rounding"))),
                                """
                                {"type":"paragraph","content":[
                                  {"type":"text","text":"Things we deliberately leave out of this story:",
                                   "marks":[{"type":"strong"},{"type":"em"}]}]}""",
                                bullets(item(paragraph("Multi-currency")))),
                        List.of("Totals use banker's rounding")),
                arguments(
                        "expand titled like the heading, emoji short names and links",
                        doc(
                                """
                                {"type":"expand","attrs":{"title":"Acceptance Criteria"},"content":[
                                  {"type":"bulletList","content":[
                                    {"type":"listItem","content":[{"type":"paragraph","content":[
                                      {"type":"text","text":"Docs at "},
                                      {"type":"inlineCard","attrs":{"url":"https://example.com/docs"}},
                                      {"type":"text","text":" "},
                                      {"type":"emoji","attrs":{"shortName":":books:"}}]}]}]}]}"""),
                        List.of("Docs at https://example.com/docs :books:")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void findsTheCriteriaOfTheSection(String name, String json, List<String> expected) {
        CriteriaAnalysis analysis = section(adf(json));

        assertThat(analysis.status()).isEqualTo(Status.FOUND);
        assertThat(texts(analysis)).containsExactlyElementsOf(expected);
    }

    @Test
    void headingTextInACodeBlockIsNoSection() {
        String json = doc(
                """
                {"type":"codeBlock","content":[{"type":"text","text":"Acceptance Criteria"}]}""",
                paragraph("x"));

        assertThat(section(adf(json)).status()).isEqualTo(Status.MISSING_SECTION);
    }

    @Test
    void sectionWithOnlyAPlaceholderParagraph() {
        String json = doc(heading(2, "Acceptance Criteria"), paragraph("TBD"), heading(2, "Notes"), paragraph("x"));

        assertThat(section(adf(json)))
                .isEqualTo(new CriteriaAnalysis(Status.PLACEHOLDER_ONLY, List.of(), List.of("TBD")));
    }

    @Test
    void sectionWithEmptyParagraphsIsEmpty() {
        String json = doc(heading(2, "Acceptance Criteria"), "{\"type\":\"paragraph\"}", paragraph("   "));

        assertThat(section(adf(json)).status()).isEqualTo(Status.EMPTY);
    }

    @Test
    void wholeFieldInAdf() {
        String json = doc(bullets(item(paragraph("Sort by due date")), item(paragraph("Sort by priority"))));

        assertThat(texts(Analyses.ANALYZER.analyzeWhole(adf(json))))
                .containsExactly("Sort by due date", "Sort by priority");
    }

    static String doc(String... nodes) {
        return "{\"version\":1,\"type\":\"doc\",\"content\":[" + String.join(",", nodes) + "]}";
    }

    static String heading(int level, String text) {
        return "{\"type\":\"heading\",\"attrs\":{\"level\":" + level + "},\"content\":[" + text(text) + "]}";
    }

    static String paragraph(String text) {
        return "{\"type\":\"paragraph\",\"content\":[" + text(text) + "]}";
    }

    static String bullets(String... items) {
        return "{\"type\":\"bulletList\",\"content\":[" + String.join(",", items) + "]}";
    }

    static String ordered(String... items) {
        return "{\"type\":\"orderedList\",\"attrs\":{\"order\":1},\"content\":[" + String.join(",", items) + "]}";
    }

    static String item(String... blocks) {
        return "{\"type\":\"listItem\",\"content\":[" + String.join(",", blocks) + "]}";
    }

    private static String text(String text) {
        return "{\"type\":\"text\",\"text\":\"" + text.replace("\"", "\\\"") + "\"}";
    }
}
