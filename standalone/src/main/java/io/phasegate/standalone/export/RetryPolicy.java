package io.phasegate.standalone.export;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * How often and how long to wait before asking Jira again: exponential back-off with jitter,
 * capped, and Jira's own {@code Retry-After} when it sends one.
 *
 * @param maxTries attempts in all, the first included
 * @param baseDelay the wait after the first failure, before jitter
 * @param maxDelay the longest back-off wait
 * @param maxRetryAfter the longest {@code Retry-After} honoured; a longer one ends the retries
 */
public record RetryPolicy(int maxTries, Duration baseDelay, Duration maxDelay, Duration maxRetryAfter) {

    /** Six tries, one second doubling up to thirty, {@code Retry-After} up to five minutes. */
    public static RetryPolicy standard() {
        return new RetryPolicy(6, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(5));
    }

    public RetryPolicy {
        if (maxTries < 1) {
            throw new IllegalArgumentException("maxTries must be at least 1: " + maxTries);
        }
    }

    /**
     * The wait before the next try after {@code failures} failed tries, or empty when it is time to
     * give up.
     */
    Optional<Duration> delay(int failures, Optional<String> retryAfter, Instant now, RandomGenerator random) {
        if (failures >= maxTries) {
            return Optional.empty();
        }
        Duration backoff = jittered(failures, random);
        Optional<Duration> asked = retryAfter.flatMap(value -> parseRetryAfter(value, now));
        if (asked.isEmpty()) {
            return Optional.of(backoff);
        }
        if (asked.get().compareTo(maxRetryAfter) > 0) {
            return Optional.empty();
        }
        return Optional.of(asked.get().compareTo(backoff) > 0 ? asked.get() : backoff);
    }

    // "Equal jitter": half the exponential step for sure, the other half at random, so many
    // clients that failed together do not come back together.
    private Duration jittered(int failures, RandomGenerator random) {
        long step = baseDelay.toMillis() << Math.min(failures - 1, 20);
        long capped = Math.min(step, maxDelay.toMillis());
        long half = capped / 2;
        return Duration.ofMillis(half + (half == 0 ? 0 : random.nextLong(half + 1)));
    }

    /** {@code Retry-After} as delta-seconds or as an HTTP date (RFC 9110 §10.2.3). */
    static Optional<Duration> parseRetryAfter(String value, Instant now) {
        String trimmed = value.trim();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(trimmed))));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }
}
