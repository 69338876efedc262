package org.bridgeway.money;

/**
 * The original (baseline) budget of a financial year and the share of it the alliance aims to save, in basis
 * points (2300 is 23%).
 */
public record BudgetDetails(long originalPence, int savingsTargetBasisPoints) {}
