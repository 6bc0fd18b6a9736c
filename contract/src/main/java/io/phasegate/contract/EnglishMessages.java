package io.phasegate.contract;

import io.phasegate.core.message.Message;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The English text of a contract refusal, from the English base of {@code i18n/phasegate-core}: what
 * {@code phasegate serve} answers, and what the Jira plugin answers when no caller's language is at
 * hand. A missing text shows the key and arguments rather than failing the answer.
 */
final class EnglishMessages {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle(
            "i18n/phasegate-core",
            Locale.ROOT,
            EnglishMessages.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private EnglishMessages() {}

    static String render(Message message) {
        try {
            return new MessageFormat(BUNDLE.getString(message.key().key()), Locale.ENGLISH)
                    .format(message.args().toArray());
        } catch (MissingResourceException | IllegalArgumentException e) {
            return message.toString();
        }
    }
}
