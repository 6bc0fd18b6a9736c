package io.phasegate.core.cloud;

import java.text.ChoiceFormat;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns one i18n text in {@link MessageFormat} syntax into a Jira expression that yields the same
 * sentence: arguments known when compiling are formatted as MessageFormat would, arguments only the
 * issue knows become expressions, and {@code {n,choice,...}} on such an argument becomes a {@code ?:}
 * chain. Supports what the core texts use: quotes, {@code {n}}, {@code {n,number,#}} and one level
 * of {@code choice}.
 */
final class MessageTemplate {

    /** A message argument: a value known when compiling, or an expression evaluated on the issue. */
    sealed interface Arg {}

    /** Known when compiling, such as a field id or a configured minimum. */
    record Constant(Object value) implements Arg {}

    /** A Number-typed expression, such as a count, and the least and greatest value it can have. */
    record NumberExpression(String expression, double min, double max) implements Arg {}

    /** A String-typed expression, such as a list of issue keys. */
    record TextExpression(String expression) implements Arg {}

    private MessageTemplate() {}

    static Arg constant(Object value) {
        return new Constant(value);
    }

    static Arg number(String expression) {
        return new NumberExpression(expression, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /**
     * A Number-typed expression known to lie between {@code min} and {@code max}: a {@code choice}
     * on it that picks the same text for both is decided when compiling.
     */
    static Arg number(String expression, double min, double max) {
        return new NumberExpression(expression, min, max);
    }

    static Arg text(String expression) {
        return new TextExpression(expression);
    }

    /**
     * A String-typed expression for the pattern with these arguments. Text known when compiling is
     * merged into as few string literals as possible: every literal is a syntactic element, and
     * Jira allows 100 per expression.
     */
    static String render(String pattern, List<Arg> args) {
        List<Object> parts = new ArrayList<>();
        collect(pattern, args, parts);
        List<String> code = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        for (Object part : parts) {
            if (part instanceof String text) {
                literal.append(text);
            } else {
                flush(literal, code);
                code.add(((Code) part).expression());
            }
        }
        flush(literal, code);
        if (code.isEmpty()) {
            return "''";
        }
        // A number first would be added to the next part as a number: start with a String.
        boolean startsWithText = parts.stream()
                .filter(part -> !"".equals(part))
                .findFirst()
                .map(part -> !(part instanceof Code first) || !first.number())
                .orElse(true);
        return code.size() == 1 && startsWithText
                ? code.get(0)
                : "(" + (startsWithText ? "" : "'' + ") + String.join(" + ", code) + ")";
    }

    /** An expression part of a message: a Number or a String. */
    private record Code(String expression, boolean number) {}

    /** Appends the parts of the pattern: Strings for known text, {@link Code} for the rest. */
    private static void collect(String pattern, List<Arg> args, List<Object> parts) {
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                i = quoted(pattern, i, literal);
            } else if (c == '{') {
                int end = closingBrace(pattern, i);
                parts.add(literal.toString());
                literal.setLength(0);
                argument(pattern.substring(i + 1, end), args, parts);
                i = end + 1;
            } else {
                literal.append(c);
                i++;
            }
        }
        parts.add(literal.toString());
    }

    private static int quoted(String pattern, int at, StringBuilder literal) {
        if (at + 1 < pattern.length() && pattern.charAt(at + 1) == '\'') {
            literal.append('\'');
            return at + 2;
        }
        int i = at + 1;
        while (i < pattern.length()) {
            if (pattern.charAt(i) == '\'') {
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                    literal.append('\'');
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            literal.append(pattern.charAt(i++));
        }
        return i;
    }

    private static int closingBrace(String pattern, int open) {
        int depth = 0;
        for (int i = open; i < pattern.length(); i++) {
            depth += pattern.charAt(i) == '{' ? 1 : pattern.charAt(i) == '}' ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unbalanced braces in message pattern: " + pattern);
    }

    private static void flush(StringBuilder literal, List<String> code) {
        if (literal.length() > 0) {
            code.add(ExpressionText.quote(literal.toString()));
            literal.setLength(0);
        }
    }

    private static void argument(String spec, List<Arg> args, List<Object> parts) {
        String[] pieces = spec.split(",", 3);
        Arg arg = args.get(Integer.parseInt(pieces[0].strip()));
        String type = pieces.length > 1 ? pieces[1].strip() : "";
        if (type.equals("choice")) {
            choice(new ChoiceFormat(pieces[2]), arg, args, parts);
        } else if (arg instanceof Constant constant) {
            String format = "{0" + (pieces.length > 1 ? "," + spec.substring(spec.indexOf(',') + 1) : "") + "}";
            parts.add(new MessageFormat(format, Locale.ENGLISH).format(new Object[] {constant.value()}));
        } else if (arg instanceof NumberExpression number) {
            parts.add(new Code(simple(number.expression()), true));
        } else {
            parts.add(new Code(simple(((TextExpression) arg).expression()), false));
        }
    }

    /** The expression as an operand of {@code +}: in parentheses unless it is a name or a property path. */
    private static String simple(String expression) {
        return expression.matches("[A-Za-z_][A-Za-z0-9_.]*") ? expression : "(" + expression + ")";
    }

    private static void choice(ChoiceFormat choice, Arg arg, List<Arg> args, List<Object> parts) {
        double[] limits = choice.getLimits();
        Object[] formats = choice.getFormats();
        if (arg instanceof Constant constant) {
            collect((String) formats[chosen(limits, ((Number) constant.value()).doubleValue())], args, parts);
            return;
        }
        NumberExpression number = (NumberExpression) arg;
        int low = chosen(limits, number.min());
        if (low == chosen(limits, number.max())) {
            collect((String) formats[low], args, parts);
            return;
        }
        String x = number.expression();
        String chain = render((String) formats[0], args);
        for (int i = 1; i < limits.length; i++) {
            chain = "(" + condition(x, limits[i]) + " ? " + render((String) formats[i], args) + " : " + chain + ")";
        }
        parts.add(new Code(chain, false));
    }

    /** The format {@link ChoiceFormat} picks for the value. */
    private static int chosen(double[] limits, double value) {
        int chosen = 0;
        for (int i = 0; i < limits.length; i++) {
            chosen = value >= limits[i] ? i : chosen;
        }
        return chosen;
    }

    /** {@code 1<} in a choice is the double just above 1: for counts that reads as {@code x > 1}. */
    private static String condition(String x, double limit) {
        double below = ChoiceFormat.previousDouble(limit);
        if (below == Math.rint(below) && limit != Math.rint(limit)) {
            return x + " > " + (long) below;
        }
        return x + " >= " + (limit == Math.rint(limit) ? String.valueOf((long) limit) : String.valueOf(limit));
    }
}
