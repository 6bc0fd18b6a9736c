package io.phasegate.standalone.export;

import java.time.Duration;

/** Waits between retries; tests pass one that only records the wait. */
@FunctionalInterface
public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;

    /** Really waits, with {@link Thread#sleep(long)}. */
    static Sleeper real() {
        return duration -> Thread.sleep(duration.toMillis());
    }
}
