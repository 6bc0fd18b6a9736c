package io.phasegate.standalone.jira;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Input that is not an issue fails with a message that says what is wrong, where, and what to do. */
class BadInputTest {
    private static final String ISSUE = RestIssueShape.ISSUE;

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            textBlock =
                    """
            []                                                  | the document is an array; expected %s
            `"PG-1"`                                            | the document is a string; expected %s
            {"fields":{}}                                       | /key is missing; expected %s, which always has a key such as "PG-42"
            {"key":42,"fields":{}}                              | /key is a number; expected %s, which always has a key such as "PG-42"
            {"key":"pg-1","fields":{}}                          | /key "pg-1" is not a Jira issue key such as "PG-42" (project key in capitals, dash, number)
            {"key":"PG-1"}                                      | /fields is missing in issue PG-1; expected the object of field values that GET /rest/api/2/issue/{key} returns (do not filter it away with ?fields=)
            {"key":"PG-1","fields":null}                        | /fields is null in issue PG-1; expected the object of field values that GET /rest/api/2/issue/{key} returns (do not filter it away with ?fields=)
            {"errorMessages":["Issue does not exist or you do not have permission to see it."],"errors":{}} | the document is an error response from Jira, not an issue: ["Issue does not exist or you do not have permission to see it."] {}. Check the issue key and that the account may browse the issue
            {"total":2,"issues":[{},{}]}                        | the document is a search response with 2 issues; expected %s. Pass a search response as sub-task documents, or save one issue
            """)
    void saysWhatIsWrongAndWhere(String json, String message) {
        assertThatThrownBy(() -> read(json))
                .isInstanceOf(RestDataException.class)
                .hasMessage(message.formatted(ISSUE));
    }

    @Test
    void theFieldListIsRecognisedAndRedirected() {
        assertThatThrownBy(() -> new RestIssueReader().read(RestFixtures.json("fields.json")))
                .hasMessage("the document is an array; expected " + ISSUE
                        + ". This looks like the field list of GET /rest/api/2/field: pass it as the field catalogue");
    }

    @ParameterizedTest(name = "{index}: {0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            textBlock =
                    """
            not json                       | input: is not valid JSON at line 1, column 5 (Unrecognized token 'not': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')). Save the body of the Jira REST response as it is (for example with curl -o).
            {"key":"PG-1","fields":{}} {}  | input: is not valid JSON at line 1, column 28 (more data follows the first JSON value; save one response per file). Save the body of the Jira REST response as it is (for example with curl -o).
            `{"key":"PG-1","fields":{`     | input: is not valid JSON at line 1, column 25 (Unexpected end-of-input: expected close marker for Object). Save the body of the Jira REST response as it is (for example with curl -o).
            `   `                          | input: is empty; expected the JSON body of a Jira REST response
            """)
    void saysWhereTheJsonBreaks(String text, String message) {
        assertThatThrownBy(() -> new RestIssueReader().read(stream(text)))
                .isInstanceOf(RestDataException.class)
                .hasMessage(message);
    }

    @Test
    void recognisesAnHtmlPageSavedInsteadOfJson() {
        assertThatThrownBy(() -> new RestIssueReader().read(stream("<!DOCTYPE html><html><title>Log in</title>")))
                .hasMessageStartingWith("input: is not valid JSON at line 1, column 1 (Unexpected character ('<'")
                .hasMessageEndingWith(
                        "It starts like HTML: perhaps a login or error page was saved instead of the REST response.");
    }

    @Test
    void namesTheFileInEveryMessage(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("PG-1.json"), "{\"fields\":{}}");
        Path missing = dir.resolve("PG-2.json");

        assertThatThrownBy(() -> new RestIssueReader().read(file))
                .hasMessage(
                        file + ": /key is missing; expected " + ISSUE + ", which always has a key such as \"PG-42\"");
        assertThatThrownBy(() -> new RestIssueReader().read(missing)).hasMessage(missing + ": no such file");
    }

    private static void read(String json) {
        new RestIssueReader().read(RestFixtures.parse(json));
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
