package io.phasegate.core.sprint;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Division for metric ratios: four decimals, and null instead of infinity when the denominator is zero. */
final class Ratio {
    static final int SCALE = 4;

    private Ratio() {}

    static BigDecimal of(BigDecimal numerator, BigDecimal denominator) {
        if (denominator == null || numerator == null || denominator.signum() == 0) {
            return null;
        }
        return numerator.divide(denominator, SCALE, RoundingMode.HALF_EVEN);
    }

    static BigDecimal of(long numerator, long denominator) {
        return of(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }
}
