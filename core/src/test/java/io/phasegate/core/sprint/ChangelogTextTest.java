package io.phasegate.core.sprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ChangelogTextTest {
    @Test
    void sprintIdListsAreReadInOrderAndNamesAreRefused() {
        assertThat(ChangelogText.sprintIds("3, 4")).containsExactly(3L, 4L);
        assertThat(ChangelogText.sprintIds(" ")).isEmpty();
        assertThat(ChangelogText.sprintIds(null)).isEmpty();
        assertThat(ChangelogText.sprintIds("7,,8")).containsExactly(7L, 8L);
        assertThat(ChangelogText.sprintIds("Sprint 3")).isNull();
    }

    @Test
    void estimatesKeepNotEstimatedApartFromZeroAndDropTrailingZeros() {
        assertThat(ChangelogText.estimate("")).isNull();
        assertThat(ChangelogText.estimate("0")).isEqualByComparingTo("0");
        assertThat(ChangelogText.estimate("5.0")).isEqualTo(new BigDecimal("5"));
        assertThat(ChangelogText.estimate("50")).isEqualTo(new BigDecimal("50"));
        assertThat(ChangelogText.estimate(" 2.50 ")).isEqualTo(new BigDecimal("2.5"));
        assertThat(ChangelogText.plain(null)).isNull();
        assertThatThrownBy(() -> ChangelogText.estimate("big")).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void aFlagIsSetByAnyNonBlankText() {
        assertThat(ChangelogText.flagged("Impediment")).isTrue();
        assertThat(ChangelogText.flagged(" ")).isFalse();
        assertThat(ChangelogText.flagged(null)).isFalse();
        assertThat(ChangelogText.blankToNull("x")).isEqualTo("x");
    }
}
