package io.phasegate.core.gate.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LabelsTest {

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"Notes:", "Out of scope:", "  AC :", "Open questions for design:"})
    void shortColonLinesAreLabels(String line) {
        assertThat(Labels.isLabel(line)).isTrue();
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(
            strings = {
                ":",
                " :",
                "Note: read this:",
                "Notes",
                "Given the following:",
                "Scenario Outline:",
                "Examples:",
                "These six words are too many:",
                "Time: 10:30"
            })
    void otherLinesAreNot(String line) {
        assertThat(Labels.isLabel(line)).isFalse();
    }
}
