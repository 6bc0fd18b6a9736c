package io.phasegate.standalone.export;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * Asks again, after a {@link RetryPolicy} wait, when Jira answers 429 or 5xx or the connection
 * fails. After the last try it hands back the last answer (or throws the last connection error)
 * for the caller to explain.
 */
final class RetryingJiraHttp implements JiraHttp {
    private final JiraHttp delegate;
    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final Clock clock;
    private final RandomGenerator random;
    private final Consumer<String> notes;

    RetryingJiraHttp(
            JiraHttp delegate,
            RetryPolicy policy,
            Sleeper sleeper,
            Clock clock,
            RandomGenerator random,
            Consumer<String> notes) {
        this.delegate = delegate;
        this.policy = policy;
        this.sleeper = sleeper;
        this.clock = clock;
        this.random = random;
        this.notes = notes;
    }

    @Override
    public JiraResponse get(String pathAndQuery) throws IOException, InterruptedException {
        for (int failures = 1; ; failures++) {
            Optional<Duration> wait;
            String why;
            try {
                JiraResponse response = delegate.get(pathAndQuery);
                if (!response.transientFailure()) {
                    return response;
                }
                wait = policy.delay(failures, response.retryAfter(), clock.instant(), random);
                if (wait.isEmpty()) {
                    return response;
                }
                why = "HTTP " + response.status();
            } catch (IOException e) {
                wait = policy.delay(failures, Optional.empty(), clock.instant(), random);
                if (wait.isEmpty()) {
                    throw e;
                }
                why = "connection failed (" + e.getClass().getSimpleName() + ")";
            }
            notes.accept(String.format(
                    "GET %s: %s; retry %d of %d in %.1f s",
                    pathOnly(pathAndQuery),
                    why,
                    failures,
                    policy.maxTries() - 1,
                    wait.get().toMillis() / 1000.0));
            sleeper.sleep(wait.get());
        }
    }

    static String pathOnly(String pathAndQuery) {
        int query = pathAndQuery.indexOf('?');
        return query < 0 ? pathAndQuery : pathAndQuery.substring(0, query);
    }
}
