package io.phasegate.jira.admin;

import java.util.List;
import java.util.Objects;

/**
 * A message banner on the set-up page: its level, an i18n key (full, {@code phasegate.…}) and the
 * key's arguments. Texts are looked up in the administrator's language when the page is built.
 */
record Notice(Level level, String key, List<String> args) {
    /** The AUI message kind of a banner. */
    enum Level {
        ERROR,
        WARNING,
        SUCCESS,
        INFO
    }

    Notice {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    static Notice error(String key, String... args) {
        return new Notice(Level.ERROR, key, List.of(args));
    }
}
