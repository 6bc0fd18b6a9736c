package io.phasegate.core.gate.criteria;

import static io.phasegate.core.gate.criteria.Analyses.section;
import static io.phasegate.core.gate.criteria.Analyses.texts;
import static io.phasegate.core.gate.criteria.Analyses.wiki;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.phasegate.core.gate.criteria.CriteriaAnalysis.Status;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WikiMarkupCriteriaTest {

    static Stream<Arguments> descriptions() {
        return Stream.of(
                arguments(
                        "h2 section of bullets ends at the next h2",
                        """
                        h2. Summary
                        As a PM I want to export the report.

                        h2. Acceptance Criteria
                        * Export button on the report page
                        * CSV contains all visible columns
                        * Export of 10k rows finishes within 5 seconds

                        h2. Notes
                        * Not a criterion
                        """,
                        List.of(
                                "Export button on the report page",
                                "CSV contains all visible columns",
                                "Export of 10k rows finishes within 5 seconds")),
                arguments(
                        "nested numbered items belong to their parent",
                        """
                        h3. Acceptance criteria
                        # User can filter by status
                        ## Open
                        ## Done
                        #* with a counter
                        # User can clear all filters
                        """,
                        List.of("User can filter by status\nOpen\nDone\nwith a counter", "User can clear all filters")),
                arguments(
                        "lower headings group criteria, a higher heading ends the section",
                        """
                        h2. ACCEPTANCE CRITERIA:
                        h3. Happy path
                        * Payment succeeds with a valid card
                        h3. Errors
                        * An expired card shows a clear error
                        h1. Design
                        * Not a criterion
                        """,
                        List.of("Payment succeeds with a valid card", "An expired card shows a clear error")),
                arguments(
                        "bold AC label up to the next bold label",
                        """
                        Intro text about SSO.
                        *AC:*
                        - Login with SSO works
                        - Logout clears the session
                        *Out of scope:*
                        - Mobile app
                        """,
                        List.of("Login with SSO works", "Logout clears the session")),
                arguments(
                        "bold heading without colon and plain label",
                        """
                        *Acceptance Criteria*
                        * Report loads in under 2 seconds
                        """,
                        List.of("Report loads in under 2 seconds")),
                arguments(
                        "plain label line, intro line does not end it",
                        """
                        Acceptance criteria:
                        The importer must:
                        * skip empty rows
                        * report invalid dates with their row number
                        """,
                        List.of("skip empty rows", "report invalid dates with their row number")),
                arguments(
                        "Gherkin in a code block, one criterion per scenario",
                        """
                        h2. Acceptance Criteria
                        {code:gherkin}
                        Scenario: login
                          Given a registered user
                          When she logs in
                          Then she sees her dashboard
                        Scenario: logout
                          Given a logged-in user
                          When she logs out
                          Then the session ends
                        {code}
                        """,
                        List.of(
                                "Scenario: login\nGiven a registered user\nWhen she logs in\nThen she sees her dashboard",
                                "Scenario: logout\nGiven a logged-in user\nWhen she logs out\nThen the session ends")),
                arguments(
                        "table rows count one each, header and numbers left out",
                        """
                        h2. Acceptance Criteria
                        ||#||Criterion||Priority||
                        |1|Invoice PDF shows the VAT number|Must|
                        |2.|Totals are rounded to *2 decimals*|Should|
                        """,
                        List.of(
                                "Invoice PDF shows the VAT number | Must",
                                "Totals are rounded to 2 decimals | Should")),
                arguments(
                        "scenarios in paragraphs without a list",
                        """
                        h2. Acceptance Criteria
                        Given a cart with 3 items
                        When the user removes one
                        Then the total shows 2 items

                        Given an empty cart
                        When the user opens checkout
                        Then a hint says the cart is empty
                        """,
                        List.of(
                                "Given a cart with 3 items\nWhen the user removes one\nThen the total shows 2 items",
                                "Given an empty cart\nWhen the user opens checkout\nThen a hint says the cart is empty")),
                arguments(
                        "each line counts when there is neither list nor scenario",
                        """
                        h2. Acceptance Criteria
                        The export includes hidden columns.
                        The file name contains the date.
                        ----
                        """,
                        List.of("The export includes hidden columns.", "The file name contains the date.")),
                arguments(
                        "criterion on the label's own line",
                        "Background first.\nAC: users can reset their password by e-mail\n",
                        List.of("users can reset their password by e-mail")),
                arguments(
                        "panel titled like the heading",
                        """
                        {panel:title=Acceptance Criteria|borderStyle=dashed}
                        * Audit log records the actor
                        * Audit log records the time
                        {panel}
                        """,
                        List.of("Audit log records the actor", "Audit log records the time")),
                arguments(
                        "checkboxes, links, monospace and colours are cleaned",
                        """
                        h2. Acceptance Criteria
                        * [x] *Bold* criterion with [a link|https://example.com] and {{code}}
                        * [ ] {color:red}Red{color} text for [~jdoe] !screen.png!
                        """,
                        List.of("Bold criterion with a link and code", "Red text for ~jdoe")),
                arguments(
                        "a nested item without a parent and a quoted line",
                        """
                        bq. Acceptance Criteria:
                        ** Only admins can purge
                        * Purge asks twice
                        """,
                        List.of("Only admins can purge", "Purge asks twice")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("descriptions")
    void findsTheCriteriaOfTheSection(String name, String markup, List<String> expected) {
        CriteriaAnalysis analysis = section(wiki(markup));

        assertThat(analysis.status()).isEqualTo(Status.FOUND);
        assertThat(texts(analysis)).containsExactlyElementsOf(expected);
    }

    @Test
    void headingInsideNoformatIsNoSection() {
        String markup =
                """
                {noformat}
                h2. Acceptance Criteria
                * fake
                {noformat}
                """;

        assertThat(section(wiki(markup)).status()).isEqualTo(Status.MISSING_SECTION);
    }

    @Test
    void sectionFollowedDirectlyByTheNextHeadingIsEmpty() {
        String markup = "h2. Acceptance Criteria\n\nh2. Notes\n* a note\n";

        assertThat(section(wiki(markup)).status()).isEqualTo(Status.EMPTY);
    }

    @Test
    void sectionOfOnlyPlaceholdersNamesThem() {
        String markup = "h2. Acceptance Criteria\n* TBD\n* ...\n";

        assertThat(section(wiki(markup)))
                .isEqualTo(new CriteriaAnalysis(Status.PLACEHOLDER_ONLY, List.of(), List.of("TBD", "...")));
    }

    @Test
    void unclosedCodeBlockStillCounts() {
        String markup = "h2. Acceptance Criteria\n{code}\nGiven a user When she logs in Then she is in";

        assertThat(texts(section(wiki(markup)))).containsExactly("Given a user When she logs in Then she is in");
    }

    @Test
    void configuredHeadingIsMatchedAndTheDefaultAliasesAreNot() {
        String markup = "h2. AC\n* not this one\nh2. Definition of done:\n* Docs updated\n";

        CriteriaAnalysis analysis = Analyses.ANALYZER.analyzeSection(wiki(markup), "Definition of Done");

        assertThat(texts(analysis)).containsExactly("Docs updated");
    }

    @Test
    void wholeFieldSkipsItsTitleAndHeadings() {
        String markup =
                "h3. Acceptance Criteria\n* Search finds issues by key\nh4. Edge cases\n* Unknown key shows 0 hits\n";

        CriteriaAnalysis analysis = Analyses.ANALYZER.analyzeWhole(wiki(markup));

        assertThat(texts(analysis)).containsExactly("Search finds issues by key", "Unknown key shows 0 hits");
    }
}
