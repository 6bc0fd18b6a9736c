package io.phasegate.core.sprint;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * Nearest-rank percentiles (G12): the smallest value with at least p% of the values at or below it,
 * so every reported percentile is a value that really occurred.
 */
final class Percentiles {
    static final String METHOD_NOTE = "percentile:nearest-rank";

    private Percentiles() {}

    /** The p-th percentile of the values, or null when there are none. */
    static BigDecimal of(List<BigDecimal> values, int p) {
        if (p < 1 || p > 100) {
            throw new IllegalArgumentException("percentile must be in 1..100: " + p);
        }
        if (values.isEmpty()) {
            return null;
        }
        BigDecimal[] sorted = values.toArray(new BigDecimal[0]);
        Arrays.sort(sorted);
        int rank = (p * sorted.length + 99) / 100;
        return sorted[rank - 1];
    }

    /** A number as notes print it: {@code 2.5}, not {@code 2.500000}. */
    static String plain(BigDecimal value) {
        return value == null ? "none" : value.stripTrailingZeros().toPlainString();
    }
}
