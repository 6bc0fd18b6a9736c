package io.phasegate.core.gate;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasegate.core.message.Message;
import io.phasegate.core.message.MessageKey;
import org.junit.jupiter.api.Test;

class DefaultGateNamesTest {
    @Test
    void markersAndTheOldEnglishDefaultsStandForTheDefaultNames() {
        assertThat(DefaultGateNames.of(DefaultGateNames.MARKER)).contains(Message.of(MessageKey.GATE_NAME_DEFAULT));
        assertThat(DefaultGateNames.of("Phasegate gate")).contains(Message.of(MessageKey.GATE_NAME_DEFAULT));
        assertThat(DefaultGateNames.of("Ready for sprint")).contains(Message.of(MessageKey.GATE_NAME_READY_FOR_SPRINT));
        assertThat(DefaultGateNames.of("phasegate.gate.name.ready-for-sprint"))
                .contains(Message.of(MessageKey.GATE_NAME_READY_FOR_SPRINT));
    }

    @Test
    void aChosenNameIsShownAsChosen() {
        assertThat(DefaultGateNames.of("Ready for Sprint Planning")).isEmpty();
        assertThat(DefaultGateNames.of("ready for sprint")).isEmpty();
        assertThat(DefaultGateNames.of(null)).isEmpty();
    }

    @Test
    void aDefaultKeepsItsOwnMarkerWhenSavedAgain() {
        assertThat(DefaultGateNames.marker("Ready for sprint")).isEqualTo("phasegate.gate.name.ready-for-sprint");
        assertThat(DefaultGateNames.marker("Phasegate gate")).isEqualTo(DefaultGateNames.MARKER);
        assertThat(DefaultGateNames.marker("")).isEqualTo(DefaultGateNames.MARKER);
    }
}
