package io.phasegate.core.gate.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Groups lines into Given/When/Then scenarios: a scenario starts at a line beginning with {@code
 * Given} or {@code Scenario:}; {@code And}, {@code But}, {@code When}, {@code Then} and other lines
 * continue it.
 */
final class Scenarios {
    private static final Set<String> STEPS = Set.of("given", "when", "then", "and", "but");

    private Scenarios() {}

    /** Whether any line starts a scenario. */
    static boolean present(List<String> lines) {
        return lines.stream().anyMatch(Scenarios::startsScenario);
    }

    /** Whether every non-blank text starts with a Gherkin keyword, as in a list of single steps. */
    static boolean allSteps(List<String> texts) {
        List<String> words = texts.stream()
                .filter(text -> !text.isBlank())
                .map(Labels::firstWord)
                .toList();
        return present(texts) && words.stream().allMatch(w -> STEPS.contains(w) || w.equals("scenario"));
    }

    /**
     * One text per scenario. Lines before the first scenario count on their own, except
     * introductions ending with a colon.
     */
    static List<String> group(List<String> lines) {
        List<String> criteria = new ArrayList<>();
        StringBuilder scenario = null;
        boolean hasSteps = false;
        for (String line : lines) {
            String word = Labels.firstWord(line);
            boolean opensTitle = word.equals("scenario");
            if (opensTitle || (word.equals("given") && (scenario == null || hasSteps))) {
                addTo(criteria, scenario);
                scenario = new StringBuilder(line);
                hasSteps = !opensTitle;
            } else if (scenario != null) {
                scenario.append('\n').append(line);
                hasSteps |= STEPS.contains(word);
            } else if (!line.strip().endsWith(":")) {
                criteria.add(line);
            }
        }
        addTo(criteria, scenario);
        return criteria;
    }

    private static boolean startsScenario(String line) {
        String word = Labels.firstWord(line);
        return word.equals("given") || word.equals("scenario");
    }

    private static void addTo(List<String> criteria, StringBuilder scenario) {
        if (scenario != null) {
            criteria.add(scenario.toString());
        }
    }
}
