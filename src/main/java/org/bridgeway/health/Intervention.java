package org.bridgeway.health;

/** An intervention offered at a check, and how the person answered. */
public record Intervention(InterventionKind kind, Response response) {

  public String summary() {
    return kind.label() + ": " + response.label().toLowerCase(java.util.Locale.UK);
  }
}
