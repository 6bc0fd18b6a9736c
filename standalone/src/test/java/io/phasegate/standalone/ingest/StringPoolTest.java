package io.phasegate.standalone.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pool hands out one shared copy per text, whether the text comes as a string or from a parser's buffer. */
class StringPoolTest {
    private final StringPool pool = new StringPool();

    private String fromBuffer(String text) {
        String buffer = "[\"" + text + "\"]";
        return pool.of(buffer.toCharArray(), 2, text.length());
    }

    @Test
    void theSameTextGivesTheSameCopy() {
        String first = fromBuffer("In Progress");

        assertThat(first).isEqualTo("In Progress");
        assertThat(fromBuffer("In Progress")).isSameAs(first);
        assertThat(pool.of(new String("In Progress"))).isSameAs(first);
        assertThat(fromBuffer("In Review")).isEqualTo("In Review").isNotSameAs(first);
    }

    @Test
    void textsWithTheSameHashCodeStayApart() {
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());

        assertThat(fromBuffer("Aa")).isEqualTo("Aa");
        assertThat(fromBuffer("BB")).isEqualTo("BB");
        assertThat(pool.of("Aa")).isEqualTo("Aa");
        assertThat(fromBuffer("")).isEmpty();
        assertThat(pool.of("")).isSameAs(fromBuffer(""));
    }

    @Test
    void everyTextIsFoundAgainAfterThePoolGrows() {
        List<String> copies = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            copies.add(fromBuffer("Dev " + i));
        }
        for (int i = 0; i < 5_000; i++) {
            assertThat(pool.of("Dev " + i)).isSameAs(copies.get(i));
            assertThat(fromBuffer("Dev " + i)).isSameAs(copies.get(i));
        }
    }

    @Test
    void longTextIsReadButNotKept() {
        String description = "x".repeat(65);

        assertThat(fromBuffer(description)).isEqualTo(description).isNotSameAs(fromBuffer(description));
        assertThat(pool.of((String) null)).isNull();
    }
}
