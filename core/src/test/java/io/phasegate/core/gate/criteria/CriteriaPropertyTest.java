package io.phasegate.core.gate.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.phasegate.core.gate.RuleResult;
import io.phasegate.core.gate.rules.AcceptanceCriteriaRule;
import io.phasegate.core.gate.rules.CriteriaSource;
import io.phasegate.core.issue.FieldValue;
import io.phasegate.core.issue.IssueSnapshot;
import io.phasegate.core.issue.RichText;
import io.phasegate.core.testing.IssueSnapshots;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of the acceptance-criteria reader over generated input: it never throws, whatever
 * users type, and text made only of placeholders never satisfies the rule.
 */
class CriteriaPropertyTest {
    private static final CriteriaAnalyzer ANALYZER = CriteriaAnalyzer.withDefaults();

    @Property(tries = 400)
    void neverThrowsOnAnyWikiOrPlainText(@ForAll("markupLikeText") String text) {
        assertThatCode(() -> {
                    ANALYZER.analyzeWhole(new RichText.WikiMarkup(text));
                    ANALYZER.analyzeSection(new RichText.WikiMarkup(text), "Acceptance Criteria");
                    ANALYZER.analyzeWhole(new RichText.Plain(text));
                    ANALYZER.analyzeSection(new RichText.Plain(text), "AC");
                })
                .doesNotThrowAnyException();
    }

    @Property(tries = 300)
    void neverThrowsOnAnyAdfShapedTree(@ForAll("adfNodes") Map<String, Object> content) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("type", "doc");
        doc.put("version", 1);
        doc.put("content", List.of(content));

        assertThatCode(() -> ANALYZER.analyzeSection(new RichText.Adf(doc), "Acceptance Criteria"))
                .doesNotThrowAnyException();
    }

    @Property(tries = 300)
    void placeholdersNeverPass(
            @ForAll("placeholderLists") List<String> placeholders,
            @ForAll("listMarkers") String marker,
            @ForAll @IntRange(min = 1, max = 3) int minItems) {
        StringBuilder description = new StringBuilder("h3. Acceptance Criteria\n");
        placeholders.forEach(p -> description.append(marker).append(p).append('\n'));
        IssueSnapshot issue = IssueSnapshots.anIssue()
                .with(IssueSnapshot.DESCRIPTION, FieldValue.wiki(description.toString()))
                .build();

        RuleResult result = new AcceptanceCriteriaRule(CriteriaSource.description(), minItems, false).evaluate(issue);

        assertThat(result.violations()).as(description.toString()).isNotEmpty();
    }

    @Provide
    Arbitrary<String> markupLikeText() {
        Arbitrary<String> tokens = Arbitraries.of(
                "h3. ",
                "h1.",
                "*",
                "**",
                "#",
                "-",
                "||",
                "|",
                "{code}",
                "{noformat}",
                "{panel:title=AC}",
                "{panel}",
                "Acceptance Criteria",
                "AC:",
                "Given ",
                "When ",
                "Then ",
                "And ",
                "TBD",
                "\n",
                "\n\n",
                "  ",
                "[ ]",
                "1)",
                "<script>",
                "…",
                "\u0000",
                "\uD83D\uDE00",
                "\t",
                "## ",
                "```");
        Arbitrary<String> words = Arbitraries.strings().ofMaxLength(12);
        return Arbitraries.oneOf(tokens, words).list().ofMaxSize(60).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<Map<String, Object>> adfNodes() {
        return adfNode(4);
    }

    private Arbitrary<Map<String, Object>> adfNode(int depth) {
        Arbitrary<String> types = Arbitraries.of(
                "paragraph",
                "heading",
                "bulletList",
                "orderedList",
                "listItem",
                "taskList",
                "taskItem",
                "text",
                "codeBlock",
                "panel",
                "table",
                "tableRow",
                "tableCell",
                "expand",
                "unknownNode");
        Arbitrary<Object> attrs = Arbitraries.oneOf(
                Arbitraries.just(Map.of("level", 3)),
                Arbitraries.just(Map.of("level", "x")),
                Arbitraries.just((Object) "not a map"),
                Arbitraries.just(Map.of()));
        Arbitrary<String> text = Arbitraries.oneOf(
                Arbitraries.of("Acceptance Criteria", "Given a When b Then c", "TBD"),
                Arbitraries.strings().ofMaxLength(20));
        Arbitrary<List<Map<String, Object>>> children = depth == 0
                ? Arbitraries.just(List.of())
                : Arbitraries.lazy(() -> adfNode(depth - 1)).list().ofMaxSize(3);
        return Combinators.combine(types, attrs, text, children).as((type, a, t, kids) -> {
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("type", type);
            node.put("attrs", a);
            node.put("text", t);
            node.put("content", new ArrayList<>(kids));
            return node;
        });
    }

    @Provide
    Arbitrary<List<String>> placeholderLists() {
        Arbitrary<String> one = Arbitraries.of(Placeholders.DEFAULT_PHRASES)
                .flatMap(p ->
                        Arbitraries.of(p, p.toUpperCase(), p.toLowerCase(), p + ".", "*" + p + "*", " " + p + " "));
        Arbitrary<String> symbols = Arbitraries.of("-", "--", "…", "...", "?", "xxx", "", "   ");
        return Arbitraries.oneOf(one, symbols).list().ofMinSize(1).ofMaxSize(5);
    }

    @Provide
    Arbitrary<String> listMarkers() {
        return Arbitraries.of("* ", "# ", "- ", "", "** ");
    }
}
