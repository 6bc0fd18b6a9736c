package io.phasegate.contract;

import io.phasegate.core.message.Message;
import java.util.Optional;

/**
 * An error answer of the REST contract: the HTTP status and the {@code {"error": {"code",
 * "message"}}} body of {@code docs/rest/contract.md}. The message is for people and never holds a
 * stack trace. A refusal shared by every adapter carries its text as a {@link Message} too: {@code
 * phasegate serve} answers its English text, the Jira plugin renders it in the caller's language.
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final transient Message text;

    /** A refusal worded by one adapter alone, in the language it answers in. */
    public ApiException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
        this.text = null;
    }

    /** A refusal worded by an i18n key: its message is the English text, {@link #text()} the key. */
    public ApiException(int status, String code, Message text) {
        super(EnglishMessages.render(text));
        this.status = status;
        this.code = code;
        this.text = text;
    }

    public static ApiException badParameter(String message) {
        return new ApiException(400, "bad-parameter", message);
    }

    public static ApiException badParameter(Message text) {
        return new ApiException(400, "bad-parameter", text);
    }

    public static ApiException notFound(String code, String message) {
        return new ApiException(404, code, message);
    }

    public static ApiException notFound(String code, Message text) {
        return new ApiException(404, code, text);
    }

    /** The refusal as an i18n key and arguments, for adapters that answer in the caller's language. */
    public Optional<Message> text() {
        return Optional.ofNullable(text);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** This error as the contract's JSON body. */
    public byte[] body() {
        return ErrorJson.bytes(code, getMessage());
    }
}
