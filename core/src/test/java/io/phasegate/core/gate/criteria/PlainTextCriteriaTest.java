package io.phasegate.core.gate.criteria;

import static io.phasegate.core.gate.criteria.Analyses.plain;
import static io.phasegate.core.gate.criteria.Analyses.section;
import static io.phasegate.core.gate.criteria.Analyses.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.phasegate.core.gate.criteria.CriteriaAnalysis.Status;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlainTextCriteriaTest {

    static Stream<Arguments> descriptions() {
        return Stream.of(
                arguments(
                        "label with dashes, ends at the next label after a blank line",
                        """
                        Users need to export invoices.

                        Acceptance Criteria:
                        - Export button on the invoice list
                        - Export honours the current filter

                        Notes:
                        - Finance asked for this in Q3
                        """,
                        List.of("Export button on the invoice list", "Export honours the current filter")),
                arguments(
                        "markdown heading, numbered items with indented sub-items",
                        """
                        ## Acceptance Criteria
                        1. Password reset mail is sent
                           - within one minute
                           - with a link valid for 24 hours
                        2) The old password stops working
                        ### Security
                        3. Reset links can be used once
                        ## Technical notes ##
                        - not a criterion
                        """,
                        List.of(
                                "Password reset mail is sent\nwithin one minute\nwith a link valid for 24 hours",
                                "The old password stops working",
                                "Reset links can be used once")),
                arguments(
                        "checkboxes in every style",
                        """
                        **Acceptance Criteria:**
                        - [ ] Draft invoices can be deleted
                        - [x] Sent invoices cannot be deleted
                        [ ] Deleting asks for confirmation
                        * [X] `DELETE /invoices/{id}` returns 204
                        """,
                        List.of(
                                "Draft invoices can be deleted",
                                "Sent invoices cannot be deleted",
                                "Deleting asks for confirmation",
                                "DELETE /invoices/{id} returns 204")),
                arguments(
                        "Gherkin scenarios with And and But",
                        """
                        AC
                        Scenario: discount applies
                        Given a cart worth 120 EUR
                        And a voucher for 10 percent
                        When the user pays
                        Then she is charged 108 EUR
                        But the voucher cannot be used again
                        Scenario: expired voucher
                        Given an expired voucher
                        When the user applies it
                        Then an error explains why
                        """,
                        List.of(
                                "Scenario: discount applies\nGiven a cart worth 120 EUR\nAnd a voucher for 10 percent\n"
                                        + "When the user pays\nThen she is charged 108 EUR\n"
                                        + "But the voucher cannot be used again",
                                "Scenario: expired voucher\nGiven an expired voucher\nWhen the user applies it\n"
                                        + "Then an error explains why")),
                arguments(
                        "a list of single steps is one scenario",
                        """
                        Acceptance criteria:
                        - Given I am logged in
                        - When I click logout
                        - Then I see the login page
                        """,
                        List.of("Given I am logged in\nWhen I click logout\nThen I see the login page")),
                arguments(
                        "an item continued on indented lines",
                        """
                        Acceptance Criteria:
                        * Given a locked account
                          when the user logs in
                          then she is told to call support
                        * Audit log shows the attempt
                        """,
                        List.of(
                                "Given a locked account\nwhen the user logs in\nthen she is told to call support",
                                "Audit log shows the attempt")),
                arguments(
                        "lines before the first scenario count, an introduction does not",
                        """
                        Acceptance Criteria:
                        Login works with SSO.
                        The following scenario must pass:
                        Given an SSO user When she opens Jira Then she is logged in
                        """,
                        List.of(
                                "Login works with SSO.",
                                "Given an SSO user When she opens Jira Then she is logged in")),
                arguments(
                        "markdown links and emphasis are cleaned",
                        """
                        # Acceptance criteria
                        + See [the spec](https://example.com/spec) for *all* fields
                        • __Bullet__ from a word processor
                        a) lettered item
                        """,
                        List.of("See the spec for all fields", "Bullet from a word processor", "lettered item")),
                arguments(
                        "markdown bold heading without colon",
                        """
                        **Acceptance Criteria**
                        1. Archive keeps 7 years of invoices
                        """,
                        List.of("Archive keeps 7 years of invoices")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("descriptions")
    void findsTheCriteriaOfTheSection(String name, String text, List<String> expected) {
        CriteriaAnalysis analysis = section(plain(text));

        assertThat(analysis.status()).isEqualTo(Status.FOUND);
        assertThat(texts(analysis)).containsExactlyElementsOf(expected);
    }

    @Test
    void headingInsideFencedCodeIsNoSection() {
        String text = "Example of a template:\n```\n## Acceptance Criteria\n- fake\n```\n";

        assertThat(section(plain(text)).status()).isEqualTo(Status.MISSING_SECTION);
    }

    @Test
    void textWithoutTheHeadingHasNoSection() {
        assertThat(section(plain("- Export works\n- Import works\n"))).isEqualTo(CriteriaAnalysis.missingSection());
    }

    @Test
    void fencedCodeInTheFieldIsOneCriterion() {
        String text = "```\n{\"status\": 204}\n{\"status\": 404}\n";

        assertThat(texts(Analyses.ANALYZER.analyzeWhole(plain(text))))
                .containsExactly("{\"status\": 204}\n{\"status\": 404}");
    }

    @Test
    void wholeFieldOfLinesCountsEachLine() {
        String text = "Acceptance Criteria:\nOrders over 50 EUR ship free\n\nOrders under 50 EUR pay 4.90 EUR\n";

        assertThat(texts(Analyses.ANALYZER.analyzeWhole(plain(text))))
                .containsExactly("Orders over 50 EUR ship free", "Orders under 50 EUR pay 4.90 EUR");
    }

    @Test
    void emptyItemsAndBlankTextAreEmpty() {
        assertThat(Analyses.ANALYZER.analyzeWhole(plain("- \n* \n   \n\t\n")).status())
                .isEqualTo(Status.EMPTY);
    }
}
