package io.phasegate.core.readiness;

import static io.phasegate.core.testing.IssueSnapshots.anIssue;
import static org.assertj.core.api.Assertions.assertThat;

import io.phasegate.core.issue.FieldRef;
import io.phasegate.core.issue.FieldValue;
import io.phasegate.core.issue.IssueSnapshot;
import io.phasegate.core.readiness.CpoCoordination.Verdict;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CpoCoordinationTest {
    private static final FieldRef LINES = FieldRef.of("customfield_10200");
    private static final Optional<FieldRef> FIELD = Optional.of(LINES);

    static Stream<Arguments> businessLines() {
        return Stream.of(
                Arguments.of(FieldValue.empty(), Verdict.NO_LINES, List.of()),
                Arguments.of(FieldValue.items(List.of()), Verdict.NO_LINES, List.of()),
                Arguments.of(FieldValue.items(List.of("Retail")), Verdict.SINGLE_LINE, List.of("Retail")),
                Arguments.of(FieldValue.items(List.of("Retail", " retail ")), Verdict.SINGLE_LINE, List.of("Retail")),
                Arguments.of(
                        FieldValue.items(List.of("Retail", "Wholesale")),
                        Verdict.COORDINATED,
                        List.of("Retail", "Wholesale")),
                Arguments.of(
                        FieldValue.items(List.of("Retail", "Wholesale", "Payments")),
                        Verdict.COORDINATED,
                        List.of("Retail", "Wholesale", "Payments")),
                Arguments.of(FieldValue.wiki("Retail\nWholesale"), Verdict.COORDINATED, List.of("Retail", "Wholesale")),
                Arguments.of(
                        FieldValue.plain("Retail, Payments; "), Verdict.COORDINATED, List.of("Retail", "Payments")),
                Arguments.of(FieldValue.plain("  "), Verdict.NO_LINES, List.of()));
    }

    @ParameterizedTest
    @MethodSource("businessLines")
    void twoOrMoreDistinctBusinessLinesMakeAnRfcCpoCoordinated(FieldValue value, Verdict verdict, List<String> lines) {
        IssueSnapshot rfc = anIssue().type("RFC").with(LINES, value).build();

        CpoCoordination cpo = CpoCoordination.assess(rfc, FIELD);

        assertThat(cpo.verdict()).isEqualTo(verdict);
        assertThat(cpo.businessLines()).isEqualTo(lines);
        assertThat(cpo.coordinated()).isEqualTo(verdict == Verdict.COORDINATED);
    }

    @Test
    void aDeletedOrAbsentBusinessLinesFieldDecidesNothing() {
        IssueSnapshot rfc = anIssue().type("RFC").build();

        assertThat(CpoCoordination.assess(rfc, FIELD).verdict()).isEqualTo(Verdict.FIELD_MISSING);
        assertThat(CpoCoordination.assess(rfc, Optional.empty()).verdict()).isEqualTo(Verdict.FIELD_MISSING);
    }

    @Test
    void onlyRfcsAreReferredToTheCpo() {
        IssueSnapshot story = anIssue()
                .type("Story")
                .with(LINES, FieldValue.items(List.of("Retail", "Wholesale")))
                .build();

        assertThat(CpoCoordination.assess(story, FIELD).verdict()).isEqualTo(Verdict.NOT_AN_RFC);
    }

    @Test
    void theLabelIsAddedToACoordinatedRfcAndKeepsTheOtherLabels() {
        CpoCoordination coordinated = new CpoCoordination(Verdict.COORDINATED, List.of("A", "B"));

        assertThat(coordinated.labelsAfter(Set.of("growth")))
                .hasValueSatisfying(l -> assertThat(l).containsExactlyInAnyOrder("growth", CpoCoordination.LABEL));
        assertThat(coordinated.labelsAfter(Set.of("growth", CpoCoordination.LABEL)))
                .isEmpty();
    }

    @Test
    void theLabelIsRemovedWhenAnRfcNoLongerSpansTwoLines() {
        Set<String> labelled = Set.of("growth", CpoCoordination.LABEL);

        assertThat(new CpoCoordination(Verdict.SINGLE_LINE, List.of("A")).labelsAfter(labelled))
                .contains(Set.of("growth"));
        assertThat(new CpoCoordination(Verdict.NO_LINES, List.of()).labelsAfter(labelled))
                .contains(Set.of("growth"));
        assertThat(new CpoCoordination(Verdict.SINGLE_LINE, List.of("A")).labelsAfter(Set.of("growth")))
                .isEmpty();
    }

    @Test
    void undecidedIssuesKeepTheirLabelsWhateverTheyAre() {
        Set<String> labelled = Set.of(CpoCoordination.LABEL);

        assertThat(new CpoCoordination(Verdict.FIELD_MISSING, List.of()).labelsAfter(labelled))
                .isEmpty();
        assertThat(new CpoCoordination(Verdict.NOT_AN_RFC, List.of()).labelsAfter(labelled))
                .isEmpty();
    }
}
