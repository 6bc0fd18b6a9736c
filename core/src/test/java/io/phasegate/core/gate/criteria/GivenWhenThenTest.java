package io.phasegate.core.gate.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GivenWhenThenTest {

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(
            strings = {
                "Given a logged-in user when she clicks logout then the session ends",
                "GIVEN a cart WHEN paying THEN charged",
                "Given a cart\nAnd a voucher\nWhen paying\nBut offline\nThen queued",
                "Scenario: x\n  Given: a user\n  When: login\n  Then: dashboard",
                "If the user is given a token, when she calls the API, then it answers 200",
                "Given/When/Then: given-when-then"
            })
    void recognisesGivenWhenThen(String text) {
        assertThat(Criterion.of(text).givenWhenThen()).isTrue();
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(
            strings = {
                "The export contains all columns",
                "When a user logs in Given a token Then ok",
                "Given a user Then she sees When later",
                "Given a forgiven debt whenever thenceforth",
                "Given a user when she logs in"
            })
    void rejectsOtherForms(String text) {
        assertThat(Criterion.of(text).givenWhenThen()).isFalse();
    }
}
