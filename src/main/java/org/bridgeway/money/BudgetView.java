package org.bridgeway.money;

import java.util.List;

/** A personal budget with its spends (newest first, voided ones too) and its figures today. */
public record BudgetView(PersonalBudget budget, List<Spend> spends, BudgetFigures figures) {}
