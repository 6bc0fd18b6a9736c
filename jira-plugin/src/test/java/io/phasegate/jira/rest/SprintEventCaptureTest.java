package io.phasegate.jira.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Sprint start and close never make the user who clicked wait for Phasegate's board reading. */
class SprintEventCaptureTest {

    @Test
    void theSnapshotIsTakenOffTheThreadThatStartedTheSprint() throws Exception {
        Answers answers = mock(Answers.class);
        AtomicReference<Thread> readBy = new AtomicReference<>();
        CountDownLatch release = new CountDownLatch(1);
        when(answers.health(7, 103, Optional.empty())).thenAnswer(call -> {
            readBy.set(Thread.currentThread());
            release.await(10, TimeUnit.SECONDS);
            return null;
        });
        SprintEventCapture capture = new SprintEventCapture(answers);
        try {
            capture.started(7, 103);

            verify(answers).invalidateAll();
            verify(answers, timeout(10_000)).health(7, 103, Optional.empty());
            assertThat(readBy.get()).isNotNull().isNotSameAs(Thread.currentThread());
            assertThat(readBy.get().getName()).isEqualTo("phasegate-sprint-snapshots");
        } finally {
            release.countDown();
            capture.stop();
        }
    }

    @Test
    void afterThePluginStopsAnEventStillEmptiesTheCacheAndReadsNothing() {
        Answers answers = mock(Answers.class);
        SprintEventCapture capture = new SprintEventCapture(answers);
        capture.stop();

        capture.closed(7, 103);

        verify(answers).invalidateAll();
        verify(answers, never()).health(7, 103, Optional.empty());
    }
}
