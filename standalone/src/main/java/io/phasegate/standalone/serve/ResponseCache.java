package io.phasegate.standalone.serve;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * Computed answers of one reading of the data, by key such as {@code health|7|103|20}. Answers
 * about an active sprint depend on "now" and so are kept for a short while only.
 */
final class ResponseCache {
    /** How long an answer that depends on the clock stays fresh. */
    static final Duration LIVE_TTL = Duration.ofSeconds(60);

    private record Entry(byte[] body, Instant expires) {}

    private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;

    ResponseCache(Clock clock) {
        this.clock = clock;
    }

    /**
     * The cached body, else the computed one (kept forever, or for {@link #LIVE_TTL} when {@code live}).
     * Two threads asking at once may both compute; both results are equal, so that is only work.
     */
    byte[] get(String key, boolean live, Supplier<byte[]> compute) {
        Instant now = clock.instant();
        Entry entry = entries.get(key);
        if (entry != null && (entry.expires() == null || now.isBefore(entry.expires()))) {
            return entry.body();
        }
        byte[] body = compute.get();
        entries.put(key, new Entry(body, live ? now.plus(LIVE_TTL) : null));
        return body;
    }
}
