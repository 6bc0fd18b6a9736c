package io.phasegate.standalone.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransitionSlugsTest {

    private static WorkflowTransition transition(int id, String name) {
        return new WorkflowTransition(id, name, List.of("To Do"), "Done", List.of());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "Start Progress; start-progress",
                "../../etc/passwd; etc-passwd",
                "Prêt à livrer; pret-a-livrer",
                "'  '; transition",
                "审核; transition",
                "C:\\Windows\\x; c-windows-x"
            })
    void keepsOnlyLowerCaseLettersDigitsAndDashes(String name, String slug) {
        assertThat(TransitionSlugs.name(name)).isEqualTo(slug);
    }

    @Test
    void longNamesAreCutAndTheIdKeepsStemsApart() {
        TransitionSlugs slugs = new TransitionSlugs();

        assertThat(slugs.next(transition(11, "x".repeat(300)))).isEqualTo("x".repeat(48) + "-11");
        assertThat(slugs.next(transition(12, "Done"))).isEqualTo("done-12");
        assertThat(slugs.next(transition(12, "Done"))).isEqualTo("done-12-2");
        assertThat(slugs.next(transition(12, "Done"))).isEqualTo("done-12-3");
    }
}
