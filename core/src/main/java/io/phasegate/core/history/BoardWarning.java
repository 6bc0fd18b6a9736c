package io.phasegate.core.history;

import io.phasegate.core.issue.IssueKey;
import io.phasegate.core.message.Message;
import io.phasegate.core.message.MessageKey;
import java.util.Objects;
import java.util.function.Function;

/**
 * A note about odd but readable board data, shown with a sprint's health: what was odd and what was
 * done about it, as a coded {@link Message} that adapters render in the reader's language.
 *
 * @param issue the issue it concerns; null for notes about the whole board, which concern every sprint
 */
public record BoardWarning(IssueKey issue, Message message) {
    public BoardWarning {
        Objects.requireNonNull(message, "message");
    }

    public static BoardWarning of(IssueKey issue, MessageKey key, Object... args) {
        return new BoardWarning(issue, Message.of(key, args));
    }

    /**
     * A note that exists in English only: the standalone reader's notes about its input files (file
     * names, JSON pointers), which never arise inside Jira. Everything a Jira board can produce is coded.
     */
    public static BoardWarning plain(IssueKey issue, String text) {
        return of(issue, MessageKey.WARNING_PLAIN, Objects.requireNonNull(text, "text"));
    }

    /** What kind of warning, such as {@code phasegate.warning.history.status-unmapped}. */
    public String code() {
        return message.key().key();
    }

    /** One line as shown to people, such as {@code PG-9: status "Waiting" is on no board column: …}. */
    public String render(Function<Message, String> texts) {
        String text = texts.apply(message);
        return issue == null ? text : issue.value() + ": " + text;
    }
}
