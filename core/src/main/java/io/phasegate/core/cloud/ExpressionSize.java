package io.phasegate.core.cloud;

/**
 * How big a compiled expression is, in the units of Jira's limits.
 *
 * @param characters the length of the source
 * @param leaves identifiers, numbers and string literals
 * @param expensiveOperations custom field reads on the evaluated issue, whatever the issue holds
 * @param expensiveOperationsPerSubtask custom field reads done once for every sub-task
 */
public record ExpressionSize(int characters, int leaves, int expensiveOperations, int expensiveOperationsPerSubtask) {}
