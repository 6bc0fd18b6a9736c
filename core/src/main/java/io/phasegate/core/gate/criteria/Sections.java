package io.phasegate.core.gate.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Cuts the blocks that hold the acceptance criteria out of a text's outline. */
final class Sections {
    private Sections() {}

    /**
     * The blocks after the first heading or label that matches, up to the next heading of the same
     * or a higher level; empty when no heading matches. A label's section also ends at the next
     * label, once it has some content.
     */
    static Optional<List<Block>> find(List<Block> blocks, HeadingMatcher matcher) {
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block instanceof Block.Item || block instanceof Block.Verbatim) {
                continue;
            }
            if (matcher.matches(block.text())) {
                int level = block instanceof Block.Heading heading ? heading.level() : Block.LABEL_LEVEL;
                return Optional.of(body(blocks, i + 1, level, new ArrayList<>()));
            }
            Optional<String> inline =
                    block instanceof Block.Line ? matcher.textAfterLabel(block.text()) : Optional.empty();
            if (inline.isPresent()) {
                List<Block> content = new ArrayList<>();
                content.add(new Block.Line(inline.get()));
                return Optional.of(body(blocks, i + 1, Block.LABEL_LEVEL, content));
            }
        }
        return Optional.empty();
    }

    /** A whole field as criteria: headings and a title such as {@code Acceptance Criteria} dropped. */
    static List<Block> whole(List<Block> blocks, HeadingMatcher matcher) {
        List<Block> content = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof Block.Item || block instanceof Block.Verbatim) {
                content.add(block);
            } else if (block instanceof Block.Line line && !matcher.matches(line.text())) {
                content.add(new Block.Line(matcher.textAfterLabel(line.text()).orElse(line.text())));
            }
        }
        return content;
    }

    private static List<Block> body(List<Block> blocks, int from, int level, List<Block> content) {
        for (Block block : blocks.subList(from, blocks.size())) {
            if (block instanceof Block.Heading heading) {
                boolean leadingLabel = heading.level() == Block.LABEL_LEVEL && content.isEmpty();
                if (heading.level() <= level && !leadingLabel) {
                    break;
                }
                continue; // a sub-heading or label inside the section only groups criteria
            }
            content.add(block);
        }
        return content;
    }
}
