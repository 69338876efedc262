package org.bridgeway.health;

/** Smoking status; a current smoker's cigarettes a day are recorded with it. */
public enum Smoking {
  NEVER("Never smoked"),
  EX("Ex-smoker"),
  CURRENT("Smokes");

  private final String label;

  Smoking(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
