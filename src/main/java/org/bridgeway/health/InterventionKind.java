package org.bridgeway.health;

/** Help that can be offered for what a check finds. */
public enum InterventionKind {
  SMOKING_CESSATION("Stop smoking support"),
  WEIGHT_MANAGEMENT("Weight management"),
  DIET_AND_ACTIVITY("Advice on diet and physical activity"),
  ALCOHOL_ADVICE("Alcohol advice"),
  GP_REFERRAL("Referral to the GP"),
  MEDICATION_REVIEW("Medication review");

  private final String label;

  InterventionKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
