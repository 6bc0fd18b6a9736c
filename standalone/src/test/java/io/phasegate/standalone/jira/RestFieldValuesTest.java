package io.phasegate.standalone.jira;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasegate.core.issue.FieldValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shape a REST field value comes in, and what the engine sees of it. */
class RestFieldValuesTest {

    static Stream<Arguments> shapes() {
        return Stream.of(
                Arguments.of("null", FieldValue.empty()),
                Arguments.of("5.0", FieldValue.number(new BigDecimal("5.0"))),
                Arguments.of("13", FieldValue.number(new BigDecimal("13"))),
                Arguments.of("0.1", FieldValue.number(new BigDecimal("0.1"))),
                Arguments.of(
                        "12345678901234567890.123456789",
                        FieldValue.number(new BigDecimal("12345678901234567890.123456789"))),
                Arguments.of("\"h3. Acceptance Criteria\"", FieldValue.wiki("h3. Acceptance Criteria")),
                Arguments.of("\"\"", FieldValue.wiki("")),
                Arguments.of("[]", FieldValue.empty()),
                Arguments.of("{}", FieldValue.empty()),
                Arguments.of("[\"payments\",\"q2\"]", FieldValue.items(List.of("payments", "q2"))),
                Arguments.of(
                        "[{\"value\":\"A\"},{\"name\":\"B\"},{\"key\":\"PG-1\"}]",
                        FieldValue.items(List.of("A", "B", "PG-1"))),
                Arguments.of("{\"value\":\"Yes\",\"id\":\"10400\"}", FieldValue.items(List.of("Yes"))),
                Arguments.of(
                        "{\"name\":\"asmith\",\"displayName\":\"Ann Smith\"}", FieldValue.items(List.of("asmith"))),
                Arguments.of(
                        "{\"accountId\":\"5b10\",\"displayName\":\"Mia Chen\"}", FieldValue.items(List.of("Mia Chen"))),
                Arguments.of(
                        "[{\"type\":{\"name\":\"Relates\"},\"inwardIssue\":{\"key\":\"PG-7\"}}]",
                        FieldValue.items(List.of("PG-7"))),
                Arguments.of("[1,2.50]", FieldValue.items(List.of("1", "2.50"))),
                Arguments.of("false", FieldValue.items(List.of("false"))),
                Arguments.of("[null,null]", FieldValue.empty()),
                Arguments.of("{\"value\":null,\"name\":\"fallback\"}", FieldValue.items(List.of("fallback"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void mapsTheShape(String json, FieldValue expected) {
        assertThat(RestFieldValues.of(RestFixtures.parse("{\"v\":" + json + "}").get("v")))
                .isEqualTo(expected);
    }
}
