package io.phasegate.standalone.jira;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasegate.core.issue.FieldRef;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A gate configuration names fields as people see them; the catalogue finds the id. */
class FieldCatalogueTest {
    private final FieldCatalogue fields = new RestFieldCatalogueReader().read(RestFixtures.json("fields.json"));

    @Test
    void resolvesANameIgnoringCaseAndBlanks() {
        assertThat(fields.resolve("Story Points")).contains(FieldRef.of("customfield_10016"));
        assertThat(fields.resolve("  story POINTS ")).contains(FieldRef.of("customfield_10016"));
        assertThat(fields.resolve("Description")).contains(FieldRef.of("description"));
    }

    @Test
    void resolvesAnIdAsItself() {
        assertThat(fields.resolve("customfield_10016")).contains(FieldRef.of("customfield_10016"));
        assertThat(fields.resolve("issuekey")).contains(FieldRef.of("issuekey"));
    }

    @Test
    void takesAnUnknownCustomFieldIdSoTheGateCanReportItMissing() {
        assertThat(fields.resolve("customfield_99999")).contains(FieldRef.of("customfield_99999"));
        assertThat(FieldCatalogue.empty().resolve("customfield_10016")).contains(FieldRef.of("customfield_10016"));
    }

    @Test
    void anUnknownOrAmbiguousNameResolvesToNothing() {
        assertThat(fields.resolve("Story Pointz")).isEmpty();
        assertThat(fields.resolve(" ")).isEmpty();
        assertThat(fields.resolve("TEAM")).isEmpty();
        assertThat(fields.withName("TEAM"))
                .containsExactly(FieldRef.of("customfield_10400"), FieldRef.of("customfield_10401"));
    }

    @Test
    void displaysTheNameOrElseTheId() {
        assertThat(fields.displayName(FieldRef.of("customfield_10300"))).isEqualTo("Test Cases");
        assertThat(fields.displayName(FieldRef.of("customfield_99999"))).isEqualTo("customfield_99999");
        assertThat(fields.nameOf(FieldRef.of("customfield_99999"))).isEmpty();
    }

    @Test
    void mergingKeepsBothAndPrefersTheOthersName() {
        FieldCatalogue renamed = FieldCatalogue.of(Map.of("customfield_10016", "Points", "customfield_1", "Extra"));

        FieldCatalogue merged = fields.merge(renamed);

        assertThat(merged.fields()).hasSize(fields.fields().size() + 1);
        assertThat(merged.resolve("points")).contains(FieldRef.of("customfield_10016"));
        assertThat(merged.resolve("Story Points")).isEmpty();
        assertThat(fields.merge(FieldCatalogue.empty())).isEqualTo(fields);
    }
}
