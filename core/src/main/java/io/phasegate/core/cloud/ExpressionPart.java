package io.phasegate.core.cloud;

import io.phasegate.core.message.MessageKey;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * One check of a rule as Jira expression source: local variables ({@code let name = value;}, as the
 * Jira expressions grammar documents them) and a body that yields {@code ''} when the check passes,
 * otherwise the message. A rule that is a conjunction of checks compiles to several parts, so that
 * a part can go to a validator of its own when the whole rule does not fit Jira's limits.
 *
 * <p>Variable names end with the index of their rule, and within a rule a name always stands for
 * the same value: parts of one rule in one validator share their variables.
 *
 * @param lets the variables the body reads, in the order they must be declared
 * @param body a String-typed expression
 * @param verdict the same expression yielding {@code true} instead of {@code ''}: a validator of this
 *     part alone
 * @param brief the same check with a message that leaves out per-issue details, if there is one
 */
record ExpressionPart(List<Let> lets, String body, String verdict, Optional<Brief> brief) {

    /** The same check with a shorter message, used when the part does not fit Jira's limits. */
    record Brief(ExpressionPart part, MessageKey replaces) {}

    /** {@code let name = value;} */
    record Let(String name, String value) {
        Let {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    ExpressionPart {
        lets = List.copyOf(lets);
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(brief, "brief");
    }

    /**
     * A part whose code is written once for both uses: {@code code} gets the expression to yield
     * when the check passes, {@code ''} or {@code true}.
     */
    static ExpressionPart of(UnaryOperator<String> code, Let... lets) {
        return of(code, List.of(lets));
    }

    static ExpressionPart of(UnaryOperator<String> code, List<Let> lets) {
        return new ExpressionPart(lets, code.apply("''"), code.apply("true"), Optional.empty());
    }

    /** This part, or {@code brief} (showing the shorter text for {@code replaces}) where it does not fit. */
    ExpressionPart orBrief(ExpressionPart brief, MessageKey replaces) {
        return new ExpressionPart(lets, body, verdict, Optional.of(new Brief(brief, replaces)));
    }

    static Let let(String name, String value) {
        return new Let(name, value);
    }

    /**
     * The parts as one validator: their variables (each once), then {@code true} when every body
     * yields {@code ''}, otherwise the non-empty messages, one per line.
     */
    static String validator(List<ExpressionPart> parts) {
        Set<Let> lets = new LinkedHashSet<>();
        parts.forEach(part -> lets.addAll(part.lets()));
        long names = lets.stream().map(Let::name).distinct().count();
        if (names != lets.size()) {
            throw new IllegalStateException("one name, two values: " + lets);
        }
        StringBuilder out = new StringBuilder();
        lets.forEach(let -> out.append("let ")
                .append(let.name())
                .append(" = ")
                .append(let.value())
                .append("; "));
        if (parts.size() == 1) {
            out.append(parts.get(0).verdict());
        } else {
            List<String> bodies = parts.stream().map(ExpressionPart::body).toList();
            out.append("let m = ").append(joined(bodies)).append("; m == '' ? true : m");
        }
        return ExpressionText.compact(out.toString());
    }

    /** The non-empty Strings of the bodies, one per line. */
    private static String joined(List<String> bodies) {
        return "[" + String.join(", ", bodies) + "].filter(m => m != '').join('\\n')";
    }
}
