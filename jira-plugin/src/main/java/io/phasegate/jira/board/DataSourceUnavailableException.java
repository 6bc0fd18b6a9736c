package io.phasegate.jira.board;

import io.phasegate.jira.i18n.PluginTexts;
import java.util.List;

/**
 * The board data cannot be read; the text says why and what would help. It is kept as an i18n key
 * with arguments, so that the REST answer (503 {@code data-source-unavailable}) is in the caller's
 * language; the exception's own message is the English text, for the log.
 */
public final class DataSourceUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient List<Object> args;

    /** @param key a key of {@code i18n/phasegate.properties}, such as {@code phasegate.rest.unavailable.no-user} */
    public DataSourceUnavailableException(String key, Object... args) {
        super(PluginTexts.english(key, args));
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args == null ? new Object[0] : args.toArray();
    }
}
