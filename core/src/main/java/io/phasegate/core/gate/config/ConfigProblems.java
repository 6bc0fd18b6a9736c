package io.phasegate.core.gate.config;

import io.phasegate.core.message.Message;
import io.phasegate.core.message.MessageKey;
import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one parse, so that the administrator sees all of them at once. */
final class ConfigProblems {

    private final List<ConfigProblem> problems = new ArrayList<>();

    /** Records a problem; the message's arguments are the path followed by {@code args}. */
    void add(String path, MessageKey key, Object... args) {
        Object[] withPath = new Object[args.length + 1];
        withPath[0] = path;
        System.arraycopy(args, 0, withPath, 1, args.length);
        problems.add(new ConfigProblem(path, Message.of(key, withPath)));
    }

    int count() {
        return problems.size();
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new GateConfigException(problems);
        }
    }
}
