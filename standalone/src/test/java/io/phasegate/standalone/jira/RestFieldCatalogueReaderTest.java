package io.phasegate.standalone.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasegate.core.issue.FieldRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** NAMES.json comes in three shapes; anything else is refused with the shapes listed. */
class RestFieldCatalogueReaderTest {
    private static final String SHAPES = "expected the field list of GET /rest/api/2/field"
            + " ([{\"id\":\"customfield_10016\",\"name\":\"Story Points\"},...]), a names map"
            + " ({\"customfield_10016\":\"Story Points\",...}) or a response fetched with ?expand=names";
    private final RestFieldCatalogueReader reader = new RestFieldCatalogueReader();

    @Test
    void readsTheFieldList() {
        FieldCatalogue catalogue = reader.read(RestFixtures.json("fields.json"));

        assertThat(catalogue.fields()).hasSize(8).contains(FieldRef.of("issuekey"), FieldRef.of("customfield_10300"));
        assertThat(catalogue.nameOf(FieldRef.of("customfield_10016"))).contains("Story Points");
    }

    @Test
    void readsANamesMap() {
        FieldCatalogue catalogue = reader.read(RestFixtures.parse("{\"customfield_10016\":\"Story Points\"}"));

        assertThat(catalogue).isEqualTo(FieldCatalogue.of(Map.of("customfield_10016", "Story Points")));
    }

    @Test
    void readsTheNamesOfAnIssueOrSearchResponse() {
        assertThat(reader.read(RestFixtures.json("dc-v2-story.json")).nameOf(FieldRef.of("customfield_10101")))
                .contains("Test Environments");
        assertThat(reader.read(RestFixtures.json("dc-v2-subtasks-search.json"))
                        .nameOf(FieldRef.of("customfield_10300")))
                .contains("Remaining Days");
    }

    @Test
    void asksForExpandNamesWhenAResponseHasNone() {
        assertThatThrownBy(() -> reader.read(RestFixtures.parse("{\"key\":\"PG-1\",\"fields\":{}}")))
                .isInstanceOf(RestDataException.class)
                .hasMessage("/names is missing: this response was fetched without field names;"
                        + " fetch it again with ?expand=names, or use GET /rest/api/2/field");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            textBlock =
                    """
            `"Story Points"`                                | the document is a string;
            {"customfield_10016":5}                         | /customfield_10016 is a number, not a field name;
            {"names":[]}                                    | /names is an array;
            [{"id":"summary","name":"Summary"},{"id":"x"}]  | /1 has no text "id" and "name";
            [{"id":" ","name":"Blank"}]                     | /0 has a blank field id;
            """)
    void refusesOtherShapes(String json, String problem) {
        assertThatThrownBy(() -> reader.read(RestFixtures.parse(json)))
                .isInstanceOf(RestDataException.class)
                .hasMessage(problem + " " + SHAPES);
    }

    @Test
    void namesTheFileInErrors(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("NAMES.json"), "42");

        assertThatThrownBy(() -> reader.read(file)).hasMessage(file + ": the document is a number; " + SHAPES);
    }
}
