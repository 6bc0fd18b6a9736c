package io.phasegate.standalone.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasegate.core.message.Message;
import io.phasegate.core.message.MessageKey;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Core messages rendered as the CLI prints them. */
class BundleMessagesTest {
    private final BundleMessages english = new BundleMessages();

    @Test
    void rendersTheEnglishTextWithItsArguments() {
        assertThat(english.render(Message.of(MessageKey.GATE_MISCONFIGURED_FIELD_MISSING, "Story Points")))
                .isEqualTo("The field Story Points does not exist in this Jira."
                        + " Ask a Jira administrator to fix the gate configuration.");
        assertThat(english.render(Message.of(MessageKey.GATE_RULE_FAILED_UNEXPECTEDLY, "storyPoints > 0", "timeout")))
                .isEqualTo(
                        "The rule storyPoints > 0 could not be checked (timeout). Ask a Jira administrator to look at the log.");
    }

    @ParameterizedTest
    @EnumSource(MessageKey.class)
    void everyKeyHasATextThatFormatsItsArguments(MessageKey key) {
        // Numbers, because some texts choose their wording by count ({1,choice,...}).
        String text = english.render(Message.of(key, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16));

        assertThat(text)
                .doesNotStartWith(key.key())
                .doesNotContain("{")
                .satisfiesAnyOf(
                        shown -> assertThat(shown).containsAnyOf("7", "8", "9", "10"),
                        // A text without arguments, such as "a changelog entry has no time; ignored".
                        shown -> assertThat(shown).isEqualTo(english.render(Message.of(key))));
    }

    @Test
    void aLanguageWithoutTextsFallsBackToEnglishNotTheMachinesLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.FRENCH);
        try {
            assertThat(new BundleMessages(Locale.GERMAN)
                            .render(Message.of(MessageKey.GATE_MISCONFIGURED_FIELD_MISSING, "X")))
                    .startsWith("The field X does not exist");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void argumentsAreNotEscaped() {
        assertThat(english.render(Message.of(MessageKey.GATE_MISCONFIGURED_FIELD_MISSING, "<b>'x'</b>")))
                .startsWith("The field <b>'x'</b> does not exist");
    }

    @Test
    void aMissingTextRendersAsTheKeyAndArguments() {
        BundleMessages partial = new BundleMessages("i18n/phasegate-partial", Locale.ENGLISH);

        assertThat(partial.render(Message.of(MessageKey.GATE_MISCONFIGURED_FIELD_MISSING, "Story Points", 3)))
                .isEqualTo("phasegate.gate.misconfigured.field-missing [Story Points, 3]");
        assertThat(partial.render(Message.of(MessageKey.GATE_MISCONFIGURED_FIELD_MISSING)))
                .isEqualTo("phasegate.gate.misconfigured.field-missing");
    }

    @Test
    void aBrokenTextOrAMissingBundleRendersAsTheKeyAndArguments() {
        BundleMessages partial = new BundleMessages("i18n/phasegate-partial", Locale.ENGLISH);
        BundleMessages none = new BundleMessages("i18n/no-such-bundle", Locale.ENGLISH);
        Message failed = Message.of(MessageKey.GATE_RULE_FAILED_UNEXPECTEDLY, "r", "e");

        assertThat(partial.render(failed)).isEqualTo("phasegate.gate.misconfigured.rule-error [r, e]");
        assertThat(none.render(failed)).isEqualTo("phasegate.gate.misconfigured.rule-error [r, e]");
    }
}
