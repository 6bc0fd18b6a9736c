package io.phasegate.core.gate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasegate.core.message.MessageKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The English texts users read when the acceptance-criteria gate blocks them. */
class AcceptanceCriteriaMessagesTest {
    private static final String GWT_HINT = "each in the form \"Given [context] When [action] Then [outcome]\"";
    private static Properties texts;

    @BeforeAll
    static void loadTexts() throws IOException {
        texts = new Properties();
        try (InputStream in = MessageKey.class.getResourceAsStream("/i18n/phasegate-core.properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    @ParameterizedTest
    @EnumSource(MessageKey.class)
    void everyKeyHasAText(MessageKey key) {
        assertThat(texts.getProperty(key.key())).isNotBlank();
    }

    @Test
    void textsAreAscii() {
        assertThat(texts.values())
                .allSatisfy(text -> assertThat(text.toString()).matches("\\p{ASCII}*"));
    }

    @Test
    void emptyFieldAsksForTheRequiredNumberAndForm() {
        assertThat(format(MessageKey.AC_FIELD_EMPTY, "customfield_10100", 1, 0))
                .isEqualTo("The acceptance criteria field (customfield_10100) is empty. "
                        + "Write at least one acceptance criterion in it, one per list item.");
        assertThat(format(MessageKey.AC_FIELD_EMPTY, "customfield_10100", 3, 1))
                .contains("at least 3 acceptance criteria", GWT_HINT);
    }

    @Test
    void missingSectionSaysWhichHeadingToAdd() {
        assertThat(format(MessageKey.AC_SECTION_MISSING, "Acceptance Criteria", 2, 1))
                .isEqualTo("The description has no \"Acceptance Criteria\" section. Add a heading \"Acceptance"
                        + " Criteria\" (or a line \"Acceptance Criteria:\") to the description and below it write"
                        + " at least 2 acceptance criteria, one per list item, " + GWT_HINT + ".");
    }

    @Test
    void placeholderTextIsQuoted() {
        assertThat(format(MessageKey.AC_SECTION_PLACEHOLDER, "AC", "TBD, N/A", 1, 0))
                .isEqualTo("The \"AC\" section of the description holds only placeholder text (TBD, N/A)."
                        + " Replace it with at least one real acceptance criterion, one per list item.");
        assertThat(format(MessageKey.AC_FIELD_PLACEHOLDER, "customfield_1", "TBD", 2, 1))
                .contains("(TBD)", "at least 2 real acceptance criteria", GWT_HINT);
    }

    @Test
    void tooFewSaysHowManyMore() {
        assertThat(format(MessageKey.AC_TOO_FEW, 1, 3, 2))
                .isEqualTo("Found only one acceptance criterion, but at least 3 are required."
                        + " Add 2 more, each as its own list item (placeholders such as TBD do not count).");
    }

    @Test
    void notGivenWhenThenListsTheCriteria() {
        assertThat(format(MessageKey.AC_NOT_GIVEN_WHEN_THEN, 1, 1, "#1 \"Export works\""))
                .isEqualTo("One of 1 acceptance criterion is not written as Given ... When ... Then:"
                        + " #1 \"Export works\". Rewrite it in the form"
                        + " \"Given [context] When [action] Then [outcome]\".");
        assertThat(format(MessageKey.AC_NOT_GIVEN_WHEN_THEN, 2, 5, "#1 \"a\"; #4 \"b\""))
                .startsWith("2 of 5 acceptance criteria are not written")
                .contains("Rewrite each of them");
    }

    @Test
    void everyAcceptanceCriteriaTextFormats() {
        Arrays.stream(MessageKey.values())
                .filter(key -> key.name().startsWith("AC_"))
                .forEach(key -> assertThat(format(key, 2, 2, 1, 1)).doesNotContain("{", "}", "'"));
    }

    private static String format(MessageKey key, Object... args) {
        return new MessageFormat(texts.getProperty(key.key()), Locale.ENGLISH).format(args);
    }
}
