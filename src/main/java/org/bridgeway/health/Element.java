package org.bridgeway.health;

/** The six core elements of a physical health check; {@link #field()} prefixes its fields on the form. */
public enum Element {
  ALCOHOL("Alcohol", "alcohol"),
  GLUCOSE("Blood glucose or HbA1c", "glucose"),
  BLOOD_PRESSURE("Blood pressure", "bloodPressure"),
  BODY_SIZE("Height, weight and body mass index (BMI)", "bodySize"),
  LIPIDS("Cholesterol (lipid profile)", "lipids"),
  SMOKING("Smoking", "smoking");

  private final String label;
  private final String field;

  Element(String label, String field) {
    this.label = label;
    this.field = field;
  }

  public String label() {
    return label;
  }

  public String field() {
    return field;
  }
}
