package io.phasegate.core.gate.criteria;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the blocks of the criteria into one text per criterion: list items and table rows if there
 * are any, else Given/When/Then scenarios if there are any, else every line or paragraph.
 */
final class CriteriaSplitter {
    private CriteriaSplitter() {}

    static List<String> split(List<Block> content) {
        List<String> items = texts(content, Block.Item.class);
        if (!items.isEmpty()) {
            // A list of single steps (- Given … / - When … / - Then …) describes scenarios, not items.
            return Scenarios.allSteps(items) ? Scenarios.group(lines(items)) : items;
        }
        List<String> paragraphs = content.stream()
                .filter(block -> block instanceof Block.Line || block instanceof Block.Verbatim)
                .map(Block::text)
                .toList();
        List<String> lines = lines(paragraphs);
        return Scenarios.present(lines) ? Scenarios.group(lines) : paragraphs;
    }

    private static List<String> texts(List<Block> content, Class<? extends Block> kind) {
        return content.stream().filter(kind::isInstance).map(Block::text).toList();
    }

    private static List<String> lines(List<String> texts) {
        List<String> lines = new ArrayList<>();
        for (String text : texts) {
            for (String line : text.split("\n")) {
                if (!line.isBlank()) {
                    lines.add(line.strip());
                }
            }
        }
        return lines;
    }
}
