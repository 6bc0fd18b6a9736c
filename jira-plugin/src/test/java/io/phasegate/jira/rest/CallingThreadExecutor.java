package io.phasegate.jira.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Runs each task in the thread that submits it, for tests of event handling; {@link #hold()} keeps
 * tasks queued until {@link #runHeld()}, to see what the submitter sees before the work is done.
 * Like a real executor it refuses tasks once shut down.
 */
final class CallingThreadExecutor extends AbstractExecutorService {
    private final List<Runnable> held = new ArrayList<>();
    private boolean holding;
    private boolean shutdown;

    /** From now on tasks wait in a queue instead of running at once. */
    void hold() {
        holding = true;
    }

    /** Runs the queued tasks in this thread and goes back to running tasks at once. */
    void runHeld() {
        holding = false;
        List<Runnable> tasks = List.copyOf(held);
        held.clear();
        tasks.forEach(Runnable::run);
    }

    @Override
    public void execute(Runnable command) {
        if (shutdown) {
            throw new RejectedExecutionException("shut down");
        }
        if (holding) {
            held.add(command);
        } else {
            command.run();
        }
    }

    @Override
    public void shutdown() {
        shutdown = true;
    }

    @Override
    public List<Runnable> shutdownNow() {
        shutdown = true;
        List<Runnable> dropped = List.copyOf(held);
        held.clear();
        return dropped;
    }

    @Override
    public boolean isShutdown() {
        return shutdown;
    }

    @Override
    public boolean isTerminated() {
        return shutdown;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return true;
    }
}
