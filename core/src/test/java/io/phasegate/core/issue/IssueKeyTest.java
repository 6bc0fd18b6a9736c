package io.phasegate.core.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue keys are accepted exactly when they have Jira's shape, whatever else a file holds. */
class IssueKeyTest {
    /** Jira's key shape as a regular expression, the reference the hand-written check must agree with. */
    private static final Pattern JIRA_KEY = Pattern.compile("[A-Z][A-Z0-9_]*-[0-9]+");

    @ParameterizedTest
    @ValueSource(strings = {"PG-42", "A-1", "AB_C9-007", "X1-2", "Z_-0"})
    void acceptsJiraKeys(String key) {
        assertThat(IssueKey.of(key).value()).isEqualTo(key);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "", "-", "PG", "PG-", "-42", "pg-42", "1PG-4", "_PG-4", "PG-4a", "PG-4-5", "PG--4", "P G-4", " PG-4",
                "PG-4 ", "ÄB-1", "PG-٣", "PG‐4"
            })
    void rejectsOtherText(String text) {
        assertThatThrownBy(() -> IssueKey.of(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a Jira issue key");
    }

    @Property(tries = 3000)
    void agreesWithTheRegularExpression(@ForAll("keyLikeText") String text) {
        if (JIRA_KEY.matcher(text).matches()) {
            assertThatCode(() -> IssueKey.of(text)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> IssueKey.of(text)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Provide
    Arbitrary<String> keyLikeText() {
        return Arbitraries.strings().withChars("AZPGaz09_-Ä٣ ").ofMinLength(0).ofMaxLength(8);
    }
}
