package io.phasegate.core.gate.criteria;

/**
 * Recognises criteria written as Given … When … Then: the three words in that order, in any case,
 * on one line or across lines, with anything (And, But, more text) between them.
 */
final class GivenWhenThen {
    private static final String[] STEPS = {"given", "when", "then"};

    private GivenWhenThen() {}

    static boolean matches(String text) {
        int step = 0;
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && Character.isLetter(text.charAt(i))) {
                i++;
            }
            String expected = STEPS[step];
            if (i - start == expected.length() && text.regionMatches(true, start, expected, 0, expected.length())) {
                step++;
                if (step == STEPS.length) {
                    return true;
                }
            }
        }
        return false;
    }
}
