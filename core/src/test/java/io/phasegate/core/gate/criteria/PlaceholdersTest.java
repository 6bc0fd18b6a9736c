package io.phasegate.core.gate.criteria;

import static io.phasegate.core.gate.criteria.Analyses.plain;
import static io.phasegate.core.gate.criteria.Analyses.texts;
import static io.phasegate.core.gate.criteria.Analyses.wiki;
import static org.assertj.core.api.Assertions.assertThat;

import io.phasegate.core.gate.criteria.CriteriaAnalysis.Status;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceholdersTest {
    private final Placeholders defaults = Placeholders.defaults();

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(
            strings = {
                "TBD",
                "tbd",
                "T.B.D.",
                "*TBD*",
                "_tbd_!",
                "TBC",
                "TODO",
                "To-Do",
                "N/A",
                "n/a",
                "NA",
                "N.A.",
                "None",
                "none.",
                "-",
                "--",
                "…",
                "...",
                "?",
                "???",
                "xxx",
                "XXXX",
                "Lorem ipsum",
                "lorem ipsum dolor sit amet",
                "<criterion>",
                "Given <precondition> When <action> Then <outcome>",
                "Given <context>\nWhen <action>\nThen <result>",
                "given [state] when [event] then [outcome]",
                "Add acceptance criteria here",
                "Add acceptance criteria here...",
                "Describe the acceptance criteria.",
                "<b>TBD</b>",
                "¯\\_(°)_/¯ 🤷"
            })
    void recognisesPlaceholders(String text) {
        assertThat(defaults.isPlaceholder(text)).isTrue();
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(
            strings = {
                "TBD: agree on the rounding rule with finance first",
                "Nonexistent users get a 404",
                "Given a user with <b>bold</b> name When shown Then escaped",
                "<script>alert(1)</script>",
                "NA region users see prices in USD",
                "xx-large font is supported",
                "Given [admin] user When she opens settings Then she sees audit logs",
                "Ändern des Passworts sendet eine E-Mail",
                "削除するとメールが送信される"
            })
    void keepsRealCriteria(String text) {
        assertThat(defaults.isPlaceholder(text)).isFalse();
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", " ", "\n\t "})
    void blankTextIsEmptyNotAPlaceholder(String text) {
        assertThat(defaults.isPlaceholder(text)).isFalse();
    }

    @Test
    void configuredPhrasesReplaceTheDefaultOnes() {
        Placeholders custom = Placeholders.of(List.of("Fill in before refinement"));

        assertThat(custom.isPlaceholder("fill in before refinement!")).isTrue();
        assertThat(custom.isPlaceholder("TBD")).isFalse();
        assertThat(custom.isPlaceholder("--")).isTrue();
    }

    @Test
    void placeholderItemsDoNotCountButRealOnesDo() {
        CriteriaAnalysis analysis =
                Analyses.section(wiki("h2. Acceptance Criteria\n* TBD\n* Users can sign up\n* ?\n"));

        assertThat(analysis)
                .isEqualTo(new CriteriaAnalysis(
                        Status.FOUND, List.of(Criterion.of("Users can sign up")), List.of("TBD", "?")));
    }

    @Test
    void unchangedTemplateInAFieldIsPlaceholderOnly() {
        String template =
                "h3. Acceptance Criteria\n# Given <precondition> When <action> Then <outcome>\n# <criterion>\n";

        CriteriaAnalysis analysis = Analyses.ANALYZER.analyzeWhole(wiki(template));

        assertThat(analysis.status()).isEqualTo(Status.PLACEHOLDER_ONLY);
        assertThat(analysis.placeholdersFound())
                .containsExactly("Given <precondition> When <action> Then <outcome>", "<criterion>");
    }

    @Test
    void analyzerUsesItsConfiguredPlaceholders() {
        CriteriaAnalyzer analyzer = new CriteriaAnalyzer(Placeholders.of(List.of("See Confluence")));

        assertThat(analyzer.analyzeWhole(plain("See confluence.")).status()).isEqualTo(Status.PLACEHOLDER_ONLY);
        assertThat(texts(analyzer.analyzeWhole(plain("TBD")))).containsExactly("TBD");
    }

    @Test
    void placeholdersAreValuesOfTheirPhrases() {
        assertThat(Placeholders.of(Placeholders.DEFAULT_PHRASES)).isEqualTo(Placeholders.defaults());
        assertThat(Placeholders.of(List.of("a")).hashCode())
                .isEqualTo(Placeholders.of(List.of("a")).hashCode());
        assertThat(Placeholders.of(List.of("TBD")).phrases()).containsExactly("TBD");
        assertThat(Placeholders.of(List.of("TBD"))).hasToString("placeholders[TBD]");
    }
}
