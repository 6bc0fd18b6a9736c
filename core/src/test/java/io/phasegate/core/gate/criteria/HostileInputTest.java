package io.phasegate.core.gate.criteria;

import static io.phasegate.core.gate.criteria.Analyses.ANALYZER;
import static io.phasegate.core.gate.criteria.Analyses.plain;
import static io.phasegate.core.gate.criteria.Analyses.section;
import static io.phasegate.core.gate.criteria.Analyses.texts;
import static io.phasegate.core.gate.criteria.Analyses.wiki;
import static org.assertj.core.api.Assertions.assertThat;

import io.phasegate.core.gate.criteria.CriteriaAnalysis.Status;
import io.phasegate.core.issue.RichText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Text users paste can be anything; the analysis must neither fail nor take forever (ReDoS). */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class HostileInputTest {
    private static final int SIZE = 200 * 1024;

    static Stream<String> hostileTexts() {
        return Stream.of(
                "a".repeat(SIZE),
                "*".repeat(SIZE),
                "# " + " ".repeat(SIZE) + "x",
                "h2. " + " ".repeat(SIZE),
                "[".repeat(SIZE),
                "{".repeat(SIZE),
                "<".repeat(SIZE),
                "!a".repeat(SIZE / 2),
                "|".repeat(SIZE),
                "-".repeat(SIZE),
                "_a".repeat(SIZE / 2),
                "given ".repeat(SIZE / 6),
                "Acceptance Criteria:" + ":".repeat(SIZE),
                "{code}" + "x\n".repeat(SIZE / 2),
                "```\n" + "y".repeat(SIZE),
                " ".repeat(SIZE) + "- item",
                "\u0000\uD800\uFFFF\u202E".repeat(SIZE / 4));
    }

    @ParameterizedTest
    @MethodSource("hostileTexts")
    void hugeOrOddTextInAnyFormatIsAnalysed(String text) {
        for (Function<String, RichText> format : List.<Function<String, RichText>>of(
                RichText.WikiMarkup::new, RichText.Plain::new, HostileInputTest::adfParagraph)) {
            assertThat(ANALYZER.analyzeWhole(format.apply(text)).status()).isNotNull();
            assertThat(section(format.apply("h2. Acceptance Criteria\n" + text)).status())
                    .isNotNull();
        }
    }

    @Test
    void hugeCriterionIsKeptWholeAndItsExcerptIsShort() {
        CriteriaAnalysis analysis = section(wiki("h2. Acceptance Criteria\n* " + "a".repeat(SIZE)));

        assertThat(analysis.criteria()).singleElement().satisfies(criterion -> {
            assertThat(criterion.text()).hasSize(SIZE);
            assertThat(criterion.excerpt()).hasSize(60);
        });
    }

    @Test
    void thousandsOfItemsAreCounted() {
        String markup = "h2. Acceptance Criteria\n" + "* Export works\n".repeat(20_000);

        assertThat(section(wiki(markup)).criteria()).hasSize(20_000);
    }

    @Test
    void htmlAndScriptTagsAreTextLikeAnyOther() {
        String markup =
                "h2. Acceptance Criteria\n* <script>alert('x')</script> is shown as text\n* <img src=x onerror=y>";

        assertThat(section(wiki(markup)))
                .isEqualTo(new CriteriaAnalysis(
                        Status.FOUND,
                        List.of(Criterion.of("<script>alert('x')</script> is shown as text")),
                        List.of("<img src=x onerror=y>")));
    }

    @Test
    void unicodeHeadingsAndCriteria() {
        String text = "## ✅ Acceptance Criteria ✅\n- Пользователь видит цену в ₽\n- 用户可以导出\n- مرحبا بالعالم\n";

        assertThat(texts(section(plain(text))))
                .containsExactly("Пользователь видит цену в ₽", "用户可以导出", "مرحبا بالعالم");
    }

    @Test
    void malformedAdfIsReadAsFarAsItMakesSense() {
        Map<String, Object> oddHeading = new HashMap<>();
        oddHeading.put("type", "heading");
        oddHeading.put("attrs", Map.of("level", 99));
        oddHeading.put("content", List.of(Map.of("type", "text", "text", "Acceptance Criteria")));
        Map<String, Object> nullText = new HashMap<>();
        nullText.put("type", "text");
        nullText.put("text", null);
        List<Object> content = new ArrayList<>(List.of(
                "not a node",
                42,
                Map.of("type", 7),
                Map.of("type", "paragraph", "content", "not a list"),
                oddHeading,
                Map.of(
                        "type",
                        "bulletList",
                        "content",
                        List.of(Map.of(
                                "type",
                                "listItem",
                                "content",
                                List.of(Map.of(
                                        "type",
                                        "paragraph",
                                        "content",
                                        List.of(nullText, text("Real criterion")))))))));
        content.add(null);

        CriteriaAnalysis analysis = section(new RichText.Adf(Map.of("type", "doc", "content", content)));

        assertThat(texts(analysis)).containsExactly("Real criterion");
    }

    @Test
    void absurdlyDeepAdfDoesNotOverflowTheStack() {
        Map<String, Object> node = Map.of("type", "paragraph", "content", List.of(text("deep")));
        for (int i = 0; i < 50_000; i++) {
            node = Map.of("type", i % 2 == 0 ? "listItem" : "bulletList", "content", List.of(node));
        }
        RichText document = new RichText.Adf(Map.of("type", "doc", "content", List.of(node)));

        assertThat(ANALYZER.analyzeWhole(document).status()).isEqualTo(Status.EMPTY);
    }

    private static RichText adfParagraph(String text) {
        return new RichText.Adf(
                Map.of("type", "doc", "content", List.of(Map.of("type", "paragraph", "content", List.of(text(text))))));
    }

    private static Map<String, Object> text(String text) {
        return Map.of("type", "text", "text", text);
    }
}
