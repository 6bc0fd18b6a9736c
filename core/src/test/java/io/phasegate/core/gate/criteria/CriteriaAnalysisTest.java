package io.phasegate.core.gate.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasegate.core.gate.criteria.CriteriaAnalysis.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

class CriteriaAnalysisTest {

    @Test
    void statusFollowsFromWhatWasFound() {
        assertThat(CriteriaAnalysis.of(List.of(), List.of()).status()).isEqualTo(Status.EMPTY);
        assertThat(CriteriaAnalysis.of(List.of(), List.of("TBD")).status()).isEqualTo(Status.PLACEHOLDER_ONLY);
        assertThat(CriteriaAnalysis.of(List.of(Criterion.of("x")), List.of("TBD"))
                        .status())
                .isEqualTo(Status.FOUND);
    }

    @Test
    void foundNeedsCriteriaAndOthersHaveNone() {
        assertThatThrownBy(() -> new CriteriaAnalysis(Status.FOUND, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CriteriaAnalysis(Status.EMPTY, List.of(Criterion.of("x")), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void listsTheCriteriaNotInGivenWhenThenForm() {
        Criterion gwt = Criterion.of("Given a When b Then c");
        Criterion free = Criterion.of("Exports work");

        assertThat(CriteriaAnalysis.of(List.of(gwt, free), List.of()).notGivenWhenThen())
                .containsExactly(free);
    }

    @Test
    void excerptIsOneLineOfAtMostSixtyCharacters() {
        Criterion criterion = Criterion.of("Given   a user\nwhen " + "very ".repeat(30) + "long");

        assertThat(criterion.excerpt())
                .hasSize(60)
                .startsWith("Given a user when very")
                .endsWith("…")
                .doesNotContain("\n");
    }

    @Test
    void excerptNeverSplitsACharacterOutsideTheBasicPlane() {
        Criterion criterion = Criterion.of("😀".repeat(100));

        assertThat(criterion.excerpt().codePointCount(0, criterion.excerpt().length()))
                .isEqualTo(60);
        assertThat(criterion.excerpt()).isEqualTo("😀".repeat(59) + "…");
    }

    @Test
    void analyzerRejectsAHeadingWithoutWords() {
        assertThatThrownBy(() -> Analyses.ANALYZER.analyzeSection(Analyses.plain("x"), " :: "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Analyses.ANALYZER).hasToString("criteriaAnalyzer(" + Placeholders.defaults() + ")");
    }
}
