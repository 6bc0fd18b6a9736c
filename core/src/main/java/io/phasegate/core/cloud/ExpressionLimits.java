package io.phasegate.core.cloud;

/**
 * Jira's limits on one expression. {@link #DOCUMENTED} holds the values Atlassian documents (see
 * docs/cloud.md): an administrator who measured other values on a site can pass those instead.
 *
 * @param maxCharacters the longest expression Jira accepts
 * @param maxLeaves the most syntactic elements (leaves) Jira accepts
 * @param maxExpensiveOperations the most expensive operations (such as custom field loads) per evaluation
 */
public record ExpressionLimits(int maxCharacters, int maxLeaves, int maxExpensiveOperations) {
    /** 1,000 characters, 100 syntactic elements, 10 expensive operations. */
    public static final ExpressionLimits DOCUMENTED = new ExpressionLimits(1000, 100, 10);

    public ExpressionLimits {
        if (maxCharacters < 1 || maxLeaves < 1 || maxExpensiveOperations < 1) {
            throw new IllegalArgumentException(
                    "limits must be positive: " + maxCharacters + ", " + maxLeaves + ", " + maxExpensiveOperations);
        }
    }
}
