package io.phasegate.standalone.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private final RetryPolicy policy = RetryPolicy.standard();

    @Test
    void backOffDoublesWithJitterUpToTheCap() {
        Random random = new Random(1);
        for (int failures = 1; failures < 6; failures++) {
            long full = Math.min(1000L << (failures - 1), 30_000);
            assertThat(policy.delay(failures, Optional.empty(), NOW, random))
                    .hasValueSatisfying(
                            wait -> assertThat(wait).isBetween(Duration.ofMillis(full / 2), Duration.ofMillis(full)));
        }
        assertThat(policy.delay(6, Optional.empty(), NOW, random))
                .as("six tries in all")
                .isEmpty();
    }

    @Test
    void retryAfterIsReadAsSecondsOrAsAnHttpDate() {
        assertThat(RetryPolicy.parseRetryAfter("120", NOW)).contains(Duration.ofMinutes(2));
        assertThat(RetryPolicy.parseRetryAfter("Fri, 27 Nov 2026 10:00:30 GMT", NOW))
                .contains(Duration.ofSeconds(30));
        assertThat(RetryPolicy.parseRetryAfter("Fri, 27 Nov 2026 09:00:00 GMT", NOW))
                .contains(Duration.ZERO);
        assertThat(RetryPolicy.parseRetryAfter("soon", NOW)).isEmpty();
    }

    @Test
    void aShortRetryAfterNeverShortensTheBackOff() {
        Optional<Duration> wait = policy.delay(5, Optional.of("0"), NOW, new Random(1));

        assertThat(wait).hasValueSatisfying(w -> assertThat(w).isGreaterThanOrEqualTo(Duration.ofSeconds(8)));
    }
}
