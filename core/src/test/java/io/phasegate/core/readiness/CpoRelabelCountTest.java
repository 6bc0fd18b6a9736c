package io.phasegate.core.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CpoRelabelCountTest {
    private static final CpoCoordination COORDINATED =
            new CpoCoordination(CpoCoordination.Verdict.COORDINATED, List.of("Retail", "Wholesale"));
    private static final CpoCoordination SINGLE =
            new CpoCoordination(CpoCoordination.Verdict.SINGLE_LINE, List.of("Retail"));
    private static final CpoCoordination UNDECIDED =
            new CpoCoordination(CpoCoordination.Verdict.FIELD_MISSING, List.of());

    @Test
    void countsAddedRemovedUnchangedAndFailedRfcs() {
        CpoRelabelCount count = CpoRelabelCount.NONE
                .plus(COORDINATED, Set.of("ux"))
                .plus(COORDINATED, Set.of(CpoCoordination.LABEL))
                .plus(SINGLE, Set.of(CpoCoordination.LABEL, "ux"))
                .plus(SINGLE, Set.of())
                .plus(UNDECIDED, Set.of(CpoCoordination.LABEL))
                .plusFailure();

        assertThat(count).isEqualTo(new CpoRelabelCount(6, 1, 1, 1));
        assertThat(count.changed()).isEqualTo(2);
    }

    @Test
    void moreChangesThanExaminedRfcsIsRefused() {
        assertThatThrownBy(() -> new CpoRelabelCount(1, 1, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CpoRelabelCount(-1, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
