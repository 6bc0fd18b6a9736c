package io.phasegate.core.coverage;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Coverage shares: four decimals, and null rather than a made-up value when nothing was measured. */
final class Shares {
    static final int SCALE = 4;

    private Shares() {}

    static BigDecimal of(long part, long whole) {
        return of(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    static BigDecimal of(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return null;
        }
        return part.divide(whole, SCALE, RoundingMode.HALF_EVEN);
    }
}
