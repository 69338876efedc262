package org.bridgeway.money;

/** How a personal budget is held: paid to the person as a direct payment, or managed for them. */
public enum BudgetKind {
  DIRECT_PAYMENT("Direct payment"),
  COUNCIL_MANAGED("Managed by the council"),
  PROVIDER_MANAGED("Managed by a provider");

  private final String label;

  BudgetKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
