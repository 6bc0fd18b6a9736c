package io.phasegate.core.cloud;

import static io.phasegate.core.testing.IssueSnapshots.aSubtask;
import static io.phasegate.core.testing.IssueSnapshots.anIssue;
import static io.phasegate.core.testing.IssueSnapshots.linkedIssue;

import io.phasegate.core.issue.FieldValue;
import io.phasegate.core.issue.IssueLinkSnapshot.Direction;
import io.phasegate.core.testing.IssueSnapshots;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random gates (as JSON) and issues for the differential tests, drawn from values where the
 * engine and the expression are meant to agree exactly (docs/cloud.md lists the inputs where they
 * differ on purpose: text story points that read as numbers, deleted fields, markup in criteria).
 */
final class Generated {
    private static final List<String> RULES = List.of(
            "{'rule': 'story-points', 'field': 'customfield_10016', 'policy': '%s', 'forbidParentWhenSubtasksEstimated': %s}",
            "{'rule': 'test-coverage', 'linkTypes': %s, 'testIssueTypes': %s, 'ignoreStatuses': %s, %s 'min': %d}",
            "{'rule': 'linked-issue', 'linkTypes': %s, 'issueTypes': %s, 'min': %d}",
            "{'rule': 'field-present', 'field': 'customfield_10300' %s}",
            "{'rule': 'subtasks-present', 'min': %d, 'ignoreStatuses': %s}",
            "{'rule': 'acceptance-criteria', 'field': 'customfield_10100', 'minItems': %d}");
    private static final List<String> POLICIES = List.of("issue", "every-subtask", "sum-of-subtasks");
    private static final List<String> LINK_TYPES =
            List.of("\"Tests\"", "\"is tested by\"", "\"TESTS \"", "\"relates to\"", "\"Blocks\"");
    private static final List<String> ISSUE_TYPES = List.of("\"Test\"", "\"rfc\"", "\"Bug\"");
    private static final List<String> STATUSES = List.of("\"Obsolete\"", "\"won't do\"");
    private static final List<Double> POINTS = List.of(-1.0, 0.0, 0.5, 1.0, 2.0, 3.0, 8.0);
    private static final List<String> LINES = List.of(
            "Users can log in",
            "Admins see the report",
            "TBD",
            "N/A",
            "tbd",
            "xxx",
            "",
            "Lorem ipsum dolor",
            "None",
            "Exports finish within a minute");

    private Generated() {}

    static String gate(Random random) {
        List<String> rules = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            rules.add(rule(random));
        }
        String policy = random.nextInt(4) == 0 ? "allow" : "block";
        return "{'gate': 'g', 'onMisconfiguration': '" + policy + "', 'rules': [" + String.join(", ", rules) + "]}";
    }

    private static String rule(Random random) {
        return switch (random.nextInt(RULES.size())) {
            case 0 -> RULES.get(0).formatted(pick(random, POLICIES), random.nextBoolean());
            case 1 -> {
                String linkTypes = names(random, LINK_TYPES);
                String issueTypes = names(random, ISSUE_TYPES);
                boolean field = random.nextBoolean() || (linkTypes.equals("[]") && issueTypes.equals("[]"));
                yield RULES.get(1)
                        .formatted(
                                linkTypes,
                                issueTypes,
                                names(random, STATUSES),
                                field ? "'field': 'customfield_10200'," : "",
                                1 + random.nextInt(3));
            }
            case 2 -> RULES.get(2)
                    .formatted(names(random, LINK_TYPES), names(random, ISSUE_TYPES), 1 + random.nextInt(2));
            case 3 -> RULES.get(3).formatted(random.nextBoolean() ? ", 'label': \"Design ' + issue.key + '\\\\\"" : "");
            case 4 -> RULES.get(4).formatted(1 + random.nextInt(3), names(random, STATUSES));
            default -> RULES.get(5).formatted(1 + random.nextInt(3));
        };
    }

    private static String names(Random random, List<String> names) {
        List<String> chosen =
                names.stream().filter(name -> random.nextInt(3) == 0).toList();
        return chosen.toString();
    }

    static io.phasegate.core.issue.IssueSnapshot issue(Random random) {
        IssueSnapshots issue = DifferentialTest.known(anIssue("PG-1"));
        points(random, issue);
        issue.with(
                DifferentialTest.DESIGN,
                pick(
                        random,
                        List.of(
                                FieldValue.empty(),
                                FieldValue.plain(""),
                                FieldValue.plain("  "),
                                FieldValue.plain("x"),
                                FieldValue.number(0),
                                FieldValue.items(List.of()),
                                FieldValue.items(List.of("a")))));
        issue.with(
                DifferentialTest.TEST_CASES,
                pick(
                        random,
                        List.of(
                                FieldValue.empty(),
                                FieldValue.items(List.of("TC-1", " ", "TC-2")),
                                FieldValue.plain("TC-1\n\nTC-9"),
                                FieldValue.items(List.of()))));
        issue.with(DifferentialTest.CRITERIA, criteria(random));
        for (int i = random.nextInt(5); i > 0; i--) {
            issue.link(
                    pick(random, List.of("Tests", "Relates", "Blocks")),
                    pick(random, List.of("is tested by", "tests", "relates to", "blocks", "is blocked by")),
                    random.nextBoolean() ? Direction.INWARD : Direction.OUTWARD,
                    linkedIssue(
                            "PG-1" + random.nextInt(4),
                            pick(random, List.of("Test", "RFC", "Bug", "test")),
                            pick(random, List.of("Open", "Obsolete", "Won't do"))));
        }
        List<IssueSnapshots> subtasks = new ArrayList<>();
        for (int i = random.nextInt(5); i > 0; i--) {
            IssueSnapshots subtask = DifferentialTest.known(aSubtask("PG-" + (20 + i)))
                    .status(pick(random, List.of("Open", "Won't do", " won't do ", "Done")));
            points(random, subtask);
            subtasks.add(subtask);
        }
        return issue.subtasks(subtasks.toArray(IssueSnapshots[]::new)).build();
    }

    private static void points(Random random, IssueSnapshots issue) {
        int kind = random.nextInt(5);
        if (kind == 0) {
            issue.with(DifferentialTest.POINTS, FieldValue.plain("lots"));
        } else if (kind == 1) {
            issue.with(DifferentialTest.POINTS, FieldValue.empty());
        } else if (kind > 1) {
            issue.with(DifferentialTest.POINTS, pick(random, POINTS));
        }
    }

    private static FieldValue criteria(Random random) {
        List<String> lines = new ArrayList<>();
        for (int i = random.nextInt(5); i > 0; i--) {
            lines.add(pick(random, LINES));
        }
        return switch (random.nextInt(4)) {
            case 0 -> FieldValue.empty();
            case 1 -> FieldValue.items(
                    lines.stream().filter(line -> !line.isEmpty()).toList());
            default -> FieldValue.plain(String.join("\n", lines));
        };
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
